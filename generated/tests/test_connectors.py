"""`connectors`: every operation, sync and async, with arguments the API accepts."""

from __future__ import annotations

import pytest

from cohere_client import (
    AsyncClient,
    Client,
    Connector,
    CreateConnectorResponse,
    DeleteConnectorResponse,
    GetConnectorResponse,
    ListConnectorsResponse,
    OAuthAuthorizeResponse,
    UpdateConnectorResponse,
)
from tests.utils import assert_matches_type


class TestConnectors:
    def test_list(self, client: Client) -> None:
        response = client.connectors.list()
        assert_matches_type(ListConnectorsResponse, response)

    def test_iter_list(self, client: Client) -> None:
        for item in client.connectors.iter_list():
            assert_matches_type(Connector, item)
            break  # the first page is enough

    def test_create(self, client: Client) -> None:
        response = client.connectors.create(name="name", url="https://example.com")
        assert_matches_type(CreateConnectorResponse, response)

    def test_get(self, client: Client) -> None:
        response = client.connectors.get("id")
        assert_matches_type(GetConnectorResponse, response)

    def test_delete(self, client: Client) -> None:
        response = client.connectors.delete("id")
        assert_matches_type(DeleteConnectorResponse, response)

    def test_update(self, client: Client) -> None:
        response = client.connectors.update("id")
        assert_matches_type(UpdateConnectorResponse, response)

    def test_o_auth_authorize(self, client: Client) -> None:
        response = client.connectors.o_auth_authorize("id")
        assert_matches_type(OAuthAuthorizeResponse, response)


@pytest.mark.asyncio
class TestAsyncConnectors:
    async def test_list(self, async_client: AsyncClient) -> None:
        response = await async_client.connectors.list()
        assert_matches_type(ListConnectorsResponse, response)

    async def test_iter_list(self, async_client: AsyncClient) -> None:
        async for item in async_client.connectors.iter_list():
            assert_matches_type(Connector, item)
            break  # the first page is enough

    async def test_create(self, async_client: AsyncClient) -> None:
        response = await async_client.connectors.create(name="name", url="https://example.com")
        assert_matches_type(CreateConnectorResponse, response)

    async def test_get(self, async_client: AsyncClient) -> None:
        response = await async_client.connectors.get("id")
        assert_matches_type(GetConnectorResponse, response)

    async def test_delete(self, async_client: AsyncClient) -> None:
        response = await async_client.connectors.delete("id")
        assert_matches_type(DeleteConnectorResponse, response)

    async def test_update(self, async_client: AsyncClient) -> None:
        response = await async_client.connectors.update("id")
        assert_matches_type(UpdateConnectorResponse, response)

    async def test_o_auth_authorize(self, async_client: AsyncClient) -> None:
        response = await async_client.connectors.o_auth_authorize("id")
        assert_matches_type(OAuthAuthorizeResponse, response)
