"""Multi-file documents: resolve ``$ref``s into other files and bundle them into one document.

A reference ``other.yml#/a/b`` is read relative to the file that holds it. Referenced schemas,
parameters, responses, request bodies and headers become components with deterministic names
(the last pointer segment, else the file's stem; a clash gets a numbered name and a warning),
so that a type referenced from many places is generated once. Anything else (path items,
operations, descriptions, examples) is copied in place. References between parts of a non-root
file are treated like references into another file.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from ..diagnostics import GeneratorError, error, split_pointer
from ..ir import names as naming

_SCHEMA_PARENTS = frozenset(
    {
        "schema",
        "items",
        "additionalProperties",
        "not",
        "contains",
        "propertyNames",
        "if",
        "then",
        "else",
        "unevaluatedProperties",
        "unevaluatedItems",
    }
)
_SCHEMA_GRANDPARENTS = frozenset(
    {
        "properties",
        "allOf",
        "oneOf",
        "anyOf",
        "patternProperties",
        "$defs",
        "definitions",
        "prefixItems",
        "dependentSchemas",
    }
)
_SECTIONS = {"parameters": "parameters", "responses": "responses", "headers": "headers"}


def has_external_refs(document: Any) -> bool:
    stack: list[tuple[Any, str]] = [(document, "")]  # a node and the key it is under
    while stack:
        node, parent = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref and not ref.startswith("#"):
                return True
            stack.extend((v, str(k)) for k, v in node.items() if not _opaque(k, parent))
        elif isinstance(node, list):
            stack.extend((v, parent) for v in node)
    return False


class Bundler:
    def __init__(self, root: Path, document: dict[str, Any], load: Any) -> None:
        self.root = root.resolve()
        self.load = load
        self.files: dict[Path, Any] = {self.root: document}
        self.names: dict[tuple[Path, str], tuple[str, str]] = (
            {}
        )  # (file, fragment) -> (section, name)
        self.taken: dict[str, set[str]] = {}
        self.components: dict[str, dict[str, Any]] = {}
        self.warnings: list[str] = []
        self.inlining: set[tuple[Path, str]] = set()

    def bundle(self) -> dict[str, Any]:
        document = self.files[self.root]
        existing = document.get("components") or {}
        for section, entries in existing.items():
            if isinstance(entries, dict):
                self.taken.setdefault(section, set()).update(entries)
        result = self._rewrite(document, self.root, ())
        components = result.setdefault("components", {})
        for section, entries in self.components.items():
            target = components.setdefault(section, {})
            for name in sorted(entries):
                target[name] = entries[name]
        bundled: dict[str, Any] = result
        return bundled

    def _file(self, path: Path, where: Path) -> Any:
        if path not in self.files:
            if not path.is_file():
                raise GeneratorError(
                    [
                        error(
                            f"$ref points to a missing file {path}",
                            "correct the reference or add the file",
                            file=str(where),
                        )
                    ]
                )
            self.files[path] = self.load(path)
        return self.files[path]

    def _target(self, path: Path, fragment: str, where: Path) -> Any:
        node = self._file(path, where)
        for part in split_pointer(fragment):
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise GeneratorError(
                    [
                        error(
                            f"$ref {path.name}#{fragment} does not resolve",
                            "correct the reference",
                            file=str(where),
                        )
                    ]
                )
        return node

    def _rewrite(self, node: Any, file: Path, keys: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [self._rewrite(v, file, (*keys, str(i))) for i, v in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and (file != self.root or not ref.startswith("#")):
            return self._follow(ref, file, keys, node, _section(keys))
        rewritten = {
            k: (
                v
                if _opaque(k, keys[-1] if keys else "")
                else self._rewrite(v, file, (*keys, str(k)))
            )
            for k, v in node.items()
        }
        mapping = node.get("mapping")
        discriminator = keys[-1:] == ("discriminator",) and keys[-2:-1] != ("properties",)
        if discriminator and isinstance(mapping, dict):
            rewritten["mapping"] = {
                tag: self._mapped(target, file, keys) for tag, target in mapping.items()
            }
        return rewritten

    def _follow(
        self, ref: str, file: Path, keys: tuple[str, ...], node: dict[str, Any], section: str | None
    ) -> Any:
        target_file_text, _, fragment = ref.partition("#")
        target_file = (file.parent / target_file_text).resolve() if target_file_text else file
        if target_file == self.root and fragment.startswith("/"):
            return {**node, "$ref": "#" + fragment}
        return self._reference(target_file, fragment, file, keys, node, section)

    def _mapped(self, target: Any, file: Path, keys: tuple[str, ...]) -> Any:
        """A discriminator mapping's value: a reference to a schema (DigitalOcean's
        ``models/droplet_actions.yml#/droplet_action``), bundled like the oneOf's own $refs so
        that the two still name the same component; a bare schema name stays as it is."""
        if not isinstance(target, str) or (file == self.root and target.startswith("#")):
            return target
        if not ("#" in target or "/" in target or target.endswith((".yml", ".yaml", ".json"))):
            return target
        bundled = self._follow(target, file, keys, {"$ref": target}, "schemas")
        ref = bundled.get("$ref") if isinstance(bundled, dict) else None
        return ref if isinstance(ref, str) else target

    def _reference(
        self,
        target: Path,
        fragment: str,
        where: Path,
        keys: tuple[str, ...],
        node: dict[str, Any],
        section: str | None,
    ) -> Any:
        key = (target, fragment)
        if section == "schemas" and key not in self.names:
            try:
                self._target(target, fragment, where)
            except GeneratorError as exc:
                self.warnings.append(
                    f"{exc.diagnostics[0].message} (in {where.name}): typed as Any"
                )
                return {k: v for k, v in node.items() if k != "$ref"}
        if key in self.names:
            section, name = self.names[key]
            return {"$ref": f"#/components/{section}/{_escape(name)}"}
        if section is None:
            if key in self.inlining:
                raise GeneratorError(
                    [
                        error(
                            f"$ref {target.name}#{fragment} includes itself",
                            "break the cycle",
                            file=str(where),
                        )
                    ]
                )
            self.inlining.add(key)
            try:
                value = self._rewrite(
                    copy.deepcopy(self._target(target, fragment, where)), target, keys
                )
            finally:
                self.inlining.discard(key)
            extra = {k: v for k, v in node.items() if k != "$ref"}
            return {**value, **extra} if isinstance(value, dict) and extra else value
        parts = split_pointer(fragment)
        wanted = parts[-1] if parts else target.stem
        wanted = wanted.split(".")[0] if not parts else wanted
        taken = self.taken.setdefault(section, set())
        name = wanted
        if name in taken:
            name = naming.dedupe([wanted], taken)[0]
            self.warnings.append(
                f"{target.name}#{fragment}: component name {section}/{wanted} is taken; bundled as {name}"
            )
        taken.add(name)
        self.names[key] = (section, name)
        self.components.setdefault(section, {})[name] = None
        value = self._rewrite(
            copy.deepcopy(self._target(target, fragment, where)),
            target,
            ("components", section, name),
        )
        self.components[section][name] = value
        return {"$ref": f"#/components/{section}/{_escape(name)}"}


# Keywords whose values are data (JSON instances), not part of the description.
_DATA_KEYWORDS = frozenset({"example", "examples", "default", "enum", "const"})
# Maps whose keys are names, not keywords: a property may be called "default" or "enum", and
# a responses map's "default" is the default response.
_NAME_MAPS = frozenset({"properties", "patternProperties", "responses"})


def _opaque(key: object, parent: str) -> bool:
    """Extensions, examples and the values a schema lists or defaults to are data: a "$ref" key
    in them is data too, and stays."""
    if not isinstance(key, str) or parent in _NAME_MAPS:
        return False
    return key.startswith("x-") or key in _DATA_KEYWORDS


def _section(keys: tuple[str, ...]) -> str | None:
    """Which components section a reference at ``keys`` belongs in; None: copy it in place."""
    if len(keys) >= 3 and keys[-3] == "components":
        return (
            keys[-2]
            if keys[-2] in ("schemas", "parameters", "responses", "headers", "requestBodies")
            else None
        )
    parent = keys[-1] if keys else ""
    grandparent = keys[-2] if len(keys) >= 2 else ""
    if parent in _SCHEMA_PARENTS or grandparent in _SCHEMA_GRANDPARENTS:
        return "schemas"
    if parent == "requestBody":
        return "requestBodies"
    if grandparent in _SECTIONS and (
        grandparent != "responses" or parent[:1].isdigit() or parent == "default"
    ):
        return _SECTIONS[grandparent]
    return None


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")
