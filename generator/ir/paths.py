"""Every operation of a document, found in one place: the fixed HTTP methods of each path item,
OpenAPI 3.2's ``query`` and ``additionalOperations`` (any other method), path items given by a
local ``$ref`` (followed, with the path item's own fields overriding the target's)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..diagnostics import split_pointer

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace", "query")


@dataclass(frozen=True)
class PathOperation:
    path: str
    method: str  # lower-case for a fixed field; an additionalOperations key as written
    operation: dict[str, Any]
    path_item: dict[str, Any]  # with its $ref followed


def path_operations(document: dict[str, Any]) -> Iterator[PathOperation]:
    """Every operation in document order; ``paths`` entries that are extensions are skipped."""
    for path, raw_item in (document.get("paths") or {}).items():
        if str(path).startswith("x-"):
            continue
        path_item = resolve_path_item(document, raw_item)
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                yield PathOperation(str(path), method, operation, path_item)
        extra = path_item.get("additionalOperations")
        for method, operation in extra.items() if isinstance(extra, dict) else ():
            if isinstance(operation, dict) and str(method).lower() not in HTTP_METHODS:
                yield PathOperation(str(path), str(method), operation, path_item)


def resolve_path_item(document: dict[str, Any], item: Any) -> dict[str, Any]:
    """A path item with local ``$ref``s followed (the read stage has refused missing targets
    and cycles; a chain is cut after 50 steps all the same)."""
    fields: dict[str, Any] = {}
    for _ in range(50):
        if not isinstance(item, dict):
            break
        fields = {**item, **fields}
        ref = item.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#"):
            break
        item = _follow(document, ref)
    fields.pop("$ref", None)
    return fields


def _follow(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for part in split_pointer(ref[1:]):
        node = node.get(part) if isinstance(node, dict) else None
    return node
