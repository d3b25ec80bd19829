"""Stage 2a: normalise the excerpts, merge them and the overlay into one OpenAPI document.

Each quirk of the published excerpts is repaired by one named step that counts its changes,
so the log says exactly what was touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostic, GeneratorError, error, pointer
from ..ir.surface import HTTP_METHODS
from ..read.loader import load_document
from ..read.overlay import Written, apply_overlays

log = logging.getLogger(__name__)

_TOP_LEVEL_ORDER = ("openapi", "info", "servers", "security", "tags", "paths", "webhooks")


@dataclass
class MergeResult:
    document: dict[str, Any]
    # JSON pointer in the merged document -> the excerpt file it came from, or for what an
    # overlay wrote, "overlay file#pointer inside it"
    provenance: dict[str, str]
    step_counts: dict[str, int] = field(default_factory=dict)


# --- normalisation steps: each takes one excerpt and returns how many places it changed ---


def flatten_tags(document: dict[str, Any]) -> int:
    """``tags: [[subpackage_x], []]`` -> ``tags: [subpackage_x]`` (the schema wants strings)."""
    changed = 0
    for operation in _operations(document):
        tags = operation.get("tags")
        if not isinstance(tags, list) or all(isinstance(t, str) for t in tags):
            continue
        flat = [t for t in _flatten(tags) if isinstance(t, str) and t]
        if flat:
            operation["tags"] = flat
        else:
            del operation["tags"]
        changed += 1
    return changed


def unwrap_enum_values(document: dict[str, Any]) -> int:
    """``enum: [{value: X}]`` -> ``enum: [X]``."""
    changed = 0
    for schema in _walk_dicts(document):
        values = schema.get("enum")
        if isinstance(values, list) and any(_is_value_wrapper(v) for v in values):
            schema["enum"] = [v["value"] if _is_value_wrapper(v) else v for v in values]
            changed += 1
    return changed


def drop_format_enum(document: dict[str, Any]) -> int:
    """``format: enum`` is not a format; the ``enum`` keyword already says it."""
    changed = 0
    for schema in _walk_dicts(document):
        if schema.get("format") == "enum":
            del schema["format"]
            changed += 1
    return changed


def qualify_operation_ids(document: dict[str, Any]) -> int:
    """operationIds repeat across resources (``list``, ``get``), which OpenAPI forbids.

    Prefix each tagged operation's id with its tag and keep the short name as the method name
    (``x-fern-sdk-method-name``, the extension the official Cohere description uses too).
    """
    changed = 0
    for operation in _operations(document):
        tags, operation_id = operation.get("tags") or [], operation.get("operationId")
        if not tags or not isinstance(operation_id, str) or "x-fern-sdk-method-name" in operation:
            continue
        operation["x-fern-sdk-method-name"] = operation_id
        operation["operationId"] = f"{tags[0]}_{operation_id}"
        changed += 1
    return changed


NORMALISATION_STEPS: tuple[Callable[[dict[str, Any]], int], ...] = (
    flatten_tags,
    unwrap_enum_values,
    drop_format_enum,
    qualify_operation_ids,
)


def merge(excerpt_files: list[Path], overlay_files: Sequence[Path] = ()) -> MergeResult:
    """Normalise every excerpt, merge them in file-name order, then apply the overlays."""
    result = MergeResult(
        document={"openapi": "3.1.0", "info": {"title": "API", "version": "0"}, "paths": {}},
        provenance={},
    )
    result.document["components"] = {}
    counts = {step.__name__: 0 for step in NORMALISATION_STEPS}
    conflicts: list[tuple[str, Diagnostic]] = []  # (the entry defined twice, the difference)
    for path in sorted(excerpt_files, key=lambda p: p.name):
        excerpt = load_document(path)
        for step in NORMALISATION_STEPS:
            counts[step.__name__] += step(excerpt)
        _merge_excerpt(result, excerpt, str(path), conflicts)
    try:
        written = apply_overlays(result.document, overlay_files)
    except GeneratorError as failure:
        raise GeneratorError(failure.diagnostics + [d for _, d in conflicts]) from None
    problems = [d for entry, d in conflicts if not _replaced(entry, written)]
    if problems:
        raise GeneratorError(problems)
    result.provenance.update({w.at: w.source for w in written if w.source})
    result.step_counts = counts
    result.document = _ordered(result.document)
    for step_name, count in counts.items():
        log.info("normalise: %s changed %d place(s)", step_name, count)
    return result


def _merge_excerpt(
    result: MergeResult,
    excerpt: dict[str, Any],
    file: str,
    conflicts: list[tuple[str, Diagnostic]],
) -> None:
    merged = result.document
    # Each excerpt's info describes one page, not the API: the overlay gives the real one.
    for key in ("servers", "security"):
        if key in excerpt:
            merged.setdefault(key, excerpt[key])
    for path, path_item in (excerpt.get("paths") or {}).items():
        target = merged["paths"].setdefault(path, {})
        for key, value in path_item.items():
            _merge_entry(result, target, key, value, ("paths", path, key), file, conflicts)
    for section, entries in (excerpt.get("components") or {}).items():
        target = merged["components"].setdefault(section, {})
        for name, value in (entries or {}).items():
            _merge_entry(
                result, target, name, value, ("components", section, name), file, conflicts
            )


def _merge_entry(
    result: MergeResult,
    target: dict[str, Any],
    key: str,
    value: Any,
    location: tuple[str, ...],
    file: str,
    conflicts: list[tuple[str, Diagnostic]],
) -> None:
    ptr = pointer(*location)
    if key not in target:
        target[key] = value
        result.provenance[ptr] = file
        return
    difference = first_difference(target[key], value)
    if difference is None:
        return
    first_file = result.provenance[ptr]
    result.provenance.setdefault(ptr + "#conflict", file)
    conflicts.append(
        (
            ptr,
            error(
                f"{'/'.join(location[1:])} is defined differently in {first_file} and {file}; "
                f"first difference at {ptr}{difference}",
                "make the two copies identical, or replace the entry in spec/overlay.yaml: an "
                f"action removing {_jsonpath(location)}, then one adding the intended definition",
                file=file,
                pointer=ptr + difference,
            ),
        )
    )


def _replaced(entry: str, written: list[Written]) -> bool:
    """Did an overlay remove or set the whole ``entry`` (or what holds it)? Then it decides."""
    return any(entry == w.at or entry.startswith(w.at + "/") for w in written)


def _jsonpath(location: tuple[str, ...]) -> str:
    return "$" + "".join(f"[{part!r}]" for part in location)


def first_difference(a: Any, b: Any, at: str = "") -> str | None:
    """The JSON pointer (relative) of the first place where two JSON values differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(a) + [k for k in b if k not in a]:
            if key not in a or key not in b:
                return f"{at}/{key}"
            found = first_difference(a[key], b[key], f"{at}/{key}")
            if found is not None:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        for index, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{at}/{index}")
            if found is not None:
                return found
        return None if len(a) == len(b) else f"{at}/{min(len(a), len(b))}"
    return None if a == b and type(a) is type(b) else at


def _ordered(document: dict[str, Any]) -> dict[str, Any]:
    """A stable key order, so the merged file does not depend on excerpt order."""
    ordered = {k: document[k] for k in _TOP_LEVEL_ORDER if k in document}
    ordered["paths"] = {path: document["paths"][path] for path in sorted(document["paths"])}
    components = document.get("components", {})
    ordered["components"] = {
        section: dict(sorted(components[section].items())) for section in sorted(components)
    }
    for key in sorted(set(document) - set(ordered)):
        ordered[key] = document[key]
    return ordered


def _operations(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for path_item in (document.get("paths") or {}).values():
        for method, operation in (path_item or {}).items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield operation


def _walk_dicts(node: Any) -> Iterator[dict[str, Any]]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def _flatten(items: list[Any]) -> Iterator[Any]:
    for item in items:
        if isinstance(item, list):
            yield from _flatten(item)
        else:
            yield item


def _is_value_wrapper(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"value"}
