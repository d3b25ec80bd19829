"""Server-sent events and JSON lines streams, over real HTTP, with both clients."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Annotated, Any, Literal

import pytest
from pydantic import BaseModel, Field

from tests.servers import (
    SSE_DONE,
    Cut,
    Pause,
    Reply,
    ScriptedServer,
    jsonl,
    jsonl_reply,
    sse_comment,
    sse_event,
    sse_reply,
)

from .drivers import AsyncDriver, BlockingStream, Connect


class Delta(BaseModel):
    type: Literal["delta"] = "delta"
    text: str


class End(BaseModel):
    type: Literal["end"] = "end"
    reason: str


Event = Annotated[Delta | End, Field(discriminator="type")]


@pytest.fixture
def deltas(rt: ModuleType) -> Any:
    return rt.EventDecoder(item_type=Delta)


@pytest.fixture
def events(rt: ModuleType) -> Any:
    return rt.EventDecoder(
        item_type=Event, discriminator="type", variants={"delta": Delta, "end": End}
    )


def chop(payload: bytes, size: int) -> list[bytes]:
    return [payload[i : i + size] for i in range(0, len(payload), size)]


def collect(stream: Any) -> list[Any]:
    with stream:
        return list(stream)


def collect_until_error(stream: Any) -> tuple[list[Any], BaseException | None]:
    """The items a stream yields before it raises, and what it raised."""
    items: list[Any] = []
    iterator = iter(stream)
    while True:
        try:
            items.append(next(iterator))
        except StopIteration:
            return items, None
        except Exception as exc:  # noqa: BLE001 - the test inspects what was raised
            return items, exc


EDGE_CASES = b"".join(
    [
        sse_comment("keep-alive"),
        b"\n",  # a blank keep-alive line with no event pending
        sse_event({"text": "one"}, event="delta", id="1"),
        b"\n\n",
        b'data: {"text":\ndata: "two"}\n\n',  # multi-line data, joined with \n
        sse_event({"text": "three"}, id="3", newline="\r\n"),
        sse_event({"text": "four"}, retry=1000, newline="\r"),
        b"unknown-field: ignored\n",
        b'data:{"text": "five"}\n\n',  # no space after the colon
        sse_comment("done soon"),
        SSE_DONE,
        sse_event({"text": "after the terminator"}),
    ]
)
EXPECTED = ["one", "two", "three", "four", "five"]


@pytest.mark.parametrize("chunk_size", [len(EDGE_CASES), 1, 7])
def test_sse_parsing_edge_cases(
    connect: Connect, server: ScriptedServer, deltas: Any, chunk_size: int
) -> None:
    server.enqueue(sse_reply(chop(EDGE_CASES, chunk_size)))
    stream = connect().stream("POST", "/v1/chat", body={"stream": True}, decoder=deltas)
    assert [item.text for item in collect(stream)] == EXPECTED
    assert stream.last_event_id == "3"
    assert server.requests[0].headers["accept"] == "text/event-stream"


def test_crlf_split_across_chunks(connect: Connect, server: ScriptedServer, deltas: Any) -> None:
    payload = b'data: {"text":\r\ndata: "a"}\r\n\r\n' + sse_event({"text": "b"}, newline="\r\n")
    cut = payload.index(b"\r\n") + 1  # one chunk ends in \r, the next starts with \n
    server.enqueue(sse_reply([payload[:cut], payload[cut:]]))
    items = collect(connect().stream("GET", "/s", decoder=deltas))
    assert [item.text for item in items] == ["a", "b"]


def test_variants_by_discriminator_and_event_name(
    connect: Connect, server: ScriptedServer, rt: ModuleType, events: Any
) -> None:
    server.enqueue(
        sse_reply(
            [
                sse_event({"type": "delta", "text": "hi"}),
                sse_event({"type": "citation", "start": 1, "extra": {"x": 2}}),
                sse_event({"reason": "stop"}, event="end"),  # variant named by the SSE event
                sse_event({"something": "else"}, event="mystery"),
                sse_event({"something": "else"}),
                sse_event({"type": "end", "reason": "done", "new_field": 1}),
                sse_event({"type": "end", "reason": "data wins"}, event="delta"),
                sse_event({"type": "delta", "text": "named"}, event="delta"),
                SSE_DONE,
            ]
        )
    )
    items = collect(connect().stream("GET", "/s", decoder=events))
    assert items == [
        Delta(text="hi"),
        rt.UnknownEvent(type="citation", data={"type": "citation", "start": 1, "extra": {"x": 2}}),
        End(reason="stop"),
        rt.UnknownEvent(type="mystery", data={"something": "else"}),
        rt.UnknownEvent(type=None, data={"something": "else"}),
        End(reason="done"),
        End(reason="data wins"),  # the data's own discriminator beats the SSE event name
        Delta(text="named"),
    ]


def test_union_item_type_without_variants(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    decoder = rt.EventDecoder(item_type=Event, terminator=None)
    server.enqueue(sse_reply([sse_event({"type": "end", "reason": "r"})]))
    assert collect(connect().stream("GET", "/s", decoder=decoder)) == [End(reason="r")]


def test_error_status_before_stream_raises_typed_error(
    connect: Connect, server: ScriptedServer, rt: ModuleType, deltas: Any
) -> None:
    class TooManyRequests(rt.ApiStatusError):  # type: ignore[name-defined,misc]
        pass

    server.enqueue(
        sse_reply([b'{"message": "slow down"}'], status=429, headers={"content-type": "x/json"})
    )
    api = connect(status_errors={429: TooManyRequests}, max_retries=0)
    with pytest.raises(TooManyRequests) as caught:
        api.stream("GET", "/s", decoder=deltas)
    assert caught.value.body == {"message": "slow down"}
    assert "429" in str(caught.value) and "slow down" in str(caught.value)


def test_stream_is_retried_before_it_starts(
    connect: Connect, server: ScriptedServer, deltas: Any
) -> None:
    server.enqueue(Reply(503), sse_reply([sse_event({"text": "a"}), SSE_DONE]))
    assert [d.text for d in collect(connect().stream("GET", "/s", decoder=deltas))] == ["a"]
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "ending",
    [
        [Cut()],  # chunked body missing its last chunk
        [Pause(0.05), Cut(rst=True)],  # connection reset
        [b'data: {"text": "incompl', Cut()],  # cut inside an event
    ],
)
def test_cut_mid_stream_yields_complete_events_then_raises(
    connect: Connect, server: ScriptedServer, rt: ModuleType, deltas: Any, ending: list[Any]
) -> None:
    server.enqueue(sse_reply([sse_event({"text": "a"}), sse_event({"text": "b"}), *ending]))
    stream = connect(max_retries=3).stream("GET", "/s", decoder=deltas)
    items, error = collect_until_error(stream)
    assert [item.text for item in items] == ["a", "b"]
    assert isinstance(error, rt.ApiConnectionError)
    assert len(server.requests) == 1  # a started stream is never retried


def test_close_delimited_stream_cut_inside_an_event(
    connect: Connect, server: ScriptedServer, rt: ModuleType, deltas: Any
) -> None:
    server.enqueue(
        sse_reply([sse_event({"text": "a"}), b'data: {"text": "b'], chunked=False),
    )
    items, error = collect_until_error(connect().stream("GET", "/s", decoder=deltas))
    assert [item.text for item in items] == ["a"]
    assert isinstance(error, rt.ApiConnectionError)
    assert "middle of an event" in str(error)


@pytest.mark.parametrize(
    "tail", [b'data: {"text": "last"}\n', b'data: {"text": "last"}', b'data: {"text": "last"}\n\n']
)
def test_close_delimited_stream_ending_without_blank_line(
    connect: Connect, server: ScriptedServer, deltas: Any, tail: bytes
) -> None:
    server.enqueue(sse_reply([sse_event({"text": "a"}), tail], chunked=False))
    items = collect(connect().stream("GET", "/s", decoder=deltas))
    assert [item.text for item in items] == ["a", "last"]


def test_terminator_without_final_blank_line(
    connect: Connect, server: ScriptedServer, deltas: Any
) -> None:
    server.enqueue(sse_reply([sse_event({"text": "a"}), b"data: [DONE]\n"], chunked=False))
    assert [item.text for item in collect(connect().stream("GET", "/s", decoder=deltas))] == ["a"]


def test_read_timeout_mid_stream(
    connect: Connect, server: ScriptedServer, rt: ModuleType, deltas: Any
) -> None:
    server.enqueue(sse_reply([sse_event({"text": "a"}), Pause(2), sse_event({"text": "b"})]))
    stream = connect(timeout=0.2).stream("GET", "/s", decoder=deltas)
    items, error = collect_until_error(stream)
    assert [item.text for item in items] == ["a"]
    assert isinstance(error, rt.ApiTimeoutError)
    assert len(server.requests) == 1


def test_invalid_event_data_raises_validation_error(
    connect: Connect, server: ScriptedServer, rt: ModuleType, deltas: Any, events: Any
) -> None:
    server.enqueue(
        sse_reply([sse_event({"text": "a"}), b"data: {not json}\n\n"]),
        sse_reply([b"data: {not json}\n\n"]),
        sse_reply([sse_event({"type": "delta", "text": 5})]),  # a known variant, wrong shape
    )
    api = connect(strict_response_validation=True)  # the default builds a wrong shape leniently
    items, error = collect_until_error(api.stream("GET", "/s", decoder=deltas))
    assert [item.text for item in items] == ["a"]
    assert isinstance(error, rt.ApiResponseValidationError)
    assert "{not json}" in str(error)
    for _ in range(2):
        with pytest.raises(rt.ApiResponseValidationError):
            collect(api.stream("GET", "/s", decoder=events))


def test_json_lines(connect: Connect, server: ScriptedServer, rt: ModuleType) -> None:
    decoder = rt.EventDecoder(item_type=Delta, format="jsonl")
    body = jsonl({"text": "a"}) + b"\n  \n" + b'{"text": "b"}\r\n' + b'{"text": "c"}'
    server.enqueue(jsonl_reply(chop(body, 5)), jsonl_reply([jsonl({"text": "a"}), b'{"te', Cut()]))
    api = connect()
    assert [item.text for item in collect(api.stream("GET", "/l", decoder=decoder))] == [
        "a",
        "b",
        "c",
    ]
    assert server.requests[0].headers["accept"] == "application/json"
    items, error = collect_until_error(api.stream("GET", "/l", decoder=decoder))
    assert [item.text for item in items] == ["a"]
    assert isinstance(error, rt.ApiConnectionError)


def test_json_lines_close_delimited_cut(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    decoder = rt.EventDecoder(item_type=Delta, format="jsonl")
    server.enqueue(jsonl_reply([jsonl({"text": "a"}), b'{"te'], chunked=False))
    items, error = collect_until_error(connect().stream("GET", "/l", decoder=decoder))
    assert [item.text for item in items] == ["a"]
    assert isinstance(error, rt.ApiConnectionError)


@pytest.mark.parametrize("terminated", [True, False])
def test_consumed_stream_returns_its_connection_to_the_pool(
    connect: Connect, server: ScriptedServer, deltas: Any, terminated: bool
) -> None:
    parts = [sse_event({"text": "a"})] + ([SSE_DONE] if terminated else [])
    server.enqueue(sse_reply(parts), sse_reply(parts))
    api = connect()
    for _ in range(2):
        stream = api.stream("GET", "/s", decoder=deltas)
        assert [item.text for item in stream] == ["a"]
        assert stream.response.is_closed
    first, second = server.requests
    assert first.connection_id == second.connection_id


def test_closing_a_stream_early(
    connect: Connect, server: ScriptedServer, deltas: Any, rt: ModuleType
) -> None:
    endless = [sse_event({"text": str(n)}) for n in range(50)] + [Pause(5)]
    server.enqueue(sse_reply(endless), sse_reply(endless), Reply(200, json={"text": "x"}))
    api = connect()
    stream = api.stream("GET", "/s", decoder=deltas)
    assert next(iter(stream)).text == "0"
    stream.close()
    assert stream.response.is_closed
    with api.stream("GET", "/s", decoder=deltas) as second:
        assert next(iter(second)).text == "0"
    assert second.response.is_closed
    assert api.request("GET", "/after", response_type=Delta).text == "x"  # the client still works


def test_closing_an_unstarted_stream_closes_the_response(
    connect: Connect, server: ScriptedServer, deltas: Any
) -> None:
    server.enqueue(sse_reply([sse_event({"text": "a"}), Pause(5)]))
    stream = connect().stream("GET", "/s", decoder=deltas)
    stream.close()
    assert stream.response.is_closed


def test_raw_response_of_a_stream(
    connect: Connect, server: ScriptedServer, rt: ModuleType, deltas: Any
) -> None:
    server.enqueue(sse_reply([sse_event({"text": "a"}), SSE_DONE], headers={"x-request-id": "r"}))
    api = connect()

    if isinstance(api, AsyncDriver):

        async def operation() -> Any:
            return await api.client.stream("GET", "/s", decoder=deltas)

    else:

        def operation() -> Any:  # type: ignore[misc]
            return api.client.stream("GET", "/s", decoder=deltas)

    raw = api.with_raw_response(operation)()
    assert isinstance(raw, rt.ApiResponse)
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r"
    stream = raw.parse()
    items = list(BlockingStream(api, stream) if isinstance(api, AsyncDriver) else stream)
    assert [item.text for item in items] == ["a"]


def test_many_events_stream(connect: Connect, server: ScriptedServer, events: Any) -> None:
    payload = b"".join(sse_event({"type": "delta", "text": str(n)}) for n in range(500))
    server.enqueue(sse_reply([*chop(payload, 4096), SSE_DONE]))
    items: Iterator[Any] = iter(collect(connect().stream("GET", "/s", decoder=events)))
    assert [item.text for item in items] == [str(n) for n in range(500)]
