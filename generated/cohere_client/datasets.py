"""The `datasets` resource, and the types its operations use."""

from __future__ import annotations

from functools import cached_property
from typing import overload

from ._runtime import (
    NOT_GIVEN,
    AsyncApiClient,
    NotGiven,
    RequestOptions,
    SyncApiClient,
    async_to_raw_response_wrapper,
    renamed_argument,
    required_argument,
    to_raw_response_wrapper,
)
from .types.datasets_delete_response import DatasetsDeleteResponse

__all__ = [
    "AsyncDatasetsResource",
    "DatasetsDeleteResponse",
    "DatasetsResource",
]


class DatasetsResource:
    """Operations of the `datasets` resource."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> DatasetsResourceWithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return DatasetsResourceWithRawResponse(self)

    @overload
    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DatasetsDeleteResponse: ...

    @overload
    def delete(
        self,
        *,
        id_: str,
        request_options: RequestOptions | None = None,
    ) -> DatasetsDeleteResponse: ...

    def delete(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        id_: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> DatasetsDeleteResponse:
        """Delete a Dataset

        Delete a dataset by ID. Datasets are automatically deleted after 30 days, but they can also be deleted manually.

        Args:
            id_: Deprecated: the old name of id.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        id = renamed_argument(
            id, id_, "the argument id_= of datasets.delete() is deprecated: use id="
        )
        id = required_argument(id, "datasets.delete() is missing the argument id")
        response: DatasetsDeleteResponse = self._client.request(
            "DELETE",
            "/v1/datasets/{id}",
            path_params={
                "id": id,
            },
            response_type=DatasetsDeleteResponse,
            options=request_options,
        )
        return response


class AsyncDatasetsResource:
    """Operations of the `datasets` resource (async)."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncDatasetsResourceWithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return AsyncDatasetsResourceWithRawResponse(self)

    @overload
    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DatasetsDeleteResponse: ...

    @overload
    async def delete(
        self,
        *,
        id_: str,
        request_options: RequestOptions | None = None,
    ) -> DatasetsDeleteResponse: ...

    async def delete(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        id_: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> DatasetsDeleteResponse:
        """Delete a Dataset

        Delete a dataset by ID. Datasets are automatically deleted after 30 days, but they can also be deleted manually.

        Args:
            id_: Deprecated: the old name of id.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        id = renamed_argument(
            id, id_, "the argument id_= of datasets.delete() is deprecated: use id="
        )
        id = required_argument(id, "datasets.delete() is missing the argument id")
        response: DatasetsDeleteResponse = await self._client.request(
            "DELETE",
            "/v1/datasets/{id}",
            path_params={
                "id": id,
            },
            response_type=DatasetsDeleteResponse,
            options=request_options,
        )
        return response


class DatasetsResourceWithRawResponse:
    def __init__(self, resource: DatasetsResource) -> None:
        self.delete = to_raw_response_wrapper(resource.delete)

        self._resource = resource


class AsyncDatasetsResourceWithRawResponse:
    def __init__(self, resource: AsyncDatasetsResource) -> None:
        self.delete = async_to_raw_response_wrapper(resource.delete)

        self._resource = resource
