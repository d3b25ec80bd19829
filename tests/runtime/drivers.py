"""Sync and async drivers: one blocking interface over SyncApiClient and AsyncApiClient.

Most behaviours are written once against a driver and run twice: with SyncApiClient, and with
AsyncApiClient driven by a private event loop (`loop.run_until_complete`), so both code paths do
real HTTP against the same scripted server.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from types import ModuleType, TracebackType
from typing import Any, Self

import httpx2

API_KEY = "sk-test-0123456789-secret"


def bearer_settings(rt: ModuleType, key: str = API_KEY) -> dict[str, Any]:
    """ClientSettings keywords of a client that sends `Authorization: Bearer <key>`, as a
    generated client of a spec with one bearer scheme does."""
    return {
        "credentials": {"api_key": key},
        "credential_env": {"api_key": "TEST_API_KEY"},
        "security_schemes": {"bearer": rt.HttpAuth("Bearer", credential="api_key")},
        "security": (("bearer",),),
    }


class SyncDriver:
    """Calls a SyncApiClient directly."""

    kind = "sync"

    def __init__(self, rt: ModuleType, settings: Any, own_http_client: bool) -> None:
        self.rt = rt
        self.http_client = httpx2.Client() if own_http_client else None
        self.client = rt.SyncApiClient(settings, self.http_client)

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.client.request(method, path, **kwargs)

    def stream(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.client.stream(method, path, **kwargs)

    def operation(self, method: str, path: str, **kwargs: Any) -> Callable[..., Any]:
        """What a generated method looks like: a function that calls `request`."""

        def operation(**overrides: Any) -> Any:
            return self.client.request(method, path, **{**kwargs, **overrides})

        return operation

    def with_raw_response(self, operation: Callable[..., Any]) -> Callable[..., Any]:
        wrapped: Callable[..., Any] = self.rt.to_raw_response_wrapper(operation)
        return wrapped

    def run(self, value: Any) -> Any:
        return value

    def http_client_is_closed(self) -> bool:
        assert self.http_client is not None
        return bool(self.http_client.is_closed)

    def close(self) -> None:
        self.client.close()
        if self.http_client is not None:
            self.http_client.close()


class AsyncDriver:
    """Runs an AsyncApiClient on a private event loop, behind the same blocking interface."""

    kind = "async"

    def __init__(self, rt: ModuleType, settings: Any, own_http_client: bool) -> None:
        self.rt = rt
        self.loop = asyncio.new_event_loop()
        self.http_client = httpx2.AsyncClient() if own_http_client else None
        self.client = rt.AsyncApiClient(settings, self.http_client)

    def run(self, value: Any) -> Any:
        return self.loop.run_until_complete(value) if asyncio.iscoroutine(value) else value

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        return self.run(self.client.request(method, path, **kwargs))

    def stream(self, method: str, path: str, **kwargs: Any) -> Any:
        result = self.run(self.client.stream(method, path, **kwargs))
        return BlockingStream(self, result) if isinstance(result, self.rt.AsyncStream) else result

    def operation(self, method: str, path: str, **kwargs: Any) -> Callable[..., Awaitable[Any]]:
        async def operation(**overrides: Any) -> Any:
            return await self.client.request(method, path, **{**kwargs, **overrides})

        return operation

    def with_raw_response(self, operation: Callable[..., Awaitable[Any]]) -> Callable[..., Any]:
        wrapped = self.rt.async_to_raw_response_wrapper(operation)
        return lambda **kwargs: self.run(wrapped(**kwargs))

    def http_client_is_closed(self) -> bool:
        assert self.http_client is not None
        return bool(self.http_client.is_closed)

    def close(self) -> None:
        self.run(self.client.aclose())
        if self.http_client is not None:
            self.run(self.http_client.aclose())
        self.loop.close()


class BlockingStream:
    """An AsyncStream seen through a blocking iterator, so stream tests serve both clients."""

    def __init__(self, driver: AsyncDriver, stream: Any) -> None:
        self._driver = driver
        self.stream = stream
        self.response = stream.response

    @property
    def last_event_id(self) -> str | None:
        value: str | None = self.stream.last_event_id
        return value

    def __iter__(self) -> BlockingStream:
        return self

    def __next__(self) -> Any:
        try:
            return self._driver.run(self.stream.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def close(self) -> None:
        self._driver.run(self.stream.aclose())

    def __enter__(self) -> Self:
        self._driver.run(self.stream.__aenter__())
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._driver.run(self.stream.__aexit__(exc_type, exc, tb))


Driver = SyncDriver | AsyncDriver
Connect = Callable[..., Driver]
