"""Turning the generated code's arguments into the parts of an HTTP request."""

from __future__ import annotations

import datetime
import enum
import os
from collections.abc import Mapping
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard
from urllib.parse import quote

from pydantic_core import to_json

from ._types import NOT_GIVEN

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = [
    "encode_files",
    "encode_headers",
    "encode_json",
    "encode_query",
    "format_path",
    "is_model",
    "prepare_body",
    "read_content",
]

# Values that never need rewriting: the walk below skips them without a recursive call.
_LEAF_TYPES = frozenset({str, int, float, bool, type(None)})
_SKIP = object()

# The element type httpx2 accepts for query parameters (we only ever put str values in it).
QueryPairs = list[tuple[str, str | int | float | bool | None]]


def encode_files(files: Mapping[str, object]) -> list[tuple[str, Any]]:
    """Multipart file parts in httpx2's shape; a list uploads several files under one name.

    Paths are read here, so that a retried request sends the same bytes again.
    """
    parts: list[tuple[str, Any]] = []
    for name, value in files.items():
        if value is NOT_GIVEN or value is None:
            continue
        for single in _each_file(value):
            parts.append((name, _file_part(single)))
    return parts


def _each_file(value: object) -> list[object]:
    # A (filename, content[, type]) tuple starts with the name; a list or tuple of files does not.
    if isinstance(value, list):
        return value
    if isinstance(value, tuple) and value and not isinstance(value[0], (str, type(None))):
        return list(value)
    return [value]


def _file_part(value: object) -> object:
    if isinstance(value, os.PathLike):
        path = Path(value)
        return (path.name, path.read_bytes())
    if isinstance(value, tuple) and len(value) >= 2 and isinstance(value[1], os.PathLike):
        return (value[0], Path(value[1]).read_bytes(), *value[2:])
    return value


def read_content(body: object) -> bytes:
    """A raw (non-JSON) request body: bytes, an open binary file, a path or text."""
    if isinstance(body, (bytes, bytearray)):
        return bytes(body)
    if isinstance(body, os.PathLike):
        return Path(body).read_bytes()
    if isinstance(body, str):
        return body.encode()
    read = getattr(body, "read", None)
    if callable(read):
        data = read()
        return data.encode() if isinstance(data, str) else bytes(data)
    raise TypeError(f"a raw request body must be bytes, a binary file or a path, not {type(body)}")


def is_model(value: object) -> TypeGuard[BaseModel]:
    """Whether ``value`` is a pydantic model.

    Asked of the class's attributes rather than with isinstance: importing pydantic.BaseModel
    costs ~25 ms, which would otherwise land on every `import` of the client.
    """
    return hasattr(type(value), "__pydantic_serializer__")


def prepare_body(value: object) -> object:
    """Drop NOT_GIVEN entries and dump models, copying only the containers that change.

    Bodies built from plain JSON values come back as the very same object, so the common case
    costs one pass and no allocation.
    """
    if type(value) in _LEAF_TYPES:
        return value
    if is_model(value):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return _prepare_mapping(value)
    if isinstance(value, (list, tuple)):
        return _prepare_sequence(value)
    return value


def _prepare_mapping(mapping: Mapping[object, object]) -> object:
    out: dict[object, object] | None = None
    for index, (key, item) in enumerate(mapping.items()):
        if item is NOT_GIVEN:
            new: object = _SKIP
        elif type(item) in _LEAF_TYPES:
            new = item
        else:
            new = prepare_body(item)
        if out is None:
            if new is item:
                continue
            # First change: copy the unchanged prefix, then build the rest as we go.
            out = dict(islice(mapping.items(), index))
        if new is not _SKIP:
            out[key] = new
    if out is None:
        return mapping if type(mapping) is dict else dict(mapping)
    return out


def _prepare_sequence(sequence: list[object] | tuple[object, ...]) -> object:
    out: list[object] | None = None
    for index, item in enumerate(sequence):
        if item is NOT_GIVEN:
            new: object = _SKIP
        elif type(item) in _LEAF_TYPES:
            new = item
        else:
            new = prepare_body(item)
        if out is None:
            if new is item:
                continue
            out = list(sequence[:index])
        if new is not _SKIP:
            out.append(new)
    return sequence if out is None else out


def encode_json(body: object) -> bytes:
    # pydantic-core serialises several times faster than json.dumps and also handles datetime,
    # UUID, Decimal and Enum values; bytes go out as base64, as OpenAPI `format: byte` expects.
    return to_json(body, bytes_mode="base64", inf_nan_mode="null")


def to_str(value: object) -> str:
    """Render a query, header or path value the way OpenAPI servers expect."""
    if type(value) is str:
        return value
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return to_str(value.value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def format_path(template: str, params: Mapping[str, object] | None) -> str:
    """Fill `{name}` placeholders with percent-encoded values."""
    if "{" not in template:
        return template
    encoded: dict[str, str] = {}
    for name, value in (params or {}).items():
        text = "" if value is NOT_GIVEN else to_str(value)
        if not text:
            raise ValueError(f"path parameter {name!r} must be a non-empty value, got {value!r}")
        # "." and ".." would be resolved as relative segments and reach another endpoint.
        encoded[name] = text.replace(".", "%2E") if text in (".", "..") else quote(text, safe="")
    try:
        return template.format_map(encoded)
    except KeyError as exc:
        raise ValueError(f"missing path parameter {exc.args[0]!r} for {template!r}") from None


def encode_query(query: Mapping[str, object]) -> QueryPairs:
    """Flatten query parameters: lists repeat their key, mappings use `key[sub]` (deepObject)."""
    pairs: QueryPairs = []
    for key, value in query.items():
        _add_query_value(pairs, key, value)
    return pairs


def _add_query_value(pairs: QueryPairs, key: str, value: object) -> None:
    if value is NOT_GIVEN:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            if item is not NOT_GIVEN:
                pairs.append((key, to_str(item)))
    elif isinstance(value, Mapping):
        for sub_key, item in value.items():
            _add_query_value(pairs, f"{key}[{sub_key}]", item)
    else:
        pairs.append((key, to_str(value)))


# RFC 6265 cookie-octet: printable ASCII except space, '"', ',', ';' and '\\' (and '%', the escape).
_COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


def cookie_header(cookies: Mapping[str, object]) -> object:
    """The `Cookie` header for cookie parameters (`a=1; b=x,y`), or NOT_GIVEN if none is set.

    Values are percent-encoded where RFC 6265 does not allow them; list items are joined by
    commas (OpenAPI's `form` style, unexploded).
    """
    pairs = []
    for name, value in cookies.items():
        if value is NOT_GIVEN or value is None:
            continue
        items = value if isinstance(value, (list, tuple)) else [value]
        text = ",".join(quote(to_str(item), safe=_COOKIE_SAFE) for item in items)
        pairs.append(f"{name}={text}")
    return "; ".join(pairs) if pairs else NOT_GIVEN


def encode_headers(headers: Mapping[str, object]) -> dict[str, str]:
    """Stringify header values; NOT_GIVEN and None mean "do not send this header"."""
    return {
        name: to_str(value)
        for name, value in headers.items()
        if value is not NOT_GIVEN and value is not None
    }
