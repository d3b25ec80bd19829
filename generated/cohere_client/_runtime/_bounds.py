"""Bounds on one request: a deadline for the whole exchange, and a maximum response size.

httpx2's timeouts bound each network operation, so a server that trickles its headers or body one
byte at a time never trips them. The client's own connections therefore go through a network
backend that caps every operation's timeout at the time left before the deadline of the request in
progress. The deadline lives in a context variable, so each thread and each asyncio task sees its
own. The body-reading loops also check it between chunks, which bounds a caller-supplied http
client too (its connections are not ours to wrap: for it, connecting and waiting for the headers
are bounded per operation only).

Response bodies are read in chunks and counted after decompression (httpx2 decompresses in
bounded steps), so neither a huge body nor a decompression bomb is held in memory.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Any

import httpx2

from ._exceptions import ApiResponseTooLargeError

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "aread_body",
    "deadline_after",
    "expired",
    "read_body",
    "request_deadline",
    "route_through_deadline",
    "too_large",
    "total_timeout",
]

# Generous: well above any JSON an API returns, far below what would hurt a process.
DEFAULT_MAX_RESPONSE_SIZE = 256 * 1024 * 1024

# time.monotonic() by which the request in progress must be done; None: no deadline.
request_deadline: ContextVar[float | None] = ContextVar("request_deadline", default=None)

_EXPIRED = "deadline passed"


def total_timeout(timeout: float | httpx2.Timeout | None) -> float | None:
    """Seconds the whole request may take: the number itself, or the largest of an
    httpx2.Timeout's connect, read and write limits (None: no limit)."""
    if isinstance(timeout, httpx2.Timeout):
        parts = [
            part for part in (timeout.connect, timeout.read, timeout.write) if part is not None
        ]
        return max(parts) if parts else None
    return timeout


def deadline_after(seconds: float | None) -> float | None:
    return None if seconds is None else time.monotonic() + seconds


def expired(request: httpx2.Request) -> httpx2.ReadTimeout:
    """The error for a deadline found passed between two chunks: httpx2's own, so that it is
    retried and reported like one raised inside httpx2."""
    return httpx2.ReadTimeout(_EXPIRED, request=request)


def read_body(response: httpx2.Response, max_size: int, deadline: float | None) -> bytes:
    """Read a streamed response's (decoded) body, within `max_size` bytes and the deadline.

    The body is also kept on the response, so that `response.content` works as usual.
    """
    chunks: list[bytes] = []
    size = 0
    try:
        _check_declared_size(response, max_size)
        for chunk in response.iter_bytes():
            size += len(chunk)
            _check_progress(response, size, max_size, deadline)
            chunks.append(chunk)
    finally:
        response.close()
    return _keep(response, chunks)


async def aread_body(response: httpx2.Response, max_size: int, deadline: float | None) -> bytes:
    """Async counterpart of read_body."""
    chunks: list[bytes] = []
    size = 0
    try:
        _check_declared_size(response, max_size)
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            _check_progress(response, size, max_size, deadline)
            chunks.append(chunk)
    finally:
        await response.aclose()
    return _keep(response, chunks)


def _check_declared_size(response: httpx2.Response, max_size: int) -> None:
    # Without a content encoding, a Content-Length over the limit can be refused before reading.
    declared = response.headers.get("content-length")
    if (
        declared is not None
        and declared.isdigit()
        and int(declared) > max_size
        and "content-encoding" not in response.headers
    ):
        raise too_large(response, max_size)


def _check_progress(
    response: httpx2.Response, size: int, max_size: int, deadline: float | None
) -> None:
    if size > max_size:
        raise too_large(response, max_size)
    if deadline is not None and time.monotonic() > deadline:
        raise expired(response.request)


def _keep(response: httpx2.Response, chunks: list[bytes]) -> bytes:
    body = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    # What Response.read() would have stored; httpx2 has no public way to set it.
    response._content = body
    return body


def too_large(response: httpx2.Response, max_size: int) -> ApiResponseTooLargeError:
    request = response.request
    return ApiResponseTooLargeError(
        f"{response.status_code} response to {request.method} {request.url} is larger than "
        f"max_response_size ({max_size} bytes once decompressed)",
        response=response,
        max_size=max_size,
    )


# -- the network backend -------------------------------------------------------------------------


# The classes below implement httpcore2's NetworkBackend and NetworkStream interfaces without
# naming them: httpx2 imports httpcore2 only when it makes its first transport, and importing it
# here would add ~25 ms to importing the client.


def _bounded(timeout: float | None, operation: str) -> float | None:
    """`timeout`, shortened to the time left before the deadline; httpcore2's timeout error for
    `operation` ("Read", "Write" or "Connect") once the deadline has passed."""
    deadline = request_deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0.0:
        import httpcore2

        raise getattr(httpcore2, f"{operation}Timeout")(_EXPIRED)
    return left if timeout is None or left < timeout else timeout


class _DeadlineStream:
    __slots__ = ("_stream",)

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(max_bytes, _bounded(timeout, "Read"))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, "Write"))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _DeadlineStream:
        bounded = _bounded(timeout, "Connect")
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, bounded))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend:
    __slots__ = ("_backend",)

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _DeadlineStream:
        bounded = _bounded(timeout, "Connect")
        stream = self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _DeadlineStream:
        bounded = _bounded(timeout, "Connect")
        return _DeadlineStream(self._backend.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncDeadlineStream:
    __slots__ = ("_stream",)

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._stream.read(max_bytes, _bounded(timeout, "Read"))
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _bounded(timeout, "Write"))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _AsyncDeadlineStream:
        bounded = _bounded(timeout, "Connect")
        stream = await self._stream.start_tls(ssl_context, server_hostname, bounded)
        return _AsyncDeadlineStream(stream)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncDeadlineBackend:
    __slots__ = ("_backend",)

    def __init__(self, backend: Any) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _AsyncDeadlineStream:
        bounded = _bounded(timeout, "Connect")
        stream = await self._backend.connect_tcp(host, port, bounded, local_address, socket_options)
        return _AsyncDeadlineStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _AsyncDeadlineStream:
        bounded = _bounded(timeout, "Connect")
        stream = await self._backend.connect_unix_socket(path, bounded, socket_options)
        return _AsyncDeadlineStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def route_through_deadline(http_client: httpx2.Client | httpx2.AsyncClient) -> None:
    """Make the connections of an http client we created honour `request_deadline`.

    httpx2 has no public way to choose a transport's network backend, so this replaces it on the
    connection pools of the client's transports (its own and those of proxies from the
    environment) before any connection exists. A transport without one is left alone: the
    checks between body chunks still apply there.
    """
    wrapper = _DeadlineBackend if isinstance(http_client, httpx2.Client) else _AsyncDeadlineBackend
    transports = [http_client._transport, *http_client._mounts.values()]
    for transport in transports:
        pool: Any = getattr(transport, "_pool", None)
        if hasattr(pool, "_network_backend"):
            pool._network_backend = wrapper(pool._network_backend)
