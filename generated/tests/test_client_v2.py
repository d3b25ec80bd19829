"""`ClientV2`: every operation, sync and async, with arguments the API accepts."""

from __future__ import annotations

import pytest

from cohere_client import AsyncClientV2, ChatResponse, ClientV2, StreamedChatResponse, UnknownEvent
from tests.utils import assert_matches_type


class TestClientV2:
    def test_chat(self, client_v2: ClientV2) -> None:
        response = client_v2.chat(model="model", messages=[{"role": "user", "content": "content"}])
        assert_matches_type(ChatResponse, response)

    def test_chat_stream(self, client_v2: ClientV2) -> None:
        with client_v2.chat_stream(
            model="model", messages=[{"role": "user", "content": "content"}]
        ) as stream:
            for event in stream:
                assert_matches_type(StreamedChatResponse | UnknownEvent, event)


@pytest.mark.asyncio
class TestAsyncClientV2:
    async def test_chat(self, async_client_v2: AsyncClientV2) -> None:
        response = await async_client_v2.chat(
            model="model", messages=[{"role": "user", "content": "content"}]
        )
        assert_matches_type(ChatResponse, response)

    async def test_chat_stream(self, async_client_v2: AsyncClientV2) -> None:
        async with async_client_v2.chat_stream(
            model="model", messages=[{"role": "user", "content": "content"}]
        ) as stream:
            async for event in stream:
                assert_matches_type(StreamedChatResponse | UnknownEvent, event)
