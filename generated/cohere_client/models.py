"""The `models` resource, and the types its operations use."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from functools import cached_property

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
from .types.compatible_endpoint import CompatibleEndpoint
from .types.get_model_response import GetModelResponse
from .types.list_models_response import ListModelsResponse

__all__ = [
    "AsyncModelsResource",
    "CompatibleEndpoint",
    "GetModelResponse",
    "ListModelsResponse",
    "ModelsResource",
]


class ModelsResource:
    """Operations of the `models` resource."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ModelsResourceWithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return ModelsResourceWithRawResponse(self)

    def list(
        self,
        *,
        page_size: float | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        endpoint: CompatibleEndpoint | NotGiven = NOT_GIVEN,
        default_only: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ListModelsResponse:
        """List Models

        Returns a list of models available for use.

        Args:
            page_size: Maximum number of models to include in a page
                Defaults to `20`, min value of `1`, max value of `1000`.
            page_token: Page token provided in the `next_page_token` field of a previous response.
            endpoint: When provided, filters the list of models to only those that are compatible with the specified endpoint.
            default_only: When provided, filters the list of models to only the default model to the endpoint. This parameter is only valid when `endpoint` is provided.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: ListModelsResponse = self._client.request(
            "GET",
            "/v1/models",
            query={
                "page_size": page_size,
                "page_token": page_token,
                "endpoint": endpoint,
                "default_only": default_only,
            },
            response_type=ListModelsResponse,
            options=request_options,
        )
        return response

    def iter_list(
        self,
        *,
        page_size: float | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        endpoint: CompatibleEndpoint | NotGiven = NOT_GIVEN,
        default_only: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Iterator[GetModelResponse]:
        """Iterate over every item that `list` lists, fetching further pages as needed.

        Args:
            page_size: Maximum number of models to include in a page
                Defaults to `20`, min value of `1`, max value of `1000`.
            page_token: Page token provided in the `next_page_token` field of a previous response.
            endpoint: When provided, filters the list of models to only those that are compatible with the specified endpoint.
            default_only: When provided, filters the list of models to only the default model to the endpoint. This parameter is only valid when `endpoint` is provided.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        return iterate_token_pages(
            lambda token: self.list(
                page_size=page_size,
                page_token=token,
                endpoint=endpoint,
                default_only=default_only,
                request_options=request_options,
            ),
            items=lambda page: page.models,
            next_token=lambda page: page.next_page_token,
            first_token=page_token,
        )

    def get(
        self,
        model: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetModelResponse:
        """Get a Model

        Returns the details of a model, provided its name.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: GetModelResponse = self._client.request(
            "GET",
            "/v1/models/{model}",
            path_params={
                "model": model,
            },
            response_type=GetModelResponse,
            options=request_options,
        )
        return response


class AsyncModelsResource:
    """Operations of the `models` resource (async)."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncModelsResourceWithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return AsyncModelsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        page_size: float | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        endpoint: CompatibleEndpoint | NotGiven = NOT_GIVEN,
        default_only: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ListModelsResponse:
        """List Models

        Returns a list of models available for use.

        Args:
            page_size: Maximum number of models to include in a page
                Defaults to `20`, min value of `1`, max value of `1000`.
            page_token: Page token provided in the `next_page_token` field of a previous response.
            endpoint: When provided, filters the list of models to only those that are compatible with the specified endpoint.
            default_only: When provided, filters the list of models to only the default model to the endpoint. This parameter is only valid when `endpoint` is provided.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: ListModelsResponse = await self._client.request(
            "GET",
            "/v1/models",
            query={
                "page_size": page_size,
                "page_token": page_token,
                "endpoint": endpoint,
                "default_only": default_only,
            },
            response_type=ListModelsResponse,
            options=request_options,
        )
        return response

    def iter_list(
        self,
        *,
        page_size: float | NotGiven = NOT_GIVEN,
        page_token: str | NotGiven = NOT_GIVEN,
        endpoint: CompatibleEndpoint | NotGiven = NOT_GIVEN,
        default_only: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[GetModelResponse]:
        """Iterate over every item that `list` lists, fetching further pages as needed.

        Args:
            page_size: Maximum number of models to include in a page
                Defaults to `20`, min value of `1`, max value of `1000`.
            page_token: Page token provided in the `next_page_token` field of a previous response.
            endpoint: When provided, filters the list of models to only those that are compatible with the specified endpoint.
            default_only: When provided, filters the list of models to only the default model to the endpoint. This parameter is only valid when `endpoint` is provided.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        return aiterate_token_pages(
            lambda token: self.list(
                page_size=page_size,
                page_token=token,
                endpoint=endpoint,
                default_only=default_only,
                request_options=request_options,
            ),
            items=lambda page: page.models,
            next_token=lambda page: page.next_page_token,
            first_token=page_token,
        )

    async def get(
        self,
        model: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetModelResponse:
        """Get a Model

        Returns the details of a model, provided its name.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: GetModelResponse = await self._client.request(
            "GET",
            "/v1/models/{model}",
            path_params={
                "model": model,
            },
            response_type=GetModelResponse,
            options=request_options,
        )
        return response


class ModelsResourceWithRawResponse:
    def __init__(self, resource: ModelsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)

        self._resource = resource


class AsyncModelsResourceWithRawResponse:
    def __init__(self, resource: AsyncModelsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)

        self._resource = resource
