"""Reading and writing spec documents: YAML (libyaml's C parser when present) or JSON.

Loading is safe against documents that are hostile or just odd, each refused with a diagnostic
(file, line, JSON pointer) instead of a hang, a crash or a silent loss:
- aliases that expand a small file beyond a budget (a "billion laughs"), or that include
  themselves (a structure with no end);
- nesting deeper than any real description, which later stages would walk recursively;
- a key that appears twice in one mapping (YAML and JSON keep the last one, and lose the other);
- a number too long to convert (Python refuses integers over 4300 digits);
- a file that is not UTF-8 (UTF-16 and UTF-32 with a byte order mark are read).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from ..diagnostics import Diagnostic, GeneratorError, error, pointer

_CLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

# Real API descriptions nest some 25 levels; the stages after reading walk documents recursively.
MAX_DEPTH = 100
# Aliases may repeat parts of a document, but not expand it past this many values (or twice the
# values it writes out, for very large documents).
MAX_EXPANDED_VALUES = 1_000_000
# An anchor (`&name`) where YAML allows one: without anchors, no value is shared.
_ANCHOR = re.compile(r"(?:^|[\s\[{,:?-])&[^\s\[\]{},]", re.MULTILINE)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class _Refused(Exception):
    """A document the loader will not hand on; converted to a diagnostic where it is caught."""

    def __init__(
        self, message: str, hint: str, where: str = "", mark: yaml.Mark | None = None
    ) -> None:
        super().__init__(message)
        self.message, self.hint, self.where, self.mark = message, hint, where, mark
        self.line = mark.line + 1 if mark is not None else None

    def diagnostic(self, file: str) -> Diagnostic:
        found = error(self.message, self.hint, file=file, pointer=self.where)
        if self.line is None:
            return found
        return Diagnostic("error", self.message, self.hint, file, self.where, self.line)


class _StrictLoader(_CLoader):  # type: ignore[misc]  # PyYAML has no type information
    """libyaml's parser; construction refuses duplicate keys and unconvertible integers."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        explicit = node.value  # flatten_mapping removes `<<` merges from this list in place
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        if len(mapping) != len(explicit) or node.value is not explicit:
            _refuse_duplicate_keys(self, explicit)
        return mapping

    def construct_strict_int(self, node: yaml.ScalarNode) -> int:
        try:
            value: int = self.construct_yaml_int(node)
        except ValueError:
            raise _Refused(_too_long(str(node.value)), _NUMBER_HINT, mark=node.start_mark) from None
        return value


_StrictLoader.add_constructor("tag:yaml.org,2002:int", _StrictLoader.construct_strict_int)


def _refuse_duplicate_keys(loader: yaml.SafeLoader, pairs: list[tuple[Any, Any]]) -> None:
    first_line: dict[Any, int] = {}
    for key_node, _ in pairs:
        key = loader.construct_object(key_node)
        line = key_node.start_mark.line + 1
        if key in first_line:
            raise _Refused(
                f"duplicate key {key!r}: at line {first_line[key]} and again at line {line}; "
                "only one of the two would be kept",
                "merge the two entries or rename one",
                mark=key_node.start_mark,
            )
        first_line[key] = line


_NUMBER_HINT = "write it as a string, or as a shorter number"


def _too_long(digits: str) -> str:
    return f"a number of {len(digits)} digits is too long to read (at most 4300)"


def load_document(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GeneratorError([error(f"cannot read the file: {exc.strerror}", file=str(path))])
    text = decode(data, str(path))
    if path.suffix == ".json":
        document = _load_json_text(text, str(path))
    else:
        document = load_yaml_text(text, str(path))
    if not isinstance(document, dict):
        raise GeneratorError(
            [error("the document is not a mapping", "an OpenAPI document is an object", str(path))]
        )
    return document


def decode(data: bytes, file: str) -> str:
    """The text of a file: UTF-8, or UTF-16/32 announced by a byte order mark."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), "utf-8")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise GeneratorError(
            [
                Diagnostic(
                    "error",
                    f"not {encoding.upper()}: byte 0x{data[exc.start]:02X} at line {line}, "
                    f"column {column} cannot be decoded",
                    "save the file as UTF-8",
                    file,
                    _pointer_at(data.decode(encoding, "replace"), line - 1, column - 1),
                    line,
                )
            ]
        ) from None


def _load_json_text(text: str, file: str) -> Any:
    try:
        document = json.loads(text, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise GeneratorError(
            [
                error(
                    f"not valid JSON (line {exc.lineno}): {exc}",
                    "fix the syntax at that line",
                    file=file,
                )
            ]
        ) from None
    except RecursionError:
        raise GeneratorError([_too_deep("").diagnostic(file)]) from None
    except ValueError as exc:  # an integer too long to convert
        refused = _Refused(str(exc).split(":")[0], _NUMBER_HINT)
        located = _refusal_in_yaml(text)
        raise GeneratorError([(located or refused).diagnostic(file)]) from None
    except _Refused as refused:
        # JSON gives no positions: the same text read as YAML (JSON is YAML) finds the line.
        located = _refusal_in_yaml(text)
        raise GeneratorError([(located or refused).diagnostic(file)]) from None
    _check_shape(document, file, may_share=False)
    return document


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        key = next(k for i, (k, _) in enumerate(pairs) if k in dict(pairs[:i]))
        raise _Refused(f"duplicate key {key!r}", "merge the two entries or rename one")
    return mapping


def load_yaml_text(text: str, file: str) -> Any:
    """Parse YAML text safely; every problem is a diagnostic naming ``file`` and the line."""
    try:
        document = _parse_yaml(text)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise GeneratorError(
            [
                error(
                    f"not valid YAML{f' (line {line + 1})' if line is not None else ''}: {exc}",
                    "fix the syntax at that line",
                    file=file,
                )
            ]
        ) from None
    except _Refused as refused:
        raise GeneratorError([refused.diagnostic(file)]) from None
    _check_shape(document, file, may_share=_ANCHOR.search(text) is not None)
    return document


def _parse_yaml(text: str) -> Any:
    loader = _StrictLoader(text)
    try:
        node = loader.get_single_node()
        return loader.construct_document(node) if node is not None else None
    except _Refused as refused:
        if refused.mark is not None and not refused.where:
            refused.where = _pointer_at(text, refused.mark.line, refused.mark.column)
        raise
    finally:
        loader.dispose()


def _refusal_in_yaml(text: str) -> _Refused | None:
    """What the YAML reader refuses in ``text``, with its line; None if it reads it."""
    try:
        _parse_yaml(text)
    except _Refused as refused:
        return refused
    except yaml.YAMLError:
        pass
    return None


def _check_shape(document: Any, file: str, may_share: bool) -> None:
    """Refuse nesting past MAX_DEPTH and, when aliases may share values, cycles and expansion
    past the budget. Without sharing a plain walk suffices; with it, sizes are memoised per
    value so that the walk is as long as the file, not as its expansion."""
    try:
        if may_share:
            _check_shared(document)
        else:
            _check_depth(document)
    except _Refused as refused:
        raise GeneratorError([refused.diagnostic(file)]) from None


def _check_depth(document: Any) -> None:
    stack: list[tuple[Any, int]] = [(document, 0)]
    while stack:
        node, depth = stack.pop()
        if type(node) is dict:
            children: Any = node.values()
        elif type(node) is list:
            children = node
        else:
            continue
        if depth >= MAX_DEPTH:
            raise _too_deep_at(document, node)
        stack.extend((child, depth + 1) for child in children)


def _children(node: Any) -> list[tuple[str, Any]]:
    if isinstance(node, dict):
        return [(str(k), v) for k, v in node.items() if isinstance(v, (dict, list))]
    if isinstance(node, list):
        return [(str(i), v) for i, v in enumerate(node) if isinstance(v, (dict, list))]
    return []


def _check_shared(document: Any) -> None:
    """Post-order walk with memoised (values, height) per container; a container met again on
    its own path is a cycle."""
    measured: dict[int, tuple[int, int]] = {}
    uses: dict[int, int] = {}
    where: dict[int, tuple[str, ...]] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, tuple[str, ...], bool]] = [(document, (), False)]
    while stack:
        node, path, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            children = _children(node)
            size = 1 + len(node) + sum(measured[id(c)][0] - 1 for _, c in children)
            height = 1 + max((measured[id(c)][1] for _, c in children), default=0)
            measured[key] = (size, height)
            if height > MAX_DEPTH:
                raise _too_deep_at(document, node, path)
            continue
        uses[key] = uses.get(key, 0) + 1
        if key in measured:
            continue
        if key in on_path:
            raise _Refused(
                "an alias includes the value it belongs to: the document would never end",
                "replace the alias with a $ref, or remove it",
                pointer(*path),
            )
        on_path.add(key)
        where.setdefault(key, path)
        stack.append((node, path, True))
        # reversed: children are visited in document order, so an anchor is found before its uses
        stack.extend((c, (*path, name), False) for name, c in reversed(_children(node)))
    total = measured[id(document)][0] if id(document) in measured else 1
    budget = max(MAX_EXPANDED_VALUES, 2 * sum(1 + len(n) for n in _containers(document)))
    if total > budget:
        heaviest = max(
            (k for k in uses if uses[k] > 1), key=lambda k: measured[k][0] * (uses[k] - 1)
        )
        raise _Refused(
            f"aliases expand this document to {total:,} values (the budget is {budget:,})",
            "write the repeated parts once and refer to them with $ref",
            pointer(*where[heaviest]),
        )


def _containers(document: Any) -> list[Any]:
    """Each distinct dict and list once (the document is acyclic when this is called)."""
    seen: dict[int, Any] = {}
    stack = [document]
    while stack:
        node = stack.pop()
        if id(node) not in seen:
            seen[id(node)] = node
            stack.extend(child for _, child in _children(node))
    return list(seen.values())


def _too_deep_at(document: Any, node: Any, path: tuple[str, ...] | None = None) -> _Refused:
    return _too_deep(pointer(*(path if path is not None else _path_to(document, node))))


def _too_deep(where: str) -> _Refused:
    return _Refused(
        f"the document nests more than {MAX_DEPTH} levels deep",
        "flatten it with named components and $ref",
        where,
    )


def _path_to(document: Any, target: Any) -> tuple[str, ...]:
    """Where ``target`` sits in the (acyclic) ``document``; only for reporting."""
    stack: list[tuple[Any, tuple[str, ...]]] = [(document, ())]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        stack.extend((child, (*path, name)) for name, child in _children(node))
    return ()


def _pointer_at(text: str, line: int, column: int = 0) -> str:
    """The JSON pointer of the innermost value or key at ``line``:``column`` (0-based), found
    by composing ``text`` (no values are built); "" when the text does not parse."""
    try:
        node = yaml.compose(text, Loader=_CLoader)
    except (yaml.YAMLError, RecursionError):
        return ""
    at = (line, column)
    parts: list[str] = []
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        items = (
            [(str(k.value), k, v) for k, v in node.value]
            if isinstance(node, yaml.MappingNode)
            else [(str(i), v, v) for i, v in enumerate(node.value)]
        )
        inside = next(
            ((name, key, value) for name, key, value in items if _start(key) <= at < _end(value)),
            None,
        )
        if inside is None:
            break
        name, key, node = inside
        parts.append(name)
        if key is not node and at < _end(key):  # on the key itself
            break
    return pointer(*parts)


def _start(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line, node.start_mark.column


def _end(node: yaml.Node) -> tuple[int, int]:
    return node.end_mark.line, node.end_mark.column


def dump_yaml(document: dict[str, Any]) -> str:
    return str(yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100))


def load_spec(path: Path, overlays: Sequence[Path] = ()) -> tuple[dict[str, Any], list[str]]:
    """Load an API description for generation: apply the overlays to it as written, bundle
    other files, convert Swagger 2.0, repair what is safe to repair, check the shape of what the
    generator reads. Returns the document and a warning per repair."""
    from . import repair, swagger2
    from .bundle import Bundler, has_external_refs
    from .overlay import apply_overlays, source_of
    from .shape import shape_problems

    document = load_document(path)
    written = apply_overlays(document, overlays)
    warnings = [f"{path.name}: {w}" for w in _version_warnings(document, path)]
    warnings += [f"{path.name}: {w}" for w in repair.repair(document)]
    rewritten = ""
    if has_external_refs(document):
        bundler = Bundler(path, document, load_document)
        document = bundler.bundle()
        warnings += [f"{path.name}: {w}" for w in bundler.warnings]
        warnings += [f"{path.name}: {w}" for w in repair.repair(document)]
        rewritten = "bundled with the files it refers to"
    if swagger2.is_swagger2(document):
        document, converted = swagger2.convert(document)
        warnings.append(f"{path.name}: Swagger 2.0 document converted to OpenAPI 3.0")
        warnings += [f"{path.name}: {w}" for w in converted]
        rewritten = "converted to OpenAPI 3.0"
    problems = shape_problems(document)
    if problems:
        raise GeneratorError(
            [
                _located(path, rewritten, where, message, hint, source_of(written, where))
                for where, message, hint in problems
            ]
        )
    return document, warnings


def _located(
    path: Path,
    rewritten: str,
    where: str,
    message: str,
    hint: str,
    overlay_source: tuple[str, str] | None = None,
) -> Diagnostic:
    """A diagnostic at ``where``; in a rewritten document the pointer has no line in the file,
    and what an overlay wrote is found in the overlay."""
    if overlay_source is not None:
        return error(message, hint, file=overlay_source[0], pointer=overlay_source[1])
    if not rewritten:
        return error(message, hint, file=str(path), pointer=where)
    return Diagnostic("error", f"{message} (in the document {rewritten})", hint, str(path), where)


# OpenAPI 3.0, 3.1 and 3.2 (any patch release, pre-releases too); Swagger 2.0 is converted.
_OPENAPI_VERSION = re.compile(r"3\.[012](\.\d+)?(-[0-9A-Za-z.-]+)?")


def _version_warnings(document: dict[str, Any], path: Path) -> list[str]:
    """Refuse a document of a version the generator does not read; warn about a number."""
    openapi, swagger = document.get("openapi"), document.get("swagger")
    if openapi is None and str(swagger) in ("2.0", "2"):
        return []
    version = str(openapi if openapi is not None else swagger or "")
    if openapi is None or not _OPENAPI_VERSION.fullmatch(version):
        found = (
            f"openapi: {openapi}"
            if openapi is not None
            else f"swagger: {swagger}"
            if swagger is not None
            else "neither an openapi nor a swagger field"
        )
        raise GeneratorError(
            [
                error(
                    f"unsupported document version ({found}): specgen reads OpenAPI 3.0, 3.1 "
                    "and 3.2, and Swagger 2.0",
                    "point --spec at the root file of an OpenAPI 3.x description, or convert "
                    "it to OpenAPI 3.1",
                    file=str(path),
                    pointer="/openapi" if openapi is not None else "",
                )
            ]
        )
    if not isinstance(openapi, str):
        return [f"/openapi: the version is the number {openapi!r}; write it as a string"]
    return []
