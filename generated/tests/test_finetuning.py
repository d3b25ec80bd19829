"""`finetuning`: every operation, sync and async, with arguments the API accepts."""

from __future__ import annotations

import pytest

from cohere_client import (
    AsyncClient,
    Client,
    CreateFinetunedModelResponse,
    FinetunedModel,
    ListFinetunedModelsResponse,
)
from tests.utils import assert_matches_type


class TestFinetuning:
    def test_list_finetuned_models(self, client: Client) -> None:
        response = client.finetuning.list_finetuned_models()
        assert_matches_type(ListFinetunedModelsResponse, response)

    def test_iter_list_finetuned_models(self, client: Client) -> None:
        for item in client.finetuning.iter_list_finetuned_models():
            assert_matches_type(FinetunedModel, item)
            break  # the first page is enough

    def test_create_finetuned_model(self, client: Client) -> None:
        response = client.finetuning.create_finetuned_model(
            request={
                "name": "name",
                "settings": {
                    "base_model": {"base_type": "BASE_TYPE_UNSPECIFIED"},
                    "dataset_id": "dataset_id",
                },
            }
        )
        assert_matches_type(CreateFinetunedModelResponse, response)


@pytest.mark.asyncio
class TestAsyncFinetuning:
    async def test_list_finetuned_models(self, async_client: AsyncClient) -> None:
        response = await async_client.finetuning.list_finetuned_models()
        assert_matches_type(ListFinetunedModelsResponse, response)

    async def test_iter_list_finetuned_models(self, async_client: AsyncClient) -> None:
        async for item in async_client.finetuning.iter_list_finetuned_models():
            assert_matches_type(FinetunedModel, item)
            break  # the first page is enough

    async def test_create_finetuned_model(self, async_client: AsyncClient) -> None:
        response = await async_client.finetuning.create_finetuned_model(
            request={
                "name": "name",
                "settings": {
                    "base_model": {"base_type": "BASE_TYPE_UNSPECIFIED"},
                    "dataset_id": "dataset_id",
                },
            }
        )
        assert_matches_type(CreateFinetunedModelResponse, response)
