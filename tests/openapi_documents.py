"""Hypothesis strategies that build random but valid OpenAPI 3.0 and 3.1 documents: every
schema shape (primitives and formats, enums of any JSON values, const, arrays, objects, maps,
oneOf/anyOf/allOf, discriminators, nullable, references between components, cycles), names of
every kind (keywords, builtins, other scripts, quotes, very long), parameters in every location
and style, request bodies (JSON, forms, uploads, raw bytes), responses (JSON, text, bytes,
event streams, errors), security schemes and requirements.

Used by ``tests/test_fuzz_generator.py`` (a few hundred examples in CI) and by
``bench/fuzz_generator.py`` (10,000 by hand).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from hypothesis import strategies as st

# Names that break naive generators: keywords, builtins, what generated code defines itself.
_TRICKY_NAMES = (
    "class",
    "def",
    "self",
    "request",
    "request_options",
    "list",
    "dict",
    "type",
    "id",
    "json",
    "model_config",
    "Field",
    "Any",
    "None",
    "True",
    "async",
    "await",
    "match",
    "__init__",
    "_",
    "123abc",
    "a-b.c",
    "with space",
    "x-extension",
    "$ref",
    "größe",
    "Пользователи",
    "获取",
    "🙂",
    "",
)
_NAME_ALPHABET = st.characters(
    codec="utf-8", categories=("Lu", "Ll", "Nd", "Pc", "Pd", "Zs", "Lo", "So")
) | st.sampled_from("._-'\"\\{}")
_HOSTILE_TEXT = st.text(
    alphabet=st.sampled_from(
        ['"', "'", "\\", "\n", "\r", "\x00", "\u2028", "{", "}", "a", " ", "\t", "é", "\U0001f600"]
    ),
    max_size=12,
)


@functools.cache  # one strategy object each: hypothesis validates a new one on first draw
def names(min_size: int = 1) -> st.SearchStrategy[str]:
    """Names as documents spell them, now and then very long."""
    plain = st.from_regex(r"[a-z][a-zA-Z0-9_]{0,12}", fullmatch=True)
    odd = st.text(alphabet=_NAME_ALPHABET, min_size=min_size, max_size=16)
    long = st.builds(lambda base, n: (base or "n") * n, plain, st.integers(20, 60))
    tricky = st.sampled_from([n for n in _TRICKY_NAMES if len(n) >= min_size])
    return st.one_of(plain, plain, odd, tricky, long)


@functools.cache
def texts() -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), st.text(max_size=40), _HOSTILE_TEXT)


_JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
)
json_values = st.recursive(
    _JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)

_FORMATS = {
    "string": [None, "date-time", "date", "binary", "byte", "uuid", "email", "uri"],
    "integer": [None, "int32", "int64"],
    "number": [None, "float", "double"],
    "boolean": [None],
}


@functools.cache
@st.composite
def _primitive(draw: st.DrawFn, version: str) -> dict[str, Any]:
    kind = draw(st.sampled_from(sorted(_FORMATS)))
    schema: dict[str, Any] = {"type": kind}
    fmt = draw(st.sampled_from(_FORMATS[kind]))
    if fmt:
        schema["format"] = fmt
    if draw(st.booleans()):
        schema["description"] = draw(texts())
    if draw(st.integers(0, 4)) == 0:
        _nullable(draw, schema, version)
    return schema


def _nullable(draw: st.DrawFn, schema: dict[str, Any], version: str) -> None:
    if version.startswith("3.0"):
        schema["nullable"] = True
    elif isinstance(schema.get("type"), str):
        schema["type"] = [schema["type"], "null"]


@functools.cache
@st.composite
def _enum(draw: st.DrawFn, version: str) -> dict[str, Any]:
    values = draw(
        st.one_of(
            st.lists(names(), min_size=1, max_size=5, unique=True),
            st.lists(st.integers(-(2**70), 2**70), min_size=1, max_size=4, unique=True),
            st.lists(json_values, min_size=1, max_size=4),
        )
    )
    schema: dict[str, Any] = {"enum": values}
    if all(isinstance(v, str) for v in values):
        schema["type"] = "string"
    if draw(st.booleans()) and values:
        schema["default"] = draw(st.sampled_from(values))
    return schema


class _Ref(int):
    """A reference to the component schema of this index (modulo their number), made a $ref
    once the document is complete: the schema strategies do not depend on the names, so each
    is built (and validated by hypothesis, which costs more than drawing) once per process."""


def schemas(version: str, refs: list[str] | tuple[str, ...]) -> st.SearchStrategy[Any]:
    """A schema of any shape; ``refs`` are the component schemas it may refer to."""
    return _schemas(version, bool(refs))


@functools.cache
def _schemas(version: str, refs: bool) -> st.SearchStrategy[Any]:
    leaves: list[st.SearchStrategy[Any]] = [_primitive(version), _enum(version), st.just({})]
    if refs:  # 60: each of up to 5 components as likely
        leaves.append(st.integers(0, 59).map(lambda i: {"$ref": _Ref(i)}))
    if version.startswith("3.1"):  # JSON Schema 2020-12: const, and true/false as schemas
        leaves.append(json_values.map(lambda v: {"const": v}))
        leaves.append(st.booleans())
    return st.recursive(st.one_of(leaves), lambda inner: _composite(inner, version), max_leaves=6)


def _resolve_refs(node: Any, refs: list[str]) -> Any:
    """The document with each placeholder ``_Ref`` made a $ref to its component."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), _Ref):
            return {"$ref": f"#/components/schemas/{refs[node['$ref'] % len(refs)]}"}
        return {key: _resolve_refs(value, refs) for key, value in node.items()}
    if isinstance(node, list):
        return [_resolve_refs(item, refs) for item in node]
    return node


def _composite(inner: st.SearchStrategy[Any], version: str) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.builds(lambda items: {"type": "array", "items": items}, inner),
        _object(inner),
        st.builds(
            lambda values: {"type": "object", "additionalProperties": values},
            inner | st.booleans(),
        ),
        st.builds(
            lambda key, variants: {key: variants},
            st.sampled_from(["oneOf", "anyOf", "allOf"]),
            st.lists(inner, min_size=1, max_size=3),
        ),
        _discriminated(inner),
    )


@st.composite
def _object(draw: st.DrawFn, inner: st.SearchStrategy[Any]) -> dict[str, Any]:
    properties = draw(st.dictionaries(names(), inner, max_size=5))
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if properties:
        schema["required"] = draw(st.lists(st.sampled_from(sorted(properties)), unique=True))
    if draw(st.booleans()):
        schema["description"] = draw(texts())
    if draw(st.integers(0, 5)) == 0:
        schema["title"] = draw(names())
    return schema


@st.composite
def _discriminated(draw: st.DrawFn, inner: st.SearchStrategy[Any]) -> dict[str, Any]:
    tag = draw(names())
    variants = []
    for value in draw(st.lists(names(), min_size=1, max_size=3, unique=True)):
        extra = draw(st.dictionaries(names(), inner, max_size=2))
        extra.pop(tag, None)
        variants.append(
            {
                "type": "object",
                "properties": {tag: {"type": "string", "enum": [value]}, **extra},
                "required": [tag],
            }
        )
    return {"oneOf": variants, "discriminator": {"propertyName": tag}}


_LOCATIONS = ("query", "header", "cookie")
_STYLES = {"query": ["form", "spaceDelimited", "pipeDelimited", "deepObject"], "header": ["simple"]}


# Header and cookie names are HTTP tokens.
_TOKENS = st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,15}", fullmatch=True) | st.sampled_from(
    ["X-Request-ID", "class", "self", "request", "If-Match", "a--b"]
)


@st.composite
def parameters(draw: st.DrawFn, version: str, refs: list[str]) -> dict[str, Any]:
    location = draw(st.sampled_from(_LOCATIONS))
    name = draw(names() if location == "query" else _TOKENS)
    parameter: dict[str, Any] = {"name": name, "in": location}
    parameter["schema"] = draw(
        st.one_of(
            _primitive(version),
            _enum(version),
            st.builds(lambda items: {"type": "array", "items": items}, _primitive(version)),
            schemas(version, refs),
        )
    )
    if draw(st.booleans()):
        parameter["required"] = True
    if location in _STYLES and draw(st.integers(0, 3)) == 0:
        parameter["style"] = draw(st.sampled_from(_STYLES[location]))
        parameter["explode"] = draw(st.booleans())
    if draw(st.booleans()):
        parameter["description"] = draw(texts())
    return parameter


_BINARY = {"type": "string", "format": "binary"}


@st.composite
def request_bodies(draw: st.DrawFn, version: str, refs: list[str]) -> dict[str, Any]:
    kind = draw(st.sampled_from(["json", "json", "form", "multipart", "octet", "text"]))
    schema: Any
    if kind == "json":
        media, schema = "application/json", draw(schemas(version, refs))
    elif kind == "form":
        media, schema = "application/x-www-form-urlencoded", draw(_object(_primitive(version)))
    elif kind == "multipart":
        fields = draw(_object(st.one_of(_primitive(version), st.just(_BINARY))))
        fields["properties"]["file"] = _BINARY
        media, schema = "multipart/form-data", fields
    elif kind == "octet":
        media, schema = "application/octet-stream", _BINARY
    else:
        media, schema = "text/plain", {"type": "string"}
    body: dict[str, Any] = {"content": {media: {"schema": schema}}}
    if draw(st.booleans()):
        body["required"] = True
    return body


@st.composite
def responses(draw: st.DrawFn, version: str, refs: list[str]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    success = draw(st.sampled_from(["200", "201", "202", "204", "default"]))
    kind = draw(st.sampled_from(["json", "json", "text", "bytes", "stream", "none"]))
    response: dict[str, Any] = {"description": draw(texts()) or "ok"}
    if success != "204" and kind != "none":
        if kind == "json":
            content = {"application/json": {"schema": draw(schemas(version, refs))}}
        elif kind == "text":
            content = {"text/plain": {"schema": {"type": "string"}}}
        elif kind == "bytes":
            content = {"application/octet-stream": {"schema": _BINARY}}
        else:
            events = draw(st.one_of(_discriminated(_primitive(version)), schemas(version, refs)))
            content = {"text/event-stream": {"schema": events}}
        response["content"] = content
    result[success] = response
    for status in draw(
        st.lists(
            st.sampled_from(["400", "404", "422", "429", "500", "599"]), max_size=3, unique=True
        )
    ):
        result[status] = {
            "description": draw(texts()) or "error",
            "content": {"application/json": {"schema": draw(schemas(version, refs))}},
        }
    return result


_SECURITY_SCHEMES = {
    "key_header": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
    "key_query": {"type": "apiKey", "in": "query", "name": "api_key"},
    "key_cookie": {"type": "apiKey", "in": "cookie", "name": "session"},
    "bearer": {"type": "http", "scheme": "bearer"},
    "basic": {"type": "http", "scheme": "basic"},
    "oauth": {
        "type": "oauth2",
        "flows": {"clientCredentials": {"tokenUrl": "https://auth.test/token", "scopes": {}}},
    },
}

_COMPONENT_NAME = re.compile(r"[a-zA-Z0-9._-]+")
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@st.composite
def operations(
    draw: st.DrawFn, version: str, refs: list[str], path_params: list[str], method: str
) -> dict[str, Any]:
    operation: dict[str, Any] = {"responses": draw(responses(version, refs))}
    if draw(st.integers(0, 3)):
        operation["operationId"] = draw(names())
    if draw(st.booleans()):
        operation["tags"] = [draw(names())]
    for key in ("summary", "description"):
        if draw(st.booleans()):
            operation[key] = draw(texts())
    own = draw(
        st.lists(
            parameters(version, refs),
            max_size=4,
            unique_by=lambda p: (p["name"].lower(), p["in"]),
        )
    )
    own = [p for p in own if not (p["in"] == "path" or p["name"] in path_params)]
    path_level = [
        {"name": name, "in": "path", "required": True, "schema": draw(_primitive(version))}
        for name in path_params
    ]
    if own or path_level:
        operation["parameters"] = path_level + own
    if method not in ("get", "head", "delete") and draw(st.booleans()):
        operation["requestBody"] = draw(request_bodies(version, refs))
    if draw(st.integers(0, 3)) == 0:
        operation["security"] = [
            {name: []}
            for name in draw(
                st.lists(st.sampled_from(sorted(_SECURITY_SCHEMES)), max_size=2, unique=True)
            )
        ]
    if draw(st.integers(0, 5)) == 0:
        operation["deprecated"] = True
    return operation


@st.composite
def paths(draw: st.DrawFn, version: str, refs: list[str]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for _ in range(draw(st.integers(1, 3))):
        segments = draw(st.lists(names(), min_size=1, max_size=3))
        params = draw(
            st.lists(st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True), max_size=2, unique=True)
        )
        path = "/" + "/".join(_segment(s) for s in segments) + "".join(f"/{{{p}}}" for p in params)
        methods = draw(st.lists(st.sampled_from(_METHODS), min_size=1, max_size=2, unique=True))
        result[path] = {m: draw(operations(version, refs, params, m)) for m in methods}
    return result


def _segment(name: str) -> str:
    """A path segment: characters a URL path may hold as they are."""
    kept = "".join(c for c in name if c.isascii() and (c.isalnum() or c in "-._~")) or "x"
    return kept[:40]


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A random valid OpenAPI 3.0 or 3.1 document."""
    version = draw(st.sampled_from(["3.0.3", "3.1.0"]))
    component_names = draw(st.lists(names(), max_size=5, unique=True))
    # Component names are [a-zA-Z0-9.-_]+ (OpenAPI); names elsewhere may be anything.
    component_names = [n for n in component_names if _COMPONENT_NAME.fullmatch(n)]
    component_schemas = {name: draw(schemas(version, component_names)) for name in component_names}
    # A component that is only a reference to another is a $ref chain; a cycle of them is
    # refused (as it should be), so keep the fuzzer on valid documents: no bare references.
    for name, schema in component_schemas.items():
        if isinstance(schema, dict) and set(schema) == {"$ref"}:
            component_schemas[name] = {"allOf": [schema], "description": "x"}
    document: dict[str, Any] = {
        "openapi": version,
        "info": {"title": draw(names()) or "API", "version": "1", "description": draw(texts())},
        "paths": draw(paths(version, component_names)),
        "components": {"schemas": component_schemas, "securitySchemes": _SECURITY_SCHEMES},
    }
    if draw(st.booleans()):
        url = draw(st.sampled_from(["https://api.test/v1", "/relative", "http://127.0.0.1:9"]))
        document["servers"] = [{"url": url}]
    if draw(st.booleans()):
        document["security"] = [{draw(st.sampled_from(sorted(_SECURITY_SCHEMES))): []}]
    document = _resolve_refs(document, component_names)
    _unique_operation_ids(document)
    return document


def _unique_operation_ids(document: dict[str, Any]) -> None:
    """operationIds are unique in a valid document: number the repeats."""
    seen: set[str] = set()
    for path_item in document["paths"].values():
        for operation in path_item.values():
            if "operationId" in operation:
                wanted = operation["operationId"]
                name, counter = wanted, 2
                while name in seen:
                    name, counter = f"{wanted}{counter}", counter + 1
                operation["operationId"] = name
                seen.add(name)
