"""Raw responses and pagination, over real HTTP, with both clients."""

from __future__ import annotations

import asyncio
import datetime
import itertools
from collections.abc import AsyncIterator, Callable
from types import ModuleType
from typing import Any

import httpx2
import pytest
from pydantic import BaseModel

from tests.servers import RecordedRequest, Reply, ScriptedServer

from .drivers import AsyncDriver, Connect, Driver, bearer_settings

# Pagination helpers stop here, so that a loop regression fails instead of hanging.
MAX_ITEMS = 20


class Model(BaseModel):
    id: str


class Page(BaseModel):
    data: list[Model] | None = None
    next: str | None = None


def test_raw_response_wrapper(connect: Connect, server: ScriptedServer, rt: ModuleType) -> None:
    server.default = Reply(200, json={"id": "m"}, headers={"x-request-id": "r1"})
    api = connect()
    operation = api.operation("GET", "/v1/models/{m}", path_params={"m": "m"}, response_type=Model)
    raw = api.with_raw_response(operation)()
    assert isinstance(raw, rt.ApiResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r1"
    assert raw.request.url.path == "/v1/models/m"
    assert isinstance(raw.http_response, httpx2.Response)
    assert isinstance(raw.elapsed, datetime.timedelta)
    assert raw.data == Model(id="m") and raw.parse() is raw.data
    assert "[200] GET" in repr(raw)
    # The flag is gone once the wrapper returns: the plain call parses again.
    assert api.run(operation()) == Model(id="m")


def test_raw_response_parses_lazily(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.enqueue(Reply(200, body="{oops", headers={"x-request-id": "r2"}))
    api = connect()
    raw = api.with_raw_response(api.operation("GET", "/v1/x", response_type=Model))()
    assert raw.headers["x-request-id"] == "r2"  # available although the body is broken
    with pytest.raises(rt.ApiResponseValidationError):
        raw.parse()


def test_raw_response_still_raises_status_errors_and_resets(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.enqueue(Reply(404, json={"message": "gone"}), Reply(200, json={"id": "m"}))
    api = connect()
    operation = api.operation("GET", "/v1/x", response_type=Model)
    with pytest.raises(rt.ApiStatusError):
        api.with_raw_response(operation)()
    assert api.run(operation()) == Model(id="m")  # the failed raw call left no flag behind


@pytest.mark.asyncio
async def test_raw_flag_is_per_task(rt: ModuleType, server: ScriptedServer) -> None:
    server.default = Reply(200, json={"id": "m"}, delay=0.05)
    settings = rt.ClientSettings(base_url=server.url, **bearer_settings(rt), timeout=2.0)
    async with rt.AsyncApiClient(settings) as client:

        async def operation() -> Any:
            return await client.request("GET", "/v1/x", response_type=Model)

        raw, plain = await asyncio.gather(
            rt.async_to_raw_response_wrapper(operation)(), operation()
        )
    assert isinstance(raw, rt.ApiResponse) and raw.data == Model(id="m")
    assert plain == Model(id="m")


@pytest.mark.asyncio
async def test_async_stream_as_async_iterator_and_context_manager(
    rt: ModuleType, server: ScriptedServer
) -> None:
    from tests.servers import SSE_DONE, sse_event, sse_reply

    server.enqueue(sse_reply([sse_event({"id": "1"}), sse_event({"id": "2"}), SSE_DONE]))
    settings = rt.ClientSettings(base_url=server.url, **bearer_settings(rt), timeout=2.0)
    async with rt.AsyncApiClient(settings) as client:
        stream = await client.stream("GET", "/s", decoder=rt.EventDecoder(item_type=Model))
        async with stream:
            assert [item.id async for item in stream] == ["1", "2"]
        assert stream.response.is_closed


def paginate_tokens(api: Driver, rt: ModuleType, **kwargs: Any) -> list[str]:
    """Iterate every page of GET /items with the runtime's (a)iterate_token_pages."""

    def items(page: Page) -> list[Model] | None:
        return page.data

    def next_token(page: Page) -> str | None:
        return page.next

    def query(token: Any) -> dict[str, Any]:
        return {"after": token, "limit": 2}

    if isinstance(api, AsyncDriver):
        client = api.client

        async def fetch(token: Any) -> Page:
            page: Page = await client.request(
                "GET", "/items", query=query(token), response_type=Page
            )
            return page

        async def collect() -> list[str]:
            pages: AsyncIterator[Model] = rt.aiterate_token_pages(
                fetch, items, next_token, **kwargs
            )
            return [item.id async for item in pages]

        result: list[str] = api.run(collect())
        return result
    sync_client = api.client
    pages = rt.iterate_token_pages(
        lambda token: sync_client.request("GET", "/items", query=query(token), response_type=Page),
        items,
        next_token,
        **kwargs,
    )
    return [item.id for item in itertools.islice(pages, MAX_ITEMS)]


def paginate_offsets(api: Driver, rt: ModuleType, **kwargs: Any) -> list[str]:
    def items(page: Page) -> list[Model] | None:
        return page.data

    if isinstance(api, AsyncDriver):
        client = api.client

        async def fetch(offset: int) -> Page:
            page: Page = await client.request(
                "GET", "/items", query={"offset": offset}, response_type=Page
            )
            return page

        async def collect() -> list[str]:
            ids = []
            async for item in rt.aiterate_offset_pages(fetch, items, **kwargs):
                ids.append(item.id)
                if len(ids) == MAX_ITEMS:
                    break
            return ids

        result: list[str] = api.run(collect())
        return result
    sync_client = api.client
    pages = rt.iterate_offset_pages(
        lambda offset: sync_client.request(
            "GET", "/items", query={"offset": offset}, response_type=Page
        ),
        items,
        **kwargs,
    )
    return [item.id for item in itertools.islice(pages, MAX_ITEMS)]


def token_pages(pages: dict[str, dict[str, Any]]) -> Callable[[RecordedRequest], Reply]:
    """Answer GET /items?after=<token> from `pages` ("" for no token)."""

    def answer(request: RecordedRequest) -> Reply:
        return Reply(200, json=pages[request.query.get("after", [""])[0]])

    return answer


def page(*ids: str, next: str | None = None) -> dict[str, Any]:
    return {"data": [{"id": i} for i in ids], "next": next}


def test_token_pagination(connect: Connect, server: ScriptedServer, rt: ModuleType) -> None:
    server.default = token_pages(
        {
            "": page("a", "b", next="t1"),
            "t1": {"data": [], "next": "t2"},  # an empty page that still has a next token
            "t2": page("c", next=""),  # an empty token ends the listing
        }
    )
    assert paginate_tokens(connect(), rt) == ["a", "b", "c"]
    assert [r.query.get("after") for r in server.requests] == [None, ["t1"], ["t2"]]


def test_token_pagination_stops_on_a_repeated_token(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = token_pages(
        {"": page("a", next="t1"), "t1": page("b", next="t2"), "t2": page("c", next="t1")}
    )
    assert paginate_tokens(connect(), rt) == ["a", "b", "c"]
    assert len(server.requests) == 3


def test_token_pagination_from_a_first_token(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = token_pages({"t5": page("e", next="t5"), "": page("never")})
    assert paginate_tokens(connect(), rt, first_token="t5") == ["e"]
    assert len(server.requests) == 1


def test_token_pagination_missing_items(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = token_pages({"": {"next": "t1"}, "t1": page("a")})
    assert paginate_tokens(connect(), rt) == ["a"]


def test_offset_pagination_stops_on_a_short_page(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.enqueue(
        Reply(200, json=page("a", "b")),
        Reply(200, json=page("c", "d")),
        Reply(200, json=page("e")),
        Reply(200, json=page("never")),
    )
    assert paginate_offsets(connect(), rt, start=10, limit=2) == ["a", "b", "c", "d", "e"]
    assert [r.query["offset"] for r in server.requests] == [["10"], ["12"], ["14"]]


def test_offset_pagination_stops_on_an_empty_page(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.enqueue(
        Reply(200, json=page("a", "b", "c")),
        Reply(200, json=page("d")),
        Reply(200, json={"data": None}),
        Reply(200, json=page("never")),
    )
    assert paginate_offsets(connect(), rt) == ["a", "b", "c", "d"]
    assert [r.query["offset"] for r in server.requests] == [["0"], ["3"], ["4"]]
