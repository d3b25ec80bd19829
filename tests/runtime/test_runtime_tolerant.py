"""Tolerant responses over real HTTP, with both clients: a 2xx body that does not match its type
is built leniently (what validates is typed, what does not is kept as received, a missing field
reads as None) with one warning; `strict_response_validation=True` raises instead."""

from __future__ import annotations

import logging
from types import ModuleType
from typing import Annotated, Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field

from tests.servers import SSE_DONE, Reply, ScriptedServer, sse_event, sse_reply

from .drivers import Connect


class Closed(BaseModel):
    """Refuses unknown fields, so that extra fields are a mismatch too."""

    model_config = ConfigDict(extra="forbid")


class Inner(Closed):
    name: str
    size: int


class Text(Closed):
    type: Literal["text"] = "text"
    text: str


class Image(Closed):
    type: Literal["image"] = "image"
    url: str


class Record(Closed):
    id: str
    count: int
    color: Literal["red", "green"]
    inner: Inner
    items: list[Inner]
    parts: list[Annotated[Text | Image, Field(discriminator="type")]] = []
    note: str | None = None


VALID: dict[str, Any] = {
    "id": "r1",
    "count": 3,
    "color": "red",
    "inner": {"name": "a", "size": 1},
    "items": [{"name": "b", "size": 2}, {"name": "c", "size": 3}],
    "parts": [{"type": "text", "text": "hi"}, {"type": "image", "url": "u"}],
}


def _without(key: str) -> dict[str, Any]:
    return {k: v for k, v in VALID.items() if k != key}


# Each deviation, and what the lenient record shows for it.
DEVIATIONS: dict[str, tuple[dict[str, Any], Any]] = {
    "missing field": (_without("count"), lambda r: r.count is None),
    "wrong type": ({**VALID, "count": "many"}, lambda r: r.count == "many"),
    "null": ({**VALID, "id": None}, lambda r: r.id is None),
    "extra fields": ({**VALID, "brand_new": {"x": 1}}, lambda r: r.id == "r1"),
    "unknown enum value": ({**VALID, "color": "ultraviolet"}, lambda r: r.color == "ultraviolet"),
    "wrong type deep in a list": (
        {**VALID, "items": [{"name": "b", "size": 2}, {"name": "c", "size": "big"}]},
        lambda r: (
            isinstance(r.items[0], Inner)
            and r.items[0].size == 2
            and isinstance(r.items[1], Inner)
            and r.items[1].size == "big"
        ),
    ),
    "wrong type in a union variant": (
        {**VALID, "parts": [{"type": "text", "text": 5}, {"type": "image", "url": "u"}]},
        lambda r: (
            isinstance(r.parts[0], Text) and r.parts[0].text == 5 and r.parts[1] == Image(url="u")
        ),
    ),
    "unknown union variant": (
        {**VALID, "parts": [{"type": "video", "src": "v"}, {"type": "text", "text": "t"}]},
        lambda r: r.parts[0] == {"type": "video", "src": "v"} and r.parts[1] == Text(text="t"),
    ),
    "object where a list belongs": (
        {**VALID, "items": {"name": "b"}},
        lambda r: r.items == {"name": "b"},
    ),
}


@pytest.mark.parametrize("deviation", list(DEVIATIONS))
def test_a_deviating_body_is_returned_leniently_with_one_warning(
    connect: Connect,
    server: ScriptedServer,
    rt: ModuleType,
    caplog: pytest.LogCaptureFixture,
    deviation: str,
) -> None:
    body, check = DEVIATIONS[deviation]
    server.default = Reply(200, json=body)
    api = connect()
    with caplog.at_level(logging.WARNING, logger="test_client"):
        record = api.request(
            "GET", "/v1/records/{id}", path_params={"id": "r1"}, response_type=Record
        )
    assert isinstance(record, Record)
    assert check(record), record
    # What did validate is typed, whatever else deviates.
    assert isinstance(record.inner, Inner) and record.inner.size == 1
    (warning,) = [r for r in caplog.records if r.name == "test_client"]
    assert warning.levelno == logging.WARNING
    assert warning.getMessage().startswith("GET /v1/records/{id}: the response does not match")
    assert "Record" in warning.getMessage()


@pytest.mark.parametrize("deviation", list(DEVIATIONS))
def test_strict_mode_raises_for_each_deviation(
    connect: Connect, server: ScriptedServer, rt: ModuleType, deviation: str
) -> None:
    server.default = Reply(200, json=DEVIATIONS[deviation][0])
    with pytest.raises(rt.ApiResponseValidationError):
        connect(strict_response_validation=True).request("GET", "/r", response_type=Record)
    with pytest.raises(rt.ApiResponseValidationError):
        connect().request(
            "GET", "/r", response_type=Record, options={"strict_response_validation": True}
        )


def test_per_request_option_wins_over_the_client(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = Reply(200, json=_without("count"))
    api = connect(strict_response_validation=True)
    record = api.request(
        "GET", "/r", response_type=Record, options={"strict_response_validation": False}
    )
    assert record.count is None and record.model_fields_set >= {"id", "inner"}


def test_the_warning_names_the_first_mismatches(
    connect: Connect, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    bad = {**VALID, "count": "x", "id": 1, "color": 2, "note": 3, "inner": {"name": 4}}
    server.default = Reply(200, json=bad)
    with caplog.at_level(logging.WARNING, logger="test_client"):
        connect().request("GET", "/r", response_type=Record)
    message = caplog.records[-1].getMessage()
    assert "id: Input should be a valid string" in message
    assert "count: Input should be a valid integer" in message
    assert "(and 3 more)" in message


def test_lists_of_models_and_raw_responses_are_lenient_too(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = Reply(200, json=[{"name": "a", "size": 1}, {"name": "b"}])
    api = connect()
    items = api.request("GET", "/items", response_type=list[Inner])
    assert items[0] == Inner(name="a", size=1) and items[1].size is None
    raw = api.with_raw_response(api.operation("GET", "/items", response_type=list[Inner]))()
    assert raw.status_code == 200 and raw.data[1].name == "b"


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, body=b'{"id": "r1", "count": ', headers={"content-type": "application/json"}),
        Reply(200, body=b'{"id": 1}', headers={"content-type": "text/html"}),
        Reply(200, body=b""),
    ],
    ids=["invalid JSON", "wrong content type", "empty body"],
)
def test_what_is_not_json_stays_an_error(
    connect: Connect, server: ScriptedServer, rt: ModuleType, reply: Reply
) -> None:
    server.default = reply
    with pytest.raises(rt.ApiResponseValidationError):
        connect().request("GET", "/r", response_type=Record)


def test_an_empty_body_without_a_declared_schema_reads_as_none(
    connect: Connect, server: ScriptedServer
) -> None:
    # `content: {application/json: {}}` (whatsapp's media download): the type is Any, and Prism
    # (like many servers) answers it with no body at all.
    server.default = Reply(200, body=b"", headers={"content-type": "application/json"})
    assert connect().request("GET", "/r", response_type=Any) is None
    server.default = Reply(200, json=[1, "a"])
    assert connect().request("GET", "/r", response_type=Any) == [1, "a"]


def test_an_error_status_stays_an_error(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = Reply(422, json={"id": 1})
    with pytest.raises(rt.ApiStatusError):
        connect(max_retries=0).request("GET", "/r", response_type=Record)


def test_nesting_deeper_than_the_bound_is_kept_as_received(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    class Node(BaseModel):
        value: int
        child: Node | None = None

    deep: dict[str, Any] = {"value": "bottom"}
    for _ in range(150):
        deep = {"value": 1, "child": deep}
    server.default = Reply(200, json=deep)
    node = connect().request("GET", "/tree", response_type=Node)
    depth = 0
    while isinstance(node, Node):
        node, depth = node.child, depth + 1
    assert 20 < depth < 150 and isinstance(node, dict)


class Delta(BaseModel):
    type: Literal["delta"] = "delta"
    text: str


class End(BaseModel):
    type: Literal["end"] = "end"
    reason: str


def test_streamed_events_are_lenient_with_one_warning_per_stream(
    connect: Connect,
    server: ScriptedServer,
    rt: ModuleType,
    caplog: pytest.LogCaptureFixture,
) -> None:
    decoder = rt.EventDecoder(
        item_type=Delta | End, discriminator="type", variants={"delta": Delta, "end": End}
    )
    events = [
        sse_event({"type": "delta", "text": 5}),
        sse_event({"type": "delta", "text": "ok"}),
        sse_event({"reason": None}, event="end"),
        sse_event({"type": "sparkle"}),
        SSE_DONE,
    ]
    server.default = sse_reply(events)
    api = connect()
    with caplog.at_level(logging.WARNING, logger="test_client"):
        stream = api.stream("POST", "/v1/chat", decoder=decoder)
        with stream:
            items = list(stream)
    assert isinstance(items[0], Delta) and items[0].text == 5
    assert items[1] == Delta(text="ok")
    assert isinstance(items[2], End) and items[2].reason is None
    assert items[3] == rt.UnknownEvent(type="sparkle", data={"type": "sparkle"})
    assert len([r for r in caplog.records if r.name == "test_client"]) == 1
    strict = connect(strict_response_validation=True)
    with pytest.raises(rt.ApiResponseValidationError):
        stream = strict.stream("POST", "/v1/chat", decoder=decoder)
        with stream:
            list(stream)
