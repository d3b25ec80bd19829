"""The generated client's behaviour over real HTTP against our scripted server (tests/servers).

Prism cannot fake failures, pages or streams; the scripted server can. Each test runs for the
sync and the async client through the same `call` helper.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import cohere_client
import pytest
from cohere_client import AsyncClientV2, ClientV2

from tests.servers import (
    SSE_DONE,
    Cut,
    Drop,
    Reply,
    ScriptedServer,
    sse_comment,
    sse_event,
    sse_reply,
)

KEY = "sk-secret-test-key-123"
MODEL = {"name": "command-r", "endpoints": ["chat"], "finetuned": False, "context_length": 128000}


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as scripted:
        yield scripted


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, server: ScriptedServer) -> Callable[..., Any]:
    """call(lambda co: co.models.get("x"), **client_kwargs) with a sync or an async client."""

    def run(operation: Callable[[Any], Any], **kwargs: Any) -> Any:
        options = {"api_key": KEY, "base_url": server.url, "max_retries": 0, **kwargs}
        if request.param == "sync":
            with ClientV2(**options) as co:
                return operation(co)

        async def main() -> Any:
            async with AsyncClientV2(**options) as co:
                result = operation(co)
                return await result if asyncio.iscoroutine(result) else result

        return asyncio.run(main())

    run.mode = request.param  # type: ignore[attr-defined]
    return run


def test_auth_client_name_and_headers_reach_the_server(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    server.enqueue(Reply(200, json=MODEL))
    model = call(
        lambda co: co.models.get("command r/plus"),
        client_name="my-app",
        default_headers={"X-Extra": "1"},
    )
    assert model.name == "command-r"
    sent = server.requests[0]
    assert sent.method == "GET" and sent.path == "/v1/models/command%20r%2Fplus"
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.headers["x-client-name"] == "my-app" and sent.headers["x-extra"] == "1"


def test_api_key_and_base_url_come_from_the_environment_at_construction(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CO_API_KEY", raising=False)
    with ClientV2(base_url=server.url) as co:
        # Raised by the first operation that needs the key, before anything is sent.
        with pytest.raises(
            cohere_client.MissingApiKeyError, match=r"api_key=\.\.\. \(or \$CO_API_KEY\)"
        ):
            co.tokenize(text="a", model="m")
        assert isinstance(co, ClientV2) and server.requests == []
    monkeypatch.setenv("CO_API_KEY", "from-env")
    monkeypatch.setenv("CO_API_URL", server.url)
    server.enqueue(Reply(200, json={"tokens": [1], "token_strings": ["a"]}))
    with ClientV2(max_retries=0) as co:
        assert co.tokenize(text="a", model="m").tokens == [1]
    assert server.requests[0].headers["authorization"] == "Bearer from-env"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, cohere_client.BadRequestError),
        (404, cohere_client.NotFoundError),
        (422, cohere_client.UnprocessableEntityError),
        (498, cohere_client.InvalidTokenError),
        (499, cohere_client.ClientClosedRequestError),
        (501, cohere_client.ApiNotImplementedError),
    ],
)
def test_each_declared_status_raises_its_own_error(
    call: Callable[..., Any], server: ScriptedServer, status: int, error: type[Exception]
) -> None:
    server.enqueue(Reply(status, json={"message": "nope"}))
    with pytest.raises(error) as caught:
        call(lambda co: co.models.get("m"))
    assert isinstance(caught.value, cohere_client.ApiStatusError)
    assert caught.value.status_code == status and caught.value.body == {"message": "nope"}
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)
    assert not issubclass(cohere_client.ApiNotImplementedError, NotImplementedError)


def test_retries_on_503_then_succeeds(call: Callable[..., Any], server: ScriptedServer) -> None:
    server.enqueue(Reply(503, headers={"Retry-After": "0"}), Reply(200, json=MODEL))
    assert call(lambda co: co.models.get("m"), max_retries=2).name == "command-r"
    assert len(server.requests) == 2


def test_a_connection_reset_is_a_typed_connection_error(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    server.enqueue(Drop(rst=True))
    with pytest.raises(cohere_client.ApiConnectionError):
        call(lambda co: co.models.get("m"))


def test_a_stalled_server_raises_the_package_timeout_error(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    server.enqueue(Reply(200, json=MODEL, delay=2))
    with pytest.raises(cohere_client.ApiTimeoutError):
        call(lambda co: co.models.get("m", request_options={"timeout": 0.2}))


def test_unknown_enum_values_and_fields_are_kept(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    server.enqueue(
        Reply(200, json={**MODEL, "endpoints": ["chat", "teleport"], "brand_new": {"x": 1}})
    )
    model = call(lambda co: co.models.get("m"))
    assert model.endpoints == ["chat", "teleport"]
    assert model.model_extra == {"brand_new": {"x": 1}}


def test_an_invalid_body_raises_a_validation_error_showing_status_and_body(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    server.enqueue(
        Reply(200, body=b"<html>gateway hiccup</html>", headers={"content-type": "text/html"})
    )
    with pytest.raises(cohere_client.ApiResponseValidationError) as caught:
        call(lambda co: co.models.get("m"))
    assert "200" in str(caught.value) and "gateway hiccup" in str(caught.value)


def _collect(call: Callable[..., Any], make: Callable[[Any], Any]) -> list[Any]:
    """Drain a sync iterator, or an async one inside the async client's loop."""
    if call.mode == "sync":  # type: ignore[attr-defined]
        return call(lambda co: list(make(co)))

    async def drain(co: Any) -> list[Any]:
        made = make(co)  # an async iterator, or a coroutine that opens a stream
        return [item async for item in (await made if asyncio.iscoroutine(made) else made)]

    return call(drain)


def test_token_pagination_walks_every_page(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    pages = {
        None: {"models": [{**MODEL, "name": "a"}, {**MODEL, "name": "b"}], "next_page_token": "t2"},
        "t2": {"models": [{**MODEL, "name": "c"}], "next_page_token": "t3"},
        "t3": {"models": [{**MODEL, "name": "d"}]},
    }
    server.default = lambda request: Reply(
        200, json=pages[(request.query.get("page_token") or [None])[0]]
    )
    names = [
        m.name for m in _collect(call, lambda co: co.models.iter_list(page_size=2, endpoint="chat"))
    ]
    assert names == ["a", "b", "c", "d"]
    assert [r.query.get("page_token") for r in server.requests] == [None, ["t2"], ["t3"]]
    assert all(r.query["endpoint"] == ["chat"] for r in server.requests)


def test_offset_pagination_walks_every_page(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    connectors = [
        {
            "id": str(i),
            "name": f"c{i}",
            "created_at": "2024-01-01T00:00:00Z",
            "updated_at": "2024-01-01T00:00:00Z",
        }
        for i in range(5)
    ]

    def page(request: Any) -> Reply:
        offset, limit = int(request.query["offset"][0]), int(request.query["limit"][0])
        return Reply(
            200, json={"connectors": connectors[offset : offset + limit], "total_count": 5}
        )

    server.default = page
    found = [c.id for c in _collect(call, lambda co: co.connectors.iter_list(limit=2))]
    assert found == ["0", "1", "2", "3", "4"]
    assert [r.query["offset"] for r in server.requests] == [["0"], ["2"], ["4"]]


def test_raw_response_gives_status_headers_and_parsed_body(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    server.enqueue(
        Reply(200, json={"tokens": [5], "token_strings": ["x"]}, headers={"x-request-id": "r1"}),
        Reply(200, json={"models": [MODEL]}),
    )
    raw = call(lambda co: co.with_raw_response.tokenize(text="x", model="m"))
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r1"
    assert raw.data.tokens == [5] and raw.parse() is raw.data
    page = call(lambda co: co.with_raw_response.models.list())
    assert page.data.models[0].name == "command-r"


CHAT_EVENTS = [
    sse_event({"type": "message-start", "id": "m1", "delta": {"message": {"role": "assistant"}}}),
    sse_comment(),
    b"\n",
    sse_event(
        {
            "type": "content-start",
            "index": 0,
            "delta": {"message": {"content": {"type": "text", "text": ""}}},
        },
        event="content-start",
    ),
    sse_event(
        {"type": "content-delta", "index": 0, "delta": {"message": {"content": {"text": "Hel"}}}},
        newline="\r\n",
    ),
    sse_event(
        '{"type": "content-delta", "index": 0,\n "delta": {"message": {"content": {"text": "lo"}}}}'
    ),
    sse_event(
        {
            "type": "tool-call-start",
            "index": 0,
            "delta": {
                "message": {
                    "tool_calls": {
                        "id": "t1",
                        "type": "function",
                        "function": {"name": "search", "arguments": ""},
                    }
                }
            },
        }
    ),
    sse_event(
        {
            "type": "citation-start",
            "index": 0,
            "delta": {
                "message": {"citations": {"start": 0, "end": 5, "text": "Hello", "sources": []}}
            },
        }
    ),
    sse_event({"type": "citation-end", "index": 0}),
    sse_event({"type": "hologram-delta", "shiny": True}),
    sse_event({"type": "content-end", "index": 0}),
    sse_event(
        {
            "type": "message-end",
            "delta": {
                "finish_reason": "COMPLETE",
                "usage": {"billed_units": {"input_tokens": 1, "output_tokens": 2}},
            },
        }
    ),
    SSE_DONE,
]


def _stream(call: Callable[..., Any], **kwargs: Any) -> list[Any]:
    messages = [{"role": "user", "content": "Hi"}, cohere_client.UserMessage(content="again")]
    return _collect(call, lambda co: co.chat_stream(model="command-a", messages=messages, **kwargs))


def test_chat_stream_yields_typed_events_and_keeps_unknown_ones(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    server.enqueue(sse_reply(CHAT_EVENTS))
    events = _stream(call, temperature=0.5)
    kinds = [type(e).__name__ for e in events]
    assert kinds == [
        "ChatMessageStartEvent",
        "ChatContentStartEvent",
        "ChatContentDeltaEvent",
        "ChatContentDeltaEvent",
        "ChatToolCallStartEvent",
        "ChatCitationStartEvent",
        "ChatCitationEndEvent",
        "UnknownEvent",
        "ChatContentEndEvent",
        "ChatMessageEndEvent",
    ]
    assert (
        "".join(e.delta.message.content.text for e in events if e.type == "content-delta")
        == "Hello"
    )
    assert events[4].delta.message.tool_calls.function.name == "search"
    unknown = events[7]
    assert unknown.type == "hologram-delta" and unknown.data == {
        "type": "hologram-delta",
        "shiny": True,
    }
    body = json.loads(server.requests[0].body)
    assert body["stream"] is True and body["temperature"] == 0.5
    assert body["messages"] == [
        {"role": "user", "content": "Hi"},
        {"role": "user", "content": "again"},
    ]


def test_plain_chat_sends_stream_false(call: Callable[..., Any], server: ScriptedServer) -> None:
    server.enqueue(
        Reply(
            200,
            json={
                "id": "c1",
                "finish_reason": "COMPLETE",
                "message": {"role": "assistant", "content": [{"type": "text", "text": "Hi"}]},
            },
        )
    )
    reply = call(
        lambda co: co.chat(model="command-a", messages=[{"role": "user", "content": "Hi"}])
    )
    assert reply.id == "c1" and json.loads(server.requests[0].body)["stream"] is False


def test_an_error_before_the_stream_starts_raises_the_typed_error(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    server.enqueue(Reply(429, json={"message": "slow down"}, headers={"Retry-After": "0"}))
    with pytest.raises(cohere_client.TooManyRequestsError):
        _stream(call)


def test_a_cut_mid_stream_raises_a_connection_error_after_the_received_events(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    server.enqueue(sse_reply([CHAT_EVENTS[0], CHAT_EVENTS[4], Cut()]))
    received: list[Any] = []

    def consume(co: Any) -> Any:
        stream = co.chat_stream(model="m", messages=[{"role": "user", "content": "Hi"}])
        if call.mode == "sync":  # type: ignore[attr-defined]
            received.extend(stream)
            return None

        async def drain() -> None:
            async for event in await stream:
                received.append(event)

        return drain()

    with pytest.raises(cohere_client.ApiConnectionError):
        call(consume)
    assert [e.type for e in received] == ["message-start", "content-delta"]


def test_a_finished_stream_returns_its_connection_to_the_pool(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    # The official SDK opens a new connection per stream; ours reuses the pooled one.
    server.enqueue(sse_reply(CHAT_EVENTS), Reply(200, json=MODEL))

    def stream_then_call(co: Any) -> Any:
        if call.mode == "sync":  # type: ignore[attr-defined]
            with co.chat_stream(model="m", messages=[]) as stream:
                events = list(stream)
            return events, co.models.get("m")

        async def run() -> Any:
            async with await co.chat_stream(model="m", messages=[]) as stream:
                events = [event async for event in stream]
            return events, await co.models.get("m")

        return run()

    events, model = call(stream_then_call)
    assert len(events) == 10 and model.name == "command-r"
    assert server.requests[0].connection_id == server.requests[1].connection_id


def test_a_stream_closed_early_leaves_the_client_usable(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    server.enqueue(sse_reply(CHAT_EVENTS), Reply(200, json=MODEL))

    def stream_then_call(co: Any) -> Any:
        if call.mode == "sync":  # type: ignore[attr-defined]
            with co.chat_stream(model="m", messages=[]) as stream:
                first = next(iter(stream))
            return first, co.models.get("m")

        async def run() -> Any:
            async with await co.chat_stream(model="m", messages=[]) as stream:
                first = await stream.__anext__()
            return first, await co.models.get("m")

        return run()

    first, model = call(stream_then_call)
    assert first.type == "message-start" and model.name == "command-r"


def test_the_key_never_appears_in_reprs_or_logs(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.enqueue(Reply(200, json=MODEL))
    with (
        caplog.at_level(logging.DEBUG, logger="cohere_client"),
        ClientV2(api_key=KEY, base_url=server.url) as co,
    ):
        co.models.get("m")
        assert KEY not in repr(co) and KEY not in repr(co._client)
    assert caplog.records, "debug logging under the package's logger"
    assert all(KEY not in record.getMessage() for record in caplog.records)


def test_a_maintenance_page_on_a_stream_endpoint_is_a_typed_error(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    page = b"<html><h1>Down for maintenance</h1></html>"
    server.enqueue(Reply(200, body=page, headers={"content-type": "text/html"}))
    with pytest.raises(cohere_client.ApiResponseValidationError) as caught:
        _stream(call)
    assert "not an event stream" in str(caught.value) and "maintenance" in str(caught.value)


def test_a_decompression_bomb_stops_at_max_response_size(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    bomb = gzip.compress(bytes(32 * 1024 * 1024), compresslevel=9)
    server.enqueue(Reply(200, body=bomb, headers={"content-encoding": "gzip"}))
    with pytest.raises(cohere_client.ApiResponseTooLargeError) as caught:
        call(lambda co: co.models.get("m"), max_response_size=1024 * 1024)
    assert caught.value.max_size == 1024 * 1024


def test_the_timeout_bounds_a_trickling_response_as_a_whole(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    server.enqueue(Reply(200, json=MODEL, trickle=0.02))
    started = time.monotonic()
    with pytest.raises(cohere_client.ApiTimeoutError):
        call(lambda co: co.models.get("m"), timeout=0.3)
    assert time.monotonic() - started < 0.8


def test_a_body_of_another_shape_is_returned_leniently_unless_strict(
    call: Callable[..., Any], server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    body = {**MODEL, "context_length": "long", "features": [1, "x"], "finetuned": None}
    server.enqueue(Reply(200, json=body), Reply(200, json=body), Reply(200, json=body))
    with caplog.at_level(logging.WARNING, logger="cohere_client"):
        model = call(lambda co: co.models.get("m"))
    assert isinstance(model, cohere_client.GetModelResponse)
    assert model.name == "command-r" and model.endpoints == ["chat"]
    assert model.context_length == "long" and model.features == [1, "x"]
    (warning,) = [r for r in caplog.records if r.name == "cohere_client"]
    assert "GET /v1/models/{model}" in warning.getMessage()
    assert "context_length" in warning.getMessage()
    with pytest.raises(cohere_client.ApiResponseValidationError):
        call(lambda co: co.models.get("m"), strict_response_validation=True)
    with pytest.raises(cohere_client.ApiResponseValidationError):
        call(lambda co: co.models.get("m", request_options={"strict_response_validation": True}))


def test_content_of_an_unknown_type_is_kept_as_an_unknown_variant(
    call: Callable[..., Any], server: ScriptedServer
) -> None:
    content = [{"type": "text", "text": "Hi"}, {"type": "hologram", "frames": 3}]
    body = {
        "id": "c1",
        "finish_reason": "COMPLETE",
        "message": {"role": "assistant", "content": content},
    }
    server.enqueue(Reply(200, json=body), Reply(200, json=body))
    for strict in (False, True):
        reply = call(
            lambda co: co.chat(model="m", messages=[{"role": "user", "content": "Hi"}]),
            strict_response_validation=strict,
        )
        text, unknown = reply.message.content
        assert isinstance(text, cohere_client.TextContent) and text.text == "Hi"
        assert isinstance(unknown, cohere_client.UnknownVariant)
        assert unknown.data == {"type": "hologram", "frames": 3}
