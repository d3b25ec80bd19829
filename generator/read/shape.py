"""The shape of an OpenAPI 3 document: every value the later stages read has the kind they expect.

A list where a mapping belongs, a parameter without a name, ``enum: abc``: each is an error
with the JSON pointer, found before the IR walks the document (where it would crash, or worse,
quietly skip what it cannot read). Only what a client is generated from is checked; extensions
(``x-...``), examples and anything the generator does not read are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..diagnostics import pointer, split_pointer

# One entry per OpenAPI object the generator reads: field -> kind of its value. A kind is an
# object name, "{K}" (a mapping whose values are K), "<K>" (the same, where `x-` keys are
# extensions, not entries), "[K]" (a list of K), or a scalar kind: "name" (a string), "text" (a
# string or null), "scalar" (text, a number or a boolean; null too), "location", "type", "any".
_OBJECTS: dict[str, dict[str, str]] = {
    "Document": {
        "info": "Info",
        "servers": "[Server]",
        "paths": "<PathItem>",
        "webhooks": "<PathItem>",
        "components": "Components",
        "security": "[{any}]",
        "tags": "[any]",
    },
    "Info": {"title": "scalar", "version": "scalar", "description": "scalar"},
    "Server": {"url": "text", "variables": "{{any}}"},
    "Components": {
        "schemas": "{Schema}",
        "parameters": "{Parameter}",
        "requestBodies": "{RequestBody}",
        "responses": "{Response}",
        "headers": "{Header}",
        "pathItems": "{PathItem}",
        "securitySchemes": "{{any}}",
    },
    "PathItem": {
        "parameters": "[Parameter]",
        **{
            method: "Operation"
            for method in ("get", "put", "post", "delete", "patch", "head", "options", "trace")
        },
        "query": "Operation",
        "additionalOperations": "{Operation}",
        "servers": "[Server]",
    },
    "Operation": {
        "operationId": "text",
        "summary": "scalar",
        "description": "scalar",
        "tags": "[any]",
        "parameters": "[Parameter]",
        "requestBody": "RequestBody",
        "responses": "<Response>",
        "security": "[{any}]",
        "deprecated": "any",
    },
    "Parameter": {
        "name": "name",
        "in": "location",
        "schema": "Schema",
        "content": "{MediaType}",
        "style": "text",
        "description": "scalar",
    },
    "RequestBody": {"content": "{MediaType}", "description": "scalar"},
    "Response": {"content": "{MediaType}", "headers": "{Header}", "description": "scalar"},
    "MediaType": {"schema": "Schema"},
    "Header": {"schema": "Schema", "content": "{MediaType}"},
    "Schema": {
        "type": "type",
        "properties": "{Schema}",
        "patternProperties": "{Schema}",
        "items": "Schema",
        "prefixItems": "[Schema]",
        "additionalProperties": "Schema",
        "allOf": "[Schema]",
        "oneOf": "[Schema]",
        "anyOf": "[Schema]",
        "not": "Schema",
        "enum": "[any]",
        "required": "[name]",
        "discriminator": "Discriminator",
        "$defs": "{Schema}",
        "title": "scalar",
        "description": "scalar",
        "format": "scalar",
    },
    "Discriminator": {"propertyName": "name", "mapping": "{text}"},
}
# Fields an object cannot do without, and what the fix is.
_REQUIRED = {
    "Parameter": ("name", "in"),
}
_LOCATIONS = ("query", "header", "path", "cookie")
_TYPES = ("string", "number", "integer", "boolean", "array", "object", "null")
_SCALARS = (str, int, float, bool)


def shape_problems(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Every value of the wrong kind: (JSON pointer, message, hint)."""
    problems: list[tuple[str, str, str]] = []
    stack: list[tuple[Any, str, tuple[str, ...]]] = [(document, "Document", ())]
    checked: set[tuple[tuple[str, ...], str]] = set()  # objects reached through a $ref too
    while stack:
        value, kind, where = stack.pop()
        if kind in _OBJECTS:
            if (where, kind) in checked:
                continue
            checked.add((where, kind))
        stack.extend(_check(value, kind, where, problems, document))
    return sorted(problems)


def _check(
    value: Any,
    kind: str,
    where: tuple[str, ...],
    problems: list[tuple[str, str, str]],
    document: dict[str, Any],
) -> Iterator[tuple[Any, str, tuple[str, ...]]]:
    """Record a problem if ``value`` is not of ``kind``; yield the values inside it to check."""
    if kind[0] in "{<":
        if _expect(isinstance(value, dict), value, _describe(kind), where, problems):
            inner, skip_extensions = kind[1:-1], kind[0] == "<"
            yield from (
                (v, inner, (*where, str(k)))
                for k, v in value.items()
                if not (skip_extensions and _ext(k))
            )
    elif kind.startswith("["):
        if _expect(isinstance(value, list), value, _describe(kind), where, problems):
            inner = kind[1:-1]
            yield from ((v, inner, (*where, str(i))) for i, v in enumerate(value))
    elif kind in _OBJECTS:
        yield from _check_object(value, kind, where, problems, document)
    elif kind == "name":
        _expect(isinstance(value, str), value, "a string", where, problems)
    elif kind == "text":
        _expect(value is None or isinstance(value, str), value, "a string", where, problems)
    elif kind == "scalar":
        _expect(value is None or isinstance(value, _SCALARS), value, "text", where, problems)
    elif kind == "location":
        if value not in _LOCATIONS:
            message = f"`in: {value}` is not a parameter location ({', '.join(_LOCATIONS)})"
            hint = "a request body is the operation's `requestBody` in OpenAPI 3"
            problems.append((pointer(*where), message, hint))
    elif kind == "type":
        types = value if isinstance(value, list) else [value]
        unknown = [t for t in types if t not in _TYPES]
        if unknown:
            problems.append(
                (
                    pointer(*where),
                    f"unknown schema type {unknown[0]!r}",
                    f"use one of {', '.join(_TYPES)}",
                )
            )


def _check_object(
    value: Any,
    kind: str,
    where: tuple[str, ...],
    problems: list[tuple[str, str, str]],
    document: dict[str, Any],
) -> Iterator[tuple[Any, str, tuple[str, ...]]]:
    if kind == "Schema" and isinstance(value, bool):  # OpenAPI 3.1: true (anything), false
        return
    article = "an" if kind[0] in "AEIOU" else "a"
    if not _expect(isinstance(value, dict), value, f"{article} {kind} object", where, problems):
        return
    if isinstance(value.get("$ref"), str):
        # What a reference points to must be an object of the kind expected here.
        target = _target(document, value["$ref"], (*where, "$ref"), kind, problems)
        if target is not None:
            yield target[0], kind, target[1]
        return
    for field in _REQUIRED.get(kind, ()):
        if field not in value:
            problems.append(
                (
                    pointer(*where),
                    f"{article} {kind} object without `{field}`",
                    f"add `{field}`",
                )
            )
    fields = _OBJECTS[kind]
    for field, inner in value.items():
        if isinstance(field, str) and field in fields:
            yield inner, fields[field], (*where, field)


def _target(
    document: dict[str, Any],
    ref: str,
    where: tuple[str, ...],
    kind: str,
    problems: list[tuple[str, str, str]],
) -> tuple[Any, tuple[str, ...]] | None:
    """The value a chain of local ``$ref``s ends at, with its path; a missing target or a
    cycle is a problem (for schemas, a missing target is left to the IR, which types it Any)."""
    seen: list[str] = []
    while True:
        if not ref.startswith("#"):
            return None  # another file's: the bundler has reported what it could not read
        if ref in seen:
            cycle = " -> ".join([*seen[seen.index(ref) :], ref])
            problems.append(
                (pointer(*where), f"$ref cycle: {cycle}", "point one of them at a definition")
            )
            return None
        seen.append(ref)
        path = tuple(split_pointer(ref[1:]))
        node: Any = document
        for part in path:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                if kind != "Schema":
                    problems.append(
                        (
                            pointer(*where),
                            f"$ref {seen[0]!r} does not resolve: {kind} not found",
                            "correct the reference or add the definition",
                        )
                    )
                return None
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return node, path
        ref = node["$ref"]


def _expect(
    ok: bool, value: Any, wanted: str, where: tuple[str, ...], problems: list[tuple[str, str, str]]
) -> bool:
    if not ok:
        problems.append(
            (
                pointer(*where),
                f"expected {wanted}, found {_kind_of(value)}",
                "see the OpenAPI specification for what belongs here",
            )
        )
    return ok


def _describe(kind: str) -> str:
    """ "[Parameter]" -> "a list of Parameter objects"."""
    container = "a list" if kind[0] == "[" else "a mapping"
    inner = kind[1:-1]
    if inner in _OBJECTS:
        return f"{container} of {inner} objects"
    return container if inner in ("any", "name", "text") else f"{container} of mappings"


def _kind_of(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the string {value[:40]!r}"
    return f"the {type(value).__name__} {value!r}"


def _ext(key: object) -> bool:
    return isinstance(key, str) and key.startswith("x-")
