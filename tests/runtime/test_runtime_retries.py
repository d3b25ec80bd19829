"""Retries, backoff, timeouts and transport failures, over real HTTP, with both clients."""

from __future__ import annotations

import email.utils
import logging
import math
import socket
import time
from types import ModuleType

import pytest
from pydantic import BaseModel

from tests.servers import Drop, Reply, ScriptedServer, Stall

from .drivers import API_KEY, Connect


class Model(BaseModel):
    id: str


OK = Reply(200, json={"id": "ok"})


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried(
    connect: Connect, server: ScriptedServer, status: int
) -> None:
    server.enqueue(Reply(status, json={"message": "busy"}), OK)
    assert connect().request("POST", "/v1/x", body={"a": 1}, response_type=Model) == Model(id="ok")
    assert len(server.requests) == 2
    assert server.requests[1].json() == {"a": 1}  # the body is sent again


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_other_statuses_are_not_retried(
    connect: Connect, server: ScriptedServer, rt: ModuleType, status: int
) -> None:
    server.enqueue(Reply(status), OK)
    with pytest.raises(rt.ApiStatusError):
        connect().request("GET", "/v1/x", response_type=Model)
    assert len(server.requests) == 1


def test_gives_up_after_max_retries(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = Reply(503, json={"message": "down"})
    with pytest.raises(rt.ApiStatusError) as caught:
        connect(max_retries=3).request("GET", "/v1/x", response_type=Model)
    assert caught.value.status_code == 503
    assert len(server.requests) == 4


def test_max_retries_per_request(connect: Connect, server: ScriptedServer, rt: ModuleType) -> None:
    server.default = Reply(503)
    api = connect(max_retries=5)
    with pytest.raises(rt.ApiStatusError):
        api.request("GET", "/v1/x", response_type=Model, options={"max_retries": 0})
    assert len(server.requests) == 1
    server.clear()
    server.enqueue(Reply(503), OK)
    api = connect(max_retries=0)
    api.request("GET", "/v1/x", response_type=Model, options={"max_retries": 1})
    assert len(server.requests) == 2


def test_x_should_retry_header_forces_the_decision(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    api = connect()
    server.enqueue(Reply(400, headers={"x-should-retry": "true"}), OK)
    assert api.request("GET", "/v1/a", response_type=Model) == Model(id="ok")
    assert len(server.requests) == 2
    server.clear()
    server.enqueue(Reply(503, headers={"x-should-retry": "false"}), OK)
    with pytest.raises(rt.ApiStatusError):
        api.request("GET", "/v1/b", response_type=Model)
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "0"},
        {"retry-after": "0.05"},
        {"retry-after-ms": "20"},
        {"retry-after-ms": "junk", "retry-after": "0"},
        {"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"},  # a date in the past: now
    ],
)
def test_retry_after_is_honoured(
    connect: Connect,
    server: ScriptedServer,
    rt: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    headers: dict[str, str],
) -> None:
    # Our own backoff would wait 2.25 s or more: finishing sooner proves the server's delay was used.
    monkeypatch.setattr(rt._retry, "INITIAL_RETRY_DELAY", 3.0)
    monkeypatch.setattr(rt._retry, "MAX_RETRY_DELAY", 3.0)
    server.enqueue(Reply(429, headers=headers), OK)
    started = time.monotonic()
    connect().request("GET", "/v1/x", response_type=Model)
    assert time.monotonic() - started < 2.0
    assert len(server.requests) == 2


def test_retry_after_http_date_in_the_future(connect: Connect, server: ScriptedServer) -> None:
    # HTTP dates have whole seconds: pick one at least 0.3 s ahead.
    target = math.floor(time.time()) + 1
    if target - time.time() < 0.3:
        target += 1
    server.enqueue(
        Reply(503, headers={"retry-after": email.utils.formatdate(target, usegmt=True)}), OK
    )
    started = time.monotonic()
    connect().request("GET", "/v1/x", response_type=Model)
    assert time.monotonic() - started > 0.2  # waited for the date, not the 1 ms backoff


def test_retry_after_beyond_cap_is_ignored(
    connect: Connect, server: ScriptedServer, rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rt._retry, "MAX_RETRY_AFTER", 0.5)  # stands in for the 60 s cap
    server.enqueue(Reply(429, headers={"retry-after": "3"}), OK)
    started = time.monotonic()
    connect().request("GET", "/v1/x", response_type=Model)
    assert time.monotonic() - started < 1.5  # fell back to the (tiny) backoff


def test_retry_after_cap_is_sixty_seconds(rt: ModuleType) -> None:
    assert rt._retry.MAX_RETRY_AFTER == 60.0


def test_backoff_is_exponential_with_jitter_and_capped(
    rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rt._retry, "INITIAL_RETRY_DELAY", 0.5)
    monkeypatch.setattr(rt._retry, "MAX_RETRY_DELAY", 8.0)
    for retries_done, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        delays = {rt._retry.retry_delay(retries_done, None) for _ in range(50)}
        assert all(ceiling * 0.75 <= delay <= ceiling for delay in delays)
        assert len(delays) > 1  # jittered


def test_connection_reset_is_retried(connect: Connect, server: ScriptedServer) -> None:
    server.enqueue(Drop(rst=True), Drop(rst=False), OK)
    assert connect().request("GET", "/v1/x", response_type=Model) == Model(id="ok")
    assert len(server.requests) == 3


def test_connection_reset_without_retries_raises_connection_error(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.enqueue(Drop(rst=True))
    with pytest.raises(rt.ApiConnectionError) as caught:
        connect(max_retries=0).request("GET", "/v1/x", response_type=Model)
    assert type(caught.value) is rt.ApiConnectionError
    assert caught.value.request.url.path == "/v1/x"
    assert isinstance(caught.value.__cause__, Exception)  # the httpx2 error is chained, not raised


def test_connect_refused_raises_connection_error(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    api = connect(base_url=f"http://127.0.0.1:{free_port}", max_retries=1)
    with pytest.raises(rt.ApiConnectionError):
        api.request("GET", "/v1/x", response_type=Model)


def test_timeout_raises_timeout_error(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.enqueue(Stall(5))
    started = time.monotonic()
    with pytest.raises(rt.ApiTimeoutError) as caught:
        connect(timeout=0.2, max_retries=0).request("GET", "/v1/x", response_type=Model)
    assert time.monotonic() - started < 1.5
    assert isinstance(caught.value, rt.ApiConnectionError)


def test_timeout_is_retried(connect: Connect, server: ScriptedServer) -> None:
    server.enqueue(Stall(5), OK)
    assert connect(timeout=0.2).request("GET", "/v1/x", response_type=Model) == Model(id="ok")
    assert len(server.requests) == 2


def test_timeout_per_request(connect: Connect, server: ScriptedServer, rt: ModuleType) -> None:
    server.enqueue(
        Reply(200, json={"id": "slow"}, delay=0.4), Reply(200, json={"id": "slow"}, delay=0.4)
    )
    api = connect(timeout=0.2, max_retries=0)
    assert api.request("GET", "/v1/x", response_type=Model, options={"timeout": 3.0}).id == "slow"
    api = connect(timeout=5.0, max_retries=0)
    with pytest.raises(rt.ApiTimeoutError):
        api.request("GET", "/v1/x", response_type=Model, options={"timeout": 0.1})


def test_debug_logging_redacts_and_describes_retries(
    connect: Connect, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="test_client")
    server.enqueue(Reply(503), OK)
    connect().request("GET", "/v1/x", query={"q": "1"}, response_type=Model)
    lines = [record.getMessage() for record in caplog.records if record.name == "test_client"]
    assert len(lines) == 5, lines  # request, response, retry, request, response
    request_line, response_line, retry_line = lines[:3]
    assert request_line.startswith(f"HTTP request: GET {server.url}/v1/x?q=1")
    assert "'authorization': '<redacted>'" in request_line
    assert response_line.startswith(f"HTTP response: 503 GET {server.url}/v1/x?q=1 in ")
    assert retry_line.startswith(f"Retrying GET {server.url}/v1/x?q=1 in ")
    assert "(retry 1 of 2) after status 503" in retry_line
    assert lines[4].startswith("HTTP response: 200")
    assert all(API_KEY not in line for line in lines)
    assert all(API_KEY not in record.getMessage() for record in caplog.records)


def test_no_log_records_unless_debug_is_enabled(
    connect: Connect, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="test_client")
    server.enqueue(Reply(503), OK)
    connect().request("GET", "/v1/x", response_type=Model)
    assert [record for record in caplog.records if record.name == "test_client"] == []


def test_debug_logging_scrubs_the_key_anywhere(
    connect: Connect, server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="test_client")
    server.enqueue(Reply(500), OK)
    api = connect(default_headers={"X-Backup-Key": API_KEY})
    api.request("GET", "/v1/x", query={"key": API_KEY}, response_type=Model)
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) >= 5
    assert all(API_KEY not in message for message in messages)
    assert "'x-backup-key': '<redacted>'" in messages[0]
