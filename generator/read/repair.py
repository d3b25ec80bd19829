"""Repairs of invalid bits that real documents publish, each safe and reported as a warning.

Anything not safe to repair is left to the later stages, which refuse it with a diagnostic.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import pointer


def repair(document: dict[str, Any]) -> list[str]:
    """Fix ``document`` in place; returns one warning per repaired location."""
    warnings: list[str] = []
    ids = _schema_ids(document)
    stack: list[tuple[Any, tuple[str, ...]]] = [(document, ())]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            if where and where[-1] == "properties":
                # Property names, not keywords: a property may be called "$ref" or "required".
                stack.extend((v, (*where, str(k))) for k, v in node.items())
                continue
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#") and ref in ids:
                # A JSON Schema `$id`/`$anchor` of a schema in this document (OpenAPI 3.1).
                node["$ref"] = "#" + ids[ref]
                warnings.append(
                    f"{pointer(*where, '$ref')}: {ref!r} resolved through $id/$anchor to {node['$ref']!r}"
                )
            if "$ref" in node and not isinstance(node["$ref"], str):
                # YAML's `$ref: #/x` (unquoted) is a comment: the value is null.
                warnings.append(
                    f"{pointer(*where, '$ref')}: $ref is {node['$ref']!r}, not a string "
                    "(an unquoted `#` starts a YAML comment); treated as an untyped value"
                )
                del node["$ref"]
            items = node.get("items")
            if isinstance(items, list):
                # JSON Schema's tuple form (draft 4, Swagger 2.0): items of these kinds.
                node["items"] = items[0] if len(items) == 1 else {"anyOf": items}
                warnings.append(
                    f"{pointer(*where, 'items')}: a list of schemas (a tuple); "
                    "read as an array whose items are any of them"
                )
            required = node.get("required")
            if isinstance(required, list) and len(set(map(str, required))) != len(required):
                node["required"] = list(dict.fromkeys(required))
                warnings.append(f"{pointer(*where, 'required')}: duplicate names removed")
            stack.extend((v, (*where, str(k))) for k, v in node.items() if not _data(k))
        elif isinstance(node, list):
            stack.extend((v, (*where, str(i))) for i, v in enumerate(node))
    return warnings


_DATA_KEYS = frozenset({"example", "examples", "default", "const", "enum"})


def _data(key: object) -> bool:
    """Values, not descriptions: an example may well hold a key named `items` or `$ref`."""
    return isinstance(key, str) and (key in _DATA_KEYS or key.startswith("x-"))


def _schema_ids(document: dict[str, Any]) -> dict[str, str]:
    """``$id`` and ``$id#anchor`` of every schema that declares one -> its JSON pointer."""
    ids: dict[str, str] = {}
    stack: list[tuple[Any, tuple[str, ...], str]] = [(document, (), "")]
    while stack:
        node, where, base = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("$id"), str):
                base = node["$id"]
                ids[base] = pointer(*where)
            if isinstance(node.get("$anchor"), str) and base:
                ids[f"{base}#{node['$anchor']}"] = pointer(*where)
            stack.extend((v, (*where, str(k)), base) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, (*where, str(i)), base) for i, v in enumerate(node))
    return ids
