"""The client under hostile servers, over real HTTP, with both clients.

Every exception that leaves a client method must be an ApiError: the table below pairs one server
behaviour with the ApiError subclass it must end in. Then the whole-request deadline (a trickling
server ends near the timeout, not after it) and the response size limit in detail.
"""

from __future__ import annotations

import gzip
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import httpx2
import pytest
from pydantic import BaseModel

from tests.servers import (
    SSE_DONE,
    Cut,
    Drop,
    Pause,
    Raw,
    Reply,
    ScriptedServer,
    Stall,
    StreamReply,
    jsonl_reply,
    sse_event,
    sse_reply,
)

from .drivers import Connect, Driver

LIMIT = 1024 * 1024  # max_response_size in these tests
TIMEOUT = 0.3


class Item(BaseModel):
    id: str


class Delta(BaseModel):
    text: str


def _bomb(compress: Callable[[bytes], bytes]) -> bytes:
    # 64 MiB of zeros: ~64 KiB compressed, 64 times the limit once decompressed.
    return compress(bytes(64 * LIMIT))


GZIP_BOMB = _bomb(lambda data: gzip.compress(data, compresslevel=9))
DEFLATE_BOMB = _bomb(lambda data: zlib.compress(data, 9))
DEEP_JSON = b"[" * 100_000 + b"]" * 100_000
OVERSIZE = b'{"id": "' + b"x" * (2 * LIMIT) + b'"}'
HTML_PAGE = b"<html><body><h1>Down for maintenance</h1></body></html>"


def _trickled(payload: bytes, interval: float) -> list[bytes | Pause]:
    parts: list[bytes | Pause] = []
    for i in range(len(payload)):
        parts += [payload[i : i + 1], Pause(interval)]
    return parts


@dataclass(frozen=True)
class Case:
    action: Any
    error: str | None  # name of the runtime's exception class; None: must succeed
    stream: bool = False
    response_type: Any = Item


CASES: dict[str, Case] = {
    "headers trickled": Case(Reply(200, json={"id": "a"}, trickle=0.05), "ApiTimeoutError"),
    "body trickled": Case(
        StreamReply(_trickled(b'{"id": "abcdefghijklmnopqrstuvwxyz"}', 0.05)), "ApiTimeoutError"
    ),
    "no answer": Case(Stall(5), "ApiTimeoutError"),
    "reset before the response": Case(Drop(rst=True), "ApiConnectionError"),
    "closed before the response": Case(Drop(rst=False), "ApiConnectionError"),
    "reset mid-body": Case(StreamReply([b'{"id": ', Cut(rst=True)]), "ApiConnectionError"),
    "cut mid-body (chunked)": Case(StreamReply([b'{"id": ', Cut()]), "ApiConnectionError"),
    "body shorter than Content-Length": Case(
        Raw(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{}"), "ApiConnectionError"
    ),
    "invalid chunked encoding": Case(
        Raw(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"),
        "ApiConnectionError",
    ),
    "garbage status line": Case(Raw(b"SPDY/9 what\r\n\r\n"), "ApiConnectionError"),
    "corrupt gzip": Case(
        Reply(200, body=b"not gzip at all", headers={"Content-Encoding": "gzip"}),
        "ApiConnectionError",
    ),
    "gzip bomb": Case(
        Reply(200, body=GZIP_BOMB, headers={"Content-Encoding": "gzip"}),
        "ApiResponseTooLargeError",
    ),
    "deflate bomb": Case(
        Reply(200, body=DEFLATE_BOMB, headers={"Content-Encoding": "deflate"}),
        "ApiResponseTooLargeError",
    ),
    "oversize (Content-Length)": Case(Reply(200, body=OVERSIZE), "ApiResponseTooLargeError"),
    "oversize (chunked)": Case(
        StreamReply([OVERSIZE[i : i + 65536] for i in range(0, len(OVERSIZE), 65536)]),
        "ApiResponseTooLargeError",
    ),
    "oversize error body": Case(Reply(500, body=OVERSIZE), "ApiResponseTooLargeError"),
    "deep JSON": Case(
        Reply(200, body=DEEP_JSON, headers={"Content-Type": "application/json"}),
        "ApiResponseValidationError",
    ),
    "deep JSON, any type": Case(
        Reply(200, body=DEEP_JSON, headers={"Content-Type": "application/json"}),
        "ApiResponseValidationError",
        response_type=object,
    ),
    "deep JSON error body": Case(
        Reply(400, body=DEEP_JSON, headers={"Content-Type": "application/json"}), "ApiStatusError"
    ),
    "invalid JSON": Case(
        Reply(200, body=b'{"id": ', headers={"Content-Type": "application/json"}),
        "ApiResponseValidationError",
    ),
    "invalid UTF-8 in JSON": Case(
        Reply(200, body=b'{"id": "\xff\xfe"}', headers={"Content-Type": "application/json"}),
        "ApiResponseValidationError",
    ),
    "HTML page for JSON": Case(
        Reply(200, body=HTML_PAGE, headers={"Content-Type": "text/html"}),
        "ApiResponseValidationError",
    ),
    "unknown charset for text": Case(
        Reply(200, body=b"caf\xe9", headers={"Content-Type": "text/plain; charset=no-such"}),
        None,
        response_type=str,
    ),
    "not found": Case(Reply(404, json={"message": "no"}), "ApiStatusError"),
    "redirect loop": Case(
        lambda request: Reply(302, headers={"Location": request.path}), "ApiConnectionError"
    ),
    # Streams
    "stream: HTML page with status 200": Case(
        Reply(200, body=HTML_PAGE, headers={"Content-Type": "text/html"}),
        "ApiResponseValidationError",
        stream=True,
    ),
    "stream: headers trickled": Case(
        Reply(
            200,
            body=sse_event({"text": "a"}),
            headers={"Content-Type": "text/event-stream"},
            trickle=0.05,
        ),
        "ApiTimeoutError",
        stream=True,
    ),
    "stream: event trickled": Case(
        sse_reply(_trickled(sse_event({"text": "abcdefghijklmnopqrstuvwxyz"}), 0.05)),
        "ApiTimeoutError",
        stream=True,
    ),
    "stream: silent after an event": Case(
        sse_reply([sse_event({"text": "a"}), Pause(5)]), "ApiTimeoutError", stream=True
    ),
    "stream: event too large": Case(
        sse_reply([b"data: " + b"x" * 65536] * 20), "ApiResponseTooLargeError", stream=True
    ),
    "stream: line without end too large": Case(
        jsonl_reply([b"x" * 65536] * 20), "ApiResponseTooLargeError", stream=True
    ),
    "stream: invalid JSON event": Case(
        sse_reply([b"data: {not json\n\n", SSE_DONE]), "ApiResponseValidationError", stream=True
    ),
    "stream: reset mid-event": Case(
        sse_reply([b'data: {"text": ', Cut(rst=True)]), "ApiConnectionError", stream=True
    ),
    "stream: cut mid-event": Case(
        sse_reply([sse_event({"text": "a"}), b'data: {"te', Cut()]),
        "ApiConnectionError",
        stream=True,
    ),
    "stream: corrupt gzip": Case(
        sse_reply([b"not gzip"], headers={"Content-Encoding": "gzip"}),
        "ApiConnectionError",
        stream=True,
    ),
    "stream: error status with deep JSON": Case(
        Reply(500, body=DEEP_JSON, headers={"Content-Type": "application/json"}),
        "ApiStatusError",
        stream=True,
    ),
}


def _consume(api: Driver, rt: ModuleType, case: Case) -> Any:
    if case.stream:
        stream = api.stream("POST", "/v1/chat", decoder=rt.EventDecoder(item_type=Delta))
        with stream:
            return list(stream)
    return api.request("GET", "/v1/items/1", response_type=case.response_type)


@pytest.mark.parametrize("name", list(CASES))
def test_every_failure_is_an_api_error(
    connect: Connect, server: ScriptedServer, rt: ModuleType, name: str
) -> None:
    case = CASES[name]
    server.default = case.action
    api = connect(timeout=TIMEOUT, max_retries=0, max_response_size=LIMIT)
    started = time.monotonic()
    if case.error is None:  # a case that must succeed
        _consume(api, rt, case)
        return
    with pytest.raises(rt.ApiError) as caught:
        _consume(api, rt, case)
    assert type(caught.value).__name__ == case.error or isinstance(
        caught.value, getattr(rt, case.error)
    ), f"{name}: {type(caught.value).__name__}: {caught.value}"
    assert time.monotonic() - started < TIMEOUT + 1.5, name


# -- the whole-request deadline ----------------------------------------------------------------

SLOW_BODY = b'{"id": "' + b"x" * 200 + b'"}'


def _elapsed(call: Callable[[], Any]) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        call()
    except Exception as exc:  # noqa: BLE001 - the caller inspects it
        return time.monotonic() - started, exc
    return time.monotonic() - started, None


@pytest.mark.parametrize(
    "action",
    [
        Reply(200, body=SLOW_BODY, trickle=0.02),
        StreamReply(_trickled(SLOW_BODY, 0.02)),
    ],
    ids=["headers", "body"],
)
def test_trickling_server_ends_at_the_timeout(
    connect: Connect, server: ScriptedServer, rt: ModuleType, action: Any
) -> None:
    server.default = action
    api = connect(timeout=0.5, max_retries=0)
    elapsed, error = _elapsed(lambda: api.request("GET", "/slow", response_type=Item))
    assert isinstance(error, rt.ApiTimeoutError), error
    assert "not complete within its 0.5 s timeout" in str(error)
    assert 0.5 <= elapsed < 0.8


def test_trickled_body_ends_at_the_timeout_with_a_callers_http_client(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    # The caller's connections are not ours to wrap; the checks between chunks still bound it.
    server.default = StreamReply(_trickled(SLOW_BODY, 0.02))
    api = connect(timeout=0.5, max_retries=0, own_http_client=True)
    elapsed, error = _elapsed(lambda: api.request("GET", "/slow", response_type=Item))
    assert isinstance(error, rt.ApiTimeoutError), error
    assert 0.5 <= elapsed < 0.8


def test_each_attempt_has_its_own_deadline(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.enqueue(Reply(200, body=SLOW_BODY, trickle=0.02), Reply(200, json={"id": "ok"}))
    api = connect(timeout=0.3, max_retries=1)
    elapsed, error = _elapsed(lambda: api.request("GET", "/slow", response_type=Item))
    assert error is None
    assert 0.3 <= elapsed < 0.6
    assert len(server.requests) == 2


def test_per_request_timeout_and_httpx_timeout(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = Reply(200, body=SLOW_BODY, trickle=0.02)
    api = connect(timeout=30.0, max_retries=0)
    options = {"timeout": 0.2}
    elapsed, error = _elapsed(
        lambda: api.request("GET", "/slow", response_type=Item, options=options)
    )
    assert isinstance(error, rt.ApiTimeoutError) and 0.2 <= elapsed < 0.5
    # An httpx2.Timeout: the whole request may take as long as its largest part.
    options = {"timeout": httpx2.Timeout(0.1, read=0.4)}
    elapsed, error = _elapsed(
        lambda: api.request("GET", "/slow", response_type=Item, options=options)
    )
    assert isinstance(error, rt.ApiTimeoutError) and 0.4 <= elapsed < 0.7


def test_a_stream_may_outlive_its_timeout_while_events_keep_coming(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    parts: list[bytes | Pause] = []
    for i in range(6):
        parts += [Pause(0.15), sse_event({"text": str(i)})]
    server.default = sse_reply([*parts, SSE_DONE])
    api = connect(timeout=0.3, max_retries=0)
    started = time.monotonic()
    stream = api.stream("POST", "/v1/chat", decoder=rt.EventDecoder(item_type=Delta))
    with stream:
        texts = [event.text for event in stream]
    assert texts == ["0", "1", "2", "3", "4", "5"]
    assert time.monotonic() - started > 0.85


def test_time_spent_by_the_consumer_does_not_count(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = sse_reply([sse_event({"text": "a"}), sse_event({"text": "b"}), SSE_DONE])
    api = connect(timeout=0.2, max_retries=0)
    stream = api.stream("POST", "/v1/chat", decoder=rt.EventDecoder(item_type=Delta))
    texts = []
    with stream:
        for event in stream:
            time.sleep(0.3)
            texts.append(event.text)
    assert texts == ["a", "b"]


def test_stream_waiting_too_long_for_the_next_event(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = sse_reply([sse_event({"text": "a"}), b'data: {"te', Pause(3)])
    api = connect(timeout=0.3, max_retries=0)
    stream = api.stream("POST", "/v1/chat", decoder=rt.EventDecoder(item_type=Delta))
    received: list[str] = []
    started = time.monotonic()
    with pytest.raises(rt.ApiTimeoutError), stream:
        for event in stream:
            received.append(event.text)
            started = time.monotonic()
    assert received == ["a"]
    assert 0.3 <= time.monotonic() - started < 0.6


# -- the response size limit -------------------------------------------------------------------


def test_the_default_limit_is_generous(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = Reply(200, body=OVERSIZE, headers={"Content-Encoding": "identity"})
    assert len(connect().request("GET", "/big", response_type=Item).id) == 2 * LIMIT
    assert rt.ClientSettings(base_url="x").max_response_size == 256 * 1024 * 1024


def test_too_large_names_the_limit_and_frees_the_connection(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.enqueue(
        Reply(200, body=GZIP_BOMB, headers={"Content-Encoding": "gzip"}),
        Reply(200, json={"id": "next"}),
    )
    api = connect(max_response_size=LIMIT)
    with pytest.raises(rt.ApiResponseTooLargeError) as caught:
        api.request("GET", "/bomb", response_type=Item)
    assert caught.value.max_size == LIMIT and caught.value.status_code == 200
    assert "larger than max_response_size (1048576 bytes" in str(caught.value)
    assert api.request("GET", "/next", response_type=Item).id == "next"


def test_a_large_stream_of_small_events_is_fine(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    event = sse_event({"text": "x" * 1000})
    server.default = sse_reply([event * 100] * 30 + [SSE_DONE])  # ~3 MB, three times the limit
    api = connect(max_response_size=LIMIT)
    stream = api.stream("POST", "/v1/chat", decoder=rt.EventDecoder(item_type=Delta))
    with stream:
        assert sum(1 for _ in stream) == 3000
