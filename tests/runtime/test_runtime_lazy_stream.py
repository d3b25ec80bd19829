"""LazyAsyncStream: what generated async streaming methods return, used three ways."""

from __future__ import annotations

import functools
from types import ModuleType
from typing import Any

import pytest
from pydantic import BaseModel

from tests.servers import SSE_DONE, Reply, ScriptedServer, sse_event, sse_reply

from .drivers import bearer_settings

API_KEY = "sk-lazy-stream-key"


class Item(BaseModel):
    id: str


def _events() -> Any:
    return sse_reply([sse_event({"id": "1"}), sse_event({"id": "2"}), SSE_DONE])


def _lazy(rt: ModuleType, client: Any) -> Any:
    decoder = rt.EventDecoder(item_type=Item)
    return rt.LazyAsyncStream(functools.partial(client.stream, "POST", "/s", decoder=decoder))


@pytest.fixture
def settings(rt: ModuleType, server: ScriptedServer) -> Any:
    return rt.ClientSettings(
        base_url=server.url, **bearer_settings(rt, API_KEY), timeout=2.0, max_retries=0
    )


@pytest.mark.asyncio
async def test_async_for_directly_sends_once_and_closes(
    rt: ModuleType, server: ScriptedServer, settings: Any
) -> None:
    server.enqueue(_events())
    async with rt.AsyncApiClient(settings) as client:
        lazy = _lazy(rt, client)
        assert server.requests == []  # nothing is sent until the stream is used
        assert [item.id async for item in lazy] == ["1", "2"]
        stream = await lazy  # the same, already open stream
        assert stream.response.is_closed
    assert len(server.requests) == 1


@pytest.mark.asyncio
async def test_async_with_and_await(rt: ModuleType, server: ScriptedServer, settings: Any) -> None:
    server.enqueue(_events(), _events())
    async with rt.AsyncApiClient(settings) as client:
        async with _lazy(rt, client) as stream:
            assert isinstance(stream, rt.AsyncStream)
            assert [item.id async for item in stream] == ["1", "2"]
        awaited = await _lazy(rt, client)
        async with awaited:
            assert [item.id async for item in awaited] == ["1", "2"]
    assert len(server.requests) == 2


@pytest.mark.asyncio
async def test_an_error_status_raises_on_first_use(
    rt: ModuleType, server: ScriptedServer, settings: Any
) -> None:
    server.enqueue(Reply(404, json={"message": "no such stream"}))
    async with rt.AsyncApiClient(settings) as client:
        with pytest.raises(rt.ApiStatusError) as caught:
            async for _ in _lazy(rt, client):
                pytest.fail("no event may arrive")
    assert caught.value.status_code == 404


@pytest.mark.asyncio
async def test_closing_an_unused_stream_sends_nothing(
    rt: ModuleType, server: ScriptedServer, settings: Any
) -> None:
    async with rt.AsyncApiClient(settings) as client:
        await _lazy(rt, client).aclose()
    assert server.requests == []
