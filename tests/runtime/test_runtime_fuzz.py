"""Fuzzing the stream parsers and the response parsing (hypothesis).

Properties: random bytes give typed results or typed errors (ApiError) only; a stream parses to
the same events however its bytes are split into chunks; a valid stream written with any line
endings, comments and fields round-trips. CI runs a few examples of each (the "ci" profile,
seconds); `HYPOTHESIS_PROFILE=fuzz pytest tests/runtime/test_runtime_fuzz.py` runs thousands.

The parsers and `parse_response` are pure functions of bytes, so most properties call them
directly; one property serves random splits over real HTTP through the client.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
from types import ModuleType
from typing import Annotated, Any, Literal

import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Discriminator, Field, Tag

from tests.servers import SSE_DONE, ScriptedServer, StreamReply

settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("fuzz", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


class Label(BaseModel):
    name: str
    weight: float | None = None


class Text(BaseModel):
    type: Literal["text"] = "text"
    text: str


class Image(BaseModel):
    type: Literal["image"] = "image"
    url: str


class Item(BaseModel):
    id: str
    count: int = 0
    tags: list[Label] | None = None
    parts: list[Annotated[Text | Image, Field(discriminator="type")]] = []


def _tag(value: Any) -> str:
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return kind if kind in ("text", "image") else "other"


# As the generator writes a discriminated union: a callable discriminator over tagged members.
Tagged = Annotated[
    Annotated[Text, Tag("text")] | Annotated[Image, Tag("image")] | Annotated[Any, Tag("other")],
    Discriminator(_tag),
]

RESPONSE_TYPES: list[Any] = [
    Item,
    list[Item],
    dict[str, int],
    Text | Image,
    list[Tagged],
    str,
    bytes,
    object,
    None,
]

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["id", "count", "tags", "name", "parts", "type", "text", "url"])
            | st.text(max_size=4),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


def _response(content: bytes, content_type: str = "application/json") -> httpx2.Response:
    return httpx2.Response(
        200,
        content=content,
        headers={"content-type": content_type},
        request=httpx2.Request("GET", "http://127.0.0.1/items"),
    )


def _parse_or_typed_error(rt: ModuleType, response: httpx2.Response, response_type: Any) -> None:
    """Strict, then tolerant: a value or an ApiError, nothing else."""
    for leniency in (None, rt._lenient.Leniency(logging.getLogger("fuzz"), "GET /items")):
        try:
            rt._parsing.parse_response(response, response_type, rt._redact.NO_REDACTION, leniency)
        except rt.ApiError:
            pass


# -- response parsing --------------------------------------------------------------------------


@given(body=st.binary(max_size=200), response_type=st.sampled_from(RESPONSE_TYPES))
def test_random_bytes_parse_or_raise_an_api_error(
    rt: ModuleType, body: bytes, response_type: Any
) -> None:
    _parse_or_typed_error(rt, _response(body), response_type)
    _parse_or_typed_error(rt, _response(body, "text/plain; charset=utf-8"), response_type)


@given(value=JSON_VALUES, response_type=st.sampled_from(RESPONSE_TYPES))
def test_random_json_parses_or_raises_an_api_error(
    rt: ModuleType, value: Any, response_type: Any
) -> None:
    body = json.dumps(value).encode()
    _parse_or_typed_error(rt, _response(body), response_type)


@given(body=st.binary(max_size=200), status=st.sampled_from([400, 404, 422, 500, 503]))
def test_error_bodies_of_random_bytes_give_the_status_error(
    rt: ModuleType, body: bytes, status: int
) -> None:
    response = httpx2.Response(status, content=body, request=httpx2.Request("GET", "http://x/"))
    error = rt._parsing.status_error(response, {}, rt._redact.Redactor(["sk-secret"]))
    assert isinstance(error, rt.ApiStatusError) and error.status_code == status


# -- the stream parsers --------------------------------------------------------------------------


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    edges = [0, *points, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(edges) if b > a]


def _parse(parser: Any, chunks: list[bytes]) -> tuple[list[Any], Any]:
    events: list[Any] = []
    for chunk in chunks:
        events += parser.feed(chunk)
    return events, parser.finish()


# Bytes that matter to the parsers, so that random data often forms lines, fields and events.
STREAM_BYTES = st.lists(
    st.sampled_from(
        [b"data:", b"data: ", b"event: ", b"id: ", b"retry: 5", b": c", b"\n", b"\r", b"\r\n"]
        + [b"{}", b'"x"', b"[DONE]", b"\x00", b"\xff", b"a", b" "]
    )
    | st.binary(max_size=6),
    max_size=40,
).map(b"".join)


@pytest.mark.parametrize("kind", ["SSEParser", "JsonLinesParser"])
@given(data=STREAM_BYTES, cuts=st.lists(st.integers(min_value=0), max_size=8))
def test_any_split_of_any_bytes_parses_the_same(
    rt: ModuleType, kind: str, data: bytes, cuts: list[int]
) -> None:
    parser_type = getattr(rt._sse, kind)
    whole = parser_type()
    expected = _parse(whole, [data] if data else [])
    split = parser_type()
    assert _parse(split, _split(data, cuts)) == expected
    if kind == "SSEParser":
        assert split.last_event_id == whole.last_event_id


@st.composite
def sse_streams(draw: st.DrawFn) -> tuple[bytes, list[tuple[bytes | None, bytes]]]:
    """A valid event stream with random line endings, comments, ids and multi-line data."""
    newline = draw(st.sampled_from([b"\n", b"\r\n", b"\r"]))
    texts = draw(st.lists(st.text(max_size=12), max_size=6))
    out: list[bytes] = []
    expected: list[tuple[bytes | None, bytes]] = []
    for text in texts:
        if draw(st.booleans()):
            out.append(b": keep-alive" + newline)
        name = draw(st.none() | st.sampled_from([b"delta", b"end"]))
        if name is not None:
            out.append(b"event: " + name + newline)
        if draw(st.booleans()):
            out.append(b"id: " + str(len(out)).encode() + newline)
        data = json.dumps({"text": text}).encode()
        colon = data.index(b":") + 1  # two data lines, joined by the parser with \n
        lines = [data[:colon], data[colon:]] if draw(st.booleans()) else [data]
        out.extend(b"data: " + line + newline for line in lines)
        out.append(newline)
        expected.append((name, b"\n".join(lines)))
    return b"".join(out), expected


@given(stream=sse_streams(), cuts=st.lists(st.integers(min_value=0), max_size=10))
def test_valid_streams_round_trip_in_any_split(
    rt: ModuleType, stream: tuple[bytes, list[tuple[bytes | None, bytes]]], cuts: list[int]
) -> None:
    data, expected = stream
    events, last = _parse(rt._sse.SSEParser(), _split(data, cuts))
    assert events == expected and last is None


class Delta(BaseModel):
    type: Literal["delta"] = "delta"
    text: str


class End(BaseModel):
    type: Literal["end"] = "end"
    reason: str


@given(name=st.none() | st.binary(max_size=8), data=st.binary(max_size=60) | JSON_VALUES)
def test_random_event_data_converts_or_raises_an_api_error(
    rt: ModuleType, name: bytes | None, data: Any
) -> None:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    decoders = [
        rt.EventDecoder(item_type=Delta),
        rt.EventDecoder(
            item_type=Delta | End, discriminator="type", variants={"delta": Delta, "end": End}
        ),
    ]
    for decoder in decoders:
        converter = rt._streaming._EventConverter(decoder, _response(b""), rt._redact.NO_REDACTION)
        try:
            converter.convert(name, raw)
        except rt.ApiError:
            pass


# -- over HTTP -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def module_server() -> Any:
    with ScriptedServer() as server:
        yield server


@settings(max_examples=15, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stream=sse_streams(), cuts=st.lists(st.integers(min_value=0), max_size=10))
def test_random_splits_over_http_yield_the_events(
    rt: ModuleType,
    module_server: ScriptedServer,
    stream: tuple[bytes, list[tuple[bytes | None, bytes]]],
    cuts: list[int],
) -> None:
    data, expected = stream
    module_server.default = StreamReply(
        _split(data + SSE_DONE, cuts), headers={"content-type": "text/event-stream"}
    )
    settings_ = rt.ClientSettings(base_url=module_server.url, max_retries=0)
    decoder = rt.EventDecoder(item_type=Delta)
    with (
        rt.SyncApiClient(settings_) as client,
        client.stream("POST", "/s", decoder=decoder) as events,
    ):
        texts = [event.text for event in events]
    assert texts == [json.loads(raw)["text"] for _, raw in expected]
