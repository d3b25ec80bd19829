"""`datasets`: every operation, sync and async, with arguments the API accepts."""

from __future__ import annotations

import pytest

from cohere_client import AsyncClient, Client, DatasetsDeleteResponse
from tests.utils import assert_matches_type


class TestDatasets:
    def test_delete(self, client: Client) -> None:
        response = client.datasets.delete("id")
        assert_matches_type(DatasetsDeleteResponse, response)


@pytest.mark.asyncio
class TestAsyncDatasets:
    async def test_delete(self, async_client: AsyncClient) -> None:
        response = await async_client.datasets.delete("id")
        assert_matches_type(DatasetsDeleteResponse, response)
