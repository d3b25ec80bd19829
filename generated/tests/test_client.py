"""`Client`: every operation, sync and async, with arguments the API accepts."""

from __future__ import annotations

import pytest

from cohere_client import (
    AsyncClient,
    ClassifyResponse,
    Client,
    DetokenizeResponse,
    TokenizeResponse,
)
from tests.utils import assert_matches_type


class TestClient:
    def test_classify(self, client: Client) -> None:
        response = client.classify(inputs=["input"])
        assert_matches_type(ClassifyResponse, response)

    def test_detokenize(self, client: Client) -> None:
        response = client.detokenize(tokens=[1], model="model")
        assert_matches_type(DetokenizeResponse, response)

    def test_tokenize(self, client: Client) -> None:
        response = client.tokenize(text="text", model="model")
        assert_matches_type(TokenizeResponse, response)


@pytest.mark.asyncio
class TestAsyncClient:
    async def test_classify(self, async_client: AsyncClient) -> None:
        response = await async_client.classify(inputs=["input"])
        assert_matches_type(ClassifyResponse, response)

    async def test_detokenize(self, async_client: AsyncClient) -> None:
        response = await async_client.detokenize(tokens=[1], model="model")
        assert_matches_type(DetokenizeResponse, response)

    async def test_tokenize(self, async_client: AsyncClient) -> None:
        response = await async_client.tokenize(text="text", model="model")
        assert_matches_type(TokenizeResponse, response)
