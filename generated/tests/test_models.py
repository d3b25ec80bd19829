"""`models`: every operation, sync and async, with arguments the API accepts."""

from __future__ import annotations

import pytest

from cohere_client import AsyncClient, Client, GetModelResponse, ListModelsResponse
from tests.utils import assert_matches_type


class TestModels:
    def test_list(self, client: Client) -> None:
        response = client.models.list()
        assert_matches_type(ListModelsResponse, response)

    def test_iter_list(self, client: Client) -> None:
        for item in client.models.iter_list():
            assert_matches_type(GetModelResponse, item)
            break  # the first page is enough

    def test_get(self, client: Client) -> None:
        response = client.models.get("model")
        assert_matches_type(GetModelResponse, response)


@pytest.mark.asyncio
class TestAsyncModels:
    async def test_list(self, async_client: AsyncClient) -> None:
        response = await async_client.models.list()
        assert_matches_type(ListModelsResponse, response)

    async def test_iter_list(self, async_client: AsyncClient) -> None:
        async for item in async_client.models.iter_list():
            assert_matches_type(GetModelResponse, item)
            break  # the first page is enough

    async def test_get(self, async_client: AsyncClient) -> None:
        response = await async_client.models.get("model")
        assert_matches_type(GetModelResponse, response)
