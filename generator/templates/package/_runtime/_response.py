"""Raw-response access: `client.models.with_raw_response.list()` returns an ApiResponse.

The generated wrappers call the ordinary method under a context variable; the client's `request`
sees it and returns an ApiResponse instead of the parsed value. A context variable (rather than an
argument) keeps the generated method signatures unchanged and is safe with threads and asyncio.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Generic, ParamSpec, TypeVar, cast

import httpx2

__all__ = ["ApiResponse", "async_to_raw_response_wrapper", "to_raw_response_wrapper"]

T = TypeVar("T")
P = ParamSpec("P")

# Read by the clients on every call: True while a raw-response wrapper is running.
raw_response_requested: ContextVar[bool] = ContextVar("raw_response_requested", default=False)


class ApiResponse(Generic[T]):
    """An HTTP response together with its lazily parsed value.

    Parsing waits until `data` or `parse()` is used, so headers stay available even when the body
    does not match the declared type.
    """

    __slots__ = ("_parsed", "_parser", "http_response")
    _UNPARSED = object()

    def __init__(self, http_response: httpx2.Response, parser: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: object = ApiResponse._UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def request(self) -> httpx2.Request:
        return self.http_response.request

    @property
    def elapsed(self) -> datetime.timedelta:
        """Time from sending the request to the end of the response (streams: once closed)."""
        return self.http_response.elapsed

    @property
    def data(self) -> T:
        return self.parse()

    def parse(self) -> T:
        if self._parsed is ApiResponse._UNPARSED:
            self._parsed = self._parser()
        return cast(T, self._parsed)

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<ApiResponse [{self.status_code}] {request.method} {request.url}>"


def to_raw_response_wrapper(func: Callable[P, T]) -> Callable[P, ApiResponse[T]]:
    """Wrap a generated method so that it returns ApiResponse[T] instead of T."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ApiResponse[T]:
        token = raw_response_requested.set(True)
        try:
            return cast(ApiResponse[T], func(*args, **kwargs))
        finally:
            raw_response_requested.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[ApiResponse[T]]]:
    """Wrap an async generated method so that it returns ApiResponse[T] instead of T."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> ApiResponse[T]:
        token = raw_response_requested.set(True)
        try:
            return cast(ApiResponse[T], await func(*args, **kwargs))
        finally:
            raw_response_requested.reset(token)

    return wrapped
