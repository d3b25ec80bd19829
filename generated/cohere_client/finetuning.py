"""The `finetuning` resource, and the types its operations use."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import Any

from ._runtime import (
    NOT_GIVEN,
    AsyncApiClient,
    NotGiven,
    RequestOptions,
    SyncApiClient,
    aiterate_token_pages,
    async_to_raw_response_wrapper,
    iterate_token_pages,
    to_raw_response_wrapper,
)
from .types.base_model import BaseModel
from .types.base_type import BaseType
from .types.create_finetuned_model_response import CreateFinetunedModelResponse
from .types.finetuned_model import FinetunedModel
from .types.hyperparameters import Hyperparameters
from .types.list_finetuned_models_response import ListFinetunedModelsResponse
from .types.lora_target_modules import LoraTargetModules
from .types.settings import Settings
from .types.status import Status
from .types.strategy import Strategy
from .types.wandb_config import WandbConfig

__all__ = [
    "AsyncFinetuningResource",
    "BaseModel",
    "BaseType",
    "CreateFinetunedModelResponse",
    "FinetunedModel",
    "FinetuningResource",
    "Hyperparameters",
    "ListFinetunedModelsResponse",
    "LoraTargetModules",
    "Settings",
    "Status",
    "Strategy",
    "WandbConfig",
]


class FinetuningResource:
    """Operations of the `finetuning` resource."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FinetuningResourceWithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return FinetuningResourceWithRawResponse(self)

    def list_finetuned_models(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ListFinetunedModelsResponse:
        """Lists fine-tuned models.

        Returns a list of fine-tuned models that the user has access to.

        Args:
            page_size: Maximum number of results to be returned by the server. If 0, defaults to
                50.
            page_token: Request a specific page of the list results.
            order_by: Comma separated list of fields. For example: "created_at,name". The default
                sorting order is ascending. To specify descending order for a field, append
                " desc" to the field name. For example: "created_at desc,name".

                Supported sorting fields:
                  - created_at (default)

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                InternalServerError (500), ServiceUnavailableError (503).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: ListFinetunedModelsResponse = self._client.request(
            "GET",
            "/v1/finetuning/finetuned-models",
            query={
                "page_size": page_size,
                "page_token": page_token,
                "order_by": order_by,
            },
            response_type=ListFinetunedModelsResponse,
            options=request_options,
        )
        return response

    def iter_list_finetuned_models(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Iterator[FinetunedModel]:
        """Iterate over every item that `list_finetuned_models` lists, fetching further pages as needed.

        Args:
            page_size: Maximum number of results to be returned by the server. If 0, defaults to
                50.
            page_token: Request a specific page of the list results.
            order_by: Comma separated list of fields. For example: "created_at,name". The default
                sorting order is ascending. To specify descending order for a field, append
                " desc" to the field name. For example: "created_at desc,name".

                Supported sorting fields:
                  - created_at (default)

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                InternalServerError (500), ServiceUnavailableError (503).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        return iterate_token_pages(
            lambda token: self.list_finetuned_models(
                page_size=page_size,
                page_token=token,
                order_by=order_by,
                request_options=request_options,
            ),
            items=lambda page: page.finetuned_models,
            next_token=lambda page: page.next_page_token,
            first_token=page_token,
        )

    def create_finetuned_model(
        self,
        *,
        request: FinetunedModel | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreateFinetunedModelResponse:
        """Trains and deploys a fine-tuned model.

        Creates a new fine-tuned model. The model will be trained on the dataset specified in the request body. The training process may take some time, and the model will be available once the training is complete.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                InternalServerError (500), ServiceUnavailableError (503).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: CreateFinetunedModelResponse = self._client.request(
            "POST",
            "/v1/finetuning/finetuned-models",
            body=request,
            response_type=CreateFinetunedModelResponse,
            options=request_options,
        )
        return response


class AsyncFinetuningResource:
    """Operations of the `finetuning` resource (async)."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFinetuningResourceWithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return AsyncFinetuningResourceWithRawResponse(self)

    async def list_finetuned_models(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ListFinetunedModelsResponse:
        """Lists fine-tuned models.

        Returns a list of fine-tuned models that the user has access to.

        Args:
            page_size: Maximum number of results to be returned by the server. If 0, defaults to
                50.
            page_token: Request a specific page of the list results.
            order_by: Comma separated list of fields. For example: "created_at,name". The default
                sorting order is ascending. To specify descending order for a field, append
                " desc" to the field name. For example: "created_at desc,name".

                Supported sorting fields:
                  - created_at (default)

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                InternalServerError (500), ServiceUnavailableError (503).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: ListFinetunedModelsResponse = await self._client.request(
            "GET",
            "/v1/finetuning/finetuned-models",
            query={
                "page_size": page_size,
                "page_token": page_token,
                "order_by": order_by,
            },
            response_type=ListFinetunedModelsResponse,
            options=request_options,
        )
        return response

    def iter_list_finetuned_models(
        self,
        *,
        page_size: int | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        order_by: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[FinetunedModel]:
        """Iterate over every item that `list_finetuned_models` lists, fetching further pages as needed.

        Args:
            page_size: Maximum number of results to be returned by the server. If 0, defaults to
                50.
            page_token: Request a specific page of the list results.
            order_by: Comma separated list of fields. For example: "created_at,name". The default
                sorting order is ascending. To specify descending order for a field, append
                " desc" to the field name. For example: "created_at desc,name".

                Supported sorting fields:
                  - created_at (default)

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                InternalServerError (500), ServiceUnavailableError (503).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        return aiterate_token_pages(
            lambda token: self.list_finetuned_models(
                page_size=page_size,
                page_token=token,
                order_by=order_by,
                request_options=request_options,
            ),
            items=lambda page: page.finetuned_models,
            next_token=lambda page: page.next_page_token,
            first_token=page_token,
        )

    async def create_finetuned_model(
        self,
        *,
        request: FinetunedModel | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreateFinetunedModelResponse:
        """Trains and deploys a fine-tuned model.

        Creates a new fine-tuned model. The model will be trained on the dataset specified in the request body. The training process may take some time, and the model will be available once the training is complete.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                InternalServerError (500), ServiceUnavailableError (503).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: CreateFinetunedModelResponse = await self._client.request(
            "POST",
            "/v1/finetuning/finetuned-models",
            body=request,
            response_type=CreateFinetunedModelResponse,
            options=request_options,
        )
        return response


class FinetuningResourceWithRawResponse:
    def __init__(self, resource: FinetuningResource) -> None:
        self.list_finetuned_models = to_raw_response_wrapper(resource.list_finetuned_models)
        self.create_finetuned_model = to_raw_response_wrapper(resource.create_finetuned_model)

        self._resource = resource


class AsyncFinetuningResourceWithRawResponse:
    def __init__(self, resource: AsyncFinetuningResource) -> None:
        self.list_finetuned_models = async_to_raw_response_wrapper(resource.list_finetuned_models)
        self.create_finetuned_model = async_to_raw_response_wrapper(resource.create_finetuned_model)

        self._resource = resource
