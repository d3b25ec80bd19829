"""The `connectors` resource, and the types its operations use."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any, overload

from ._runtime import (
    NOT_GIVEN,
    AsyncApiClient,
    NotGiven,
    RequestOptions,
    SyncApiClient,
    aiterate_offset_pages,
    async_to_raw_response_wrapper,
    iterate_offset_pages,
    renamed_argument,
    required_argument,
    to_raw_response_wrapper,
)
from .types.auth_token_type import AuthTokenType
from .types.connector import Connector
from .types.connector_auth_status import ConnectorAuthStatus
from .types.connector_o_auth import ConnectorOAuth
from .types.create_connector_o_auth import CreateConnectorOAuth
from .types.create_connector_response import CreateConnectorResponse
from .types.create_connector_service_auth import CreateConnectorServiceAuth
from .types.delete_connector_response import DeleteConnectorResponse
from .types.get_connector_response import GetConnectorResponse
from .types.list_connectors_response import ListConnectorsResponse
from .types.o_auth_authorize_response import OAuthAuthorizeResponse
from .types.update_connector_response import UpdateConnectorResponse

__all__ = [
    "AsyncConnectorsResource",
    "AuthTokenType",
    "Connector",
    "ConnectorAuthStatus",
    "ConnectorOAuth",
    "ConnectorsResource",
    "CreateConnectorOAuth",
    "CreateConnectorResponse",
    "CreateConnectorServiceAuth",
    "DeleteConnectorResponse",
    "GetConnectorResponse",
    "ListConnectorsResponse",
    "OAuthAuthorizeResponse",
    "UpdateConnectorResponse",
]


class ConnectorsResource:
    """Operations of the `connectors` resource."""

    def __init__(self, client: SyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConnectorsResourceWithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return ConnectorsResourceWithRawResponse(self)

    def list(
        self,
        *,
        limit: float | NotGiven = NOT_GIVEN,
        offset: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ListConnectorsResponse:
        """List Connectors

        Returns a list of connectors ordered by descending creation date (newer first). See ['Managing your Connector'](https://docs.cohere.com/docs/managing-your-connector) for more information.

        Args:
            limit: Maximum number of connectors to return [0, 100].
            offset: Number of connectors to skip before returning results [0, inf].

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: ListConnectorsResponse = self._client.request(
            "GET",
            "/v1/connectors",
            query={
                "limit": limit,
                "offset": offset,
            },
            response_type=ListConnectorsResponse,
            options=request_options,
        )
        return response

    def iter_list(
        self,
        *,
        limit: float | NotGiven = NOT_GIVEN,
        offset: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Iterator[Connector]:
        """Iterate over every item that `list` lists, fetching further pages as needed.

        Args:
            limit: Maximum number of connectors to return [0, 100].
            offset: Number of connectors to skip before returning results [0, inf].

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        return iterate_offset_pages(
            lambda offset: self.list(limit=limit, offset=offset, request_options=request_options),
            items=lambda page: page.connectors,
            start=int(offset or 0),
            limit=int(limit) if limit else None,
        )

    def create(
        self,
        *,
        name: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        excludes: Sequence[str] | NotGiven = NOT_GIVEN,
        oauth: CreateConnectorOAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        continue_on_failure: bool | NotGiven = NOT_GIVEN,
        service_auth: CreateConnectorServiceAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreateConnectorResponse:
        """Create a Connector

        Creates a new connector. The connector is tested during registration and will cancel registration when the test is unsuccessful. See ['Creating and Deploying a Connector'](https://docs.cohere.com/v1/docs/creating-and-deploying-a-connector) for more information.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: CreateConnectorResponse = self._client.request(
            "POST",
            "/v1/connectors",
            body={
                "name": name,
                "url": url,
                "description": description,
                "excludes": excludes,
                "oauth": oauth,
                "active": active,
                "continue_on_failure": continue_on_failure,
                "service_auth": service_auth,
            },
            response_type=CreateConnectorResponse,
            options=request_options,
        )
        return response

    @overload
    def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetConnectorResponse: ...

    @overload
    def get(
        self,
        *,
        id_: str,
        request_options: RequestOptions | None = None,
    ) -> GetConnectorResponse: ...

    def get(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        id_: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> GetConnectorResponse:
        """Get a Connector

        Retrieve a connector by ID. See ['Connectors'](https://docs.cohere.com/docs/connectors) for more information.

        Args:
            id: The ID of the connector to retrieve.
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
            id, id_, "the argument id_= of connectors.get() is deprecated: use id="
        )
        id = required_argument(id, "connectors.get() is missing the argument id")
        response: GetConnectorResponse = self._client.request(
            "GET",
            "/v1/connectors/{id}",
            path_params={
                "id": id,
            },
            response_type=GetConnectorResponse,
            options=request_options,
        )
        return response

    @overload
    def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeleteConnectorResponse: ...

    @overload
    def delete(
        self,
        *,
        id_: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteConnectorResponse: ...

    def delete(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        id_: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> DeleteConnectorResponse:
        """Delete a Connector

        Delete a connector by ID. See ['Connectors'](https://docs.cohere.com/docs/connectors) for more information.

        Args:
            id: The ID of the connector to delete.
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
            id, id_, "the argument id_= of connectors.delete() is deprecated: use id="
        )
        id = required_argument(id, "connectors.delete() is missing the argument id")
        response: DeleteConnectorResponse = self._client.request(
            "DELETE",
            "/v1/connectors/{id}",
            path_params={
                "id": id,
            },
            response_type=DeleteConnectorResponse,
            options=request_options,
        )
        return response

    @overload
    def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        excludes: Sequence[str] | NotGiven = NOT_GIVEN,
        oauth: CreateConnectorOAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        continue_on_failure: bool | NotGiven = NOT_GIVEN,
        service_auth: CreateConnectorServiceAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> UpdateConnectorResponse: ...

    @overload
    def update(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        excludes: Sequence[str] | NotGiven = NOT_GIVEN,
        oauth: CreateConnectorOAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        continue_on_failure: bool | NotGiven = NOT_GIVEN,
        service_auth: CreateConnectorServiceAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        connector_id: str,
        request_options: RequestOptions | None = None,
    ) -> UpdateConnectorResponse: ...

    def update(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        name: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        excludes: Sequence[str] | NotGiven = NOT_GIVEN,
        oauth: CreateConnectorOAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        continue_on_failure: bool | NotGiven = NOT_GIVEN,
        service_auth: CreateConnectorServiceAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        connector_id: str | NotGiven = NOT_GIVEN,
        id_: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> UpdateConnectorResponse:
        """Update a Connector

        Update a connector by ID. Omitted fields will not be updated. See ['Managing your Connector'](https://docs.cohere.com/docs/managing-your-connector) for more information.

        Args:
            id: The ID of the connector to update.
            connector_id: Deprecated: the old name of id.
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
            id,
            connector_id,
            "the argument connector_id= of connectors.update() is deprecated: use id=",
        )
        id = renamed_argument(
            id, id_, "the argument id_= of connectors.update() is deprecated: use id="
        )
        id = required_argument(id, "connectors.update() is missing the argument id")
        response: UpdateConnectorResponse = self._client.request(
            "PATCH",
            "/v1/connectors/{id}",
            path_params={
                "id": id,
            },
            body={
                "name": name,
                "url": url,
                "excludes": excludes,
                "oauth": oauth,
                "active": active,
                "continue_on_failure": continue_on_failure,
                "service_auth": service_auth,
            },
            response_type=UpdateConnectorResponse,
            options=request_options,
        )
        return response

    @overload
    def o_auth_authorize(
        self,
        id: str,
        *,
        after_token_redirect: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> OAuthAuthorizeResponse: ...

    @overload
    def o_auth_authorize(
        self,
        *,
        after_token_redirect: str | NotGiven = NOT_GIVEN,
        connector_id: str,
        request_options: RequestOptions | None = None,
    ) -> OAuthAuthorizeResponse: ...

    def o_auth_authorize(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        after_token_redirect: str | NotGiven = NOT_GIVEN,
        connector_id: str | NotGiven = NOT_GIVEN,
        id_: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> OAuthAuthorizeResponse:
        """Authorize with oAuth

        Authorize the connector with the given ID for the connector oauth app.  See ['Connector Authentication'](https://docs.cohere.com/docs/connector-authentication) for more information.

        Args:
            id: The ID of the connector to authorize.
            after_token_redirect: The URL to redirect to after the connector has been authorized.
            connector_id: Deprecated: the old name of id.
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
            id,
            connector_id,
            "the argument connector_id= of connectors.o_auth_authorize() is deprecated: use id=",
        )
        id = renamed_argument(
            id, id_, "the argument id_= of connectors.o_auth_authorize() is deprecated: use id="
        )
        id = required_argument(id, "connectors.o_auth_authorize() is missing the argument id")
        response: OAuthAuthorizeResponse = self._client.request(
            "POST",
            "/v1/connectors/{id}/oauth/authorize",
            path_params={
                "id": id,
            },
            query={
                "after_token_redirect": after_token_redirect,
            },
            response_type=OAuthAuthorizeResponse,
            options=request_options,
        )
        return response


class AsyncConnectorsResource:
    """Operations of the `connectors` resource (async)."""

    def __init__(self, client: AsyncApiClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConnectorsResourceWithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return AsyncConnectorsResourceWithRawResponse(self)

    async def list(
        self,
        *,
        limit: float | NotGiven = NOT_GIVEN,
        offset: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ListConnectorsResponse:
        """List Connectors

        Returns a list of connectors ordered by descending creation date (newer first). See ['Managing your Connector'](https://docs.cohere.com/docs/managing-your-connector) for more information.

        Args:
            limit: Maximum number of connectors to return [0, 100].
            offset: Number of connectors to skip before returning results [0, inf].

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: ListConnectorsResponse = await self._client.request(
            "GET",
            "/v1/connectors",
            query={
                "limit": limit,
                "offset": offset,
            },
            response_type=ListConnectorsResponse,
            options=request_options,
        )
        return response

    def iter_list(
        self,
        *,
        limit: float | NotGiven = NOT_GIVEN,
        offset: float | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> AsyncIterator[Connector]:
        """Iterate over every item that `list` lists, fetching further pages as needed.

        Args:
            limit: Maximum number of connectors to return [0, 100].
            offset: Number of connectors to skip before returning results [0, inf].

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        return aiterate_offset_pages(
            lambda offset: self.list(limit=limit, offset=offset, request_options=request_options),
            items=lambda page: page.connectors,
            start=int(offset or 0),
            limit=int(limit) if limit else None,
        )

    async def create(
        self,
        *,
        name: str,
        url: str,
        description: str | NotGiven = NOT_GIVEN,
        excludes: Sequence[str] | NotGiven = NOT_GIVEN,
        oauth: CreateConnectorOAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        continue_on_failure: bool | NotGiven = NOT_GIVEN,
        service_auth: CreateConnectorServiceAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> CreateConnectorResponse:
        """Create a Connector

        Creates a new connector. The connector is tested during registration and will cancel registration when the test is unsuccessful. See ['Creating and Deploying a Connector'](https://docs.cohere.com/v1/docs/creating-and-deploying-a-connector) for more information.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        response: CreateConnectorResponse = await self._client.request(
            "POST",
            "/v1/connectors",
            body={
                "name": name,
                "url": url,
                "description": description,
                "excludes": excludes,
                "oauth": oauth,
                "active": active,
                "continue_on_failure": continue_on_failure,
                "service_auth": service_auth,
            },
            response_type=CreateConnectorResponse,
            options=request_options,
        )
        return response

    @overload
    async def get(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> GetConnectorResponse: ...

    @overload
    async def get(
        self,
        *,
        id_: str,
        request_options: RequestOptions | None = None,
    ) -> GetConnectorResponse: ...

    async def get(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        id_: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> GetConnectorResponse:
        """Get a Connector

        Retrieve a connector by ID. See ['Connectors'](https://docs.cohere.com/docs/connectors) for more information.

        Args:
            id: The ID of the connector to retrieve.
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
            id, id_, "the argument id_= of connectors.get() is deprecated: use id="
        )
        id = required_argument(id, "connectors.get() is missing the argument id")
        response: GetConnectorResponse = await self._client.request(
            "GET",
            "/v1/connectors/{id}",
            path_params={
                "id": id,
            },
            response_type=GetConnectorResponse,
            options=request_options,
        )
        return response

    @overload
    async def delete(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DeleteConnectorResponse: ...

    @overload
    async def delete(
        self,
        *,
        id_: str,
        request_options: RequestOptions | None = None,
    ) -> DeleteConnectorResponse: ...

    async def delete(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        id_: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> DeleteConnectorResponse:
        """Delete a Connector

        Delete a connector by ID. See ['Connectors'](https://docs.cohere.com/docs/connectors) for more information.

        Args:
            id: The ID of the connector to delete.
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
            id, id_, "the argument id_= of connectors.delete() is deprecated: use id="
        )
        id = required_argument(id, "connectors.delete() is missing the argument id")
        response: DeleteConnectorResponse = await self._client.request(
            "DELETE",
            "/v1/connectors/{id}",
            path_params={
                "id": id,
            },
            response_type=DeleteConnectorResponse,
            options=request_options,
        )
        return response

    @overload
    async def update(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        excludes: Sequence[str] | NotGiven = NOT_GIVEN,
        oauth: CreateConnectorOAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        continue_on_failure: bool | NotGiven = NOT_GIVEN,
        service_auth: CreateConnectorServiceAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> UpdateConnectorResponse: ...

    @overload
    async def update(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        excludes: Sequence[str] | NotGiven = NOT_GIVEN,
        oauth: CreateConnectorOAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        continue_on_failure: bool | NotGiven = NOT_GIVEN,
        service_auth: CreateConnectorServiceAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        connector_id: str,
        request_options: RequestOptions | None = None,
    ) -> UpdateConnectorResponse: ...

    async def update(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        name: str | NotGiven = NOT_GIVEN,
        url: str | NotGiven = NOT_GIVEN,
        excludes: Sequence[str] | NotGiven = NOT_GIVEN,
        oauth: CreateConnectorOAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        active: bool | NotGiven = NOT_GIVEN,
        continue_on_failure: bool | NotGiven = NOT_GIVEN,
        service_auth: CreateConnectorServiceAuth | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        connector_id: str | NotGiven = NOT_GIVEN,
        id_: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> UpdateConnectorResponse:
        """Update a Connector

        Update a connector by ID. Omitted fields will not be updated. See ['Managing your Connector'](https://docs.cohere.com/docs/managing-your-connector) for more information.

        Args:
            id: The ID of the connector to update.
            connector_id: Deprecated: the old name of id.
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
            id,
            connector_id,
            "the argument connector_id= of connectors.update() is deprecated: use id=",
        )
        id = renamed_argument(
            id, id_, "the argument id_= of connectors.update() is deprecated: use id="
        )
        id = required_argument(id, "connectors.update() is missing the argument id")
        response: UpdateConnectorResponse = await self._client.request(
            "PATCH",
            "/v1/connectors/{id}",
            path_params={
                "id": id,
            },
            body={
                "name": name,
                "url": url,
                "excludes": excludes,
                "oauth": oauth,
                "active": active,
                "continue_on_failure": continue_on_failure,
                "service_auth": service_auth,
            },
            response_type=UpdateConnectorResponse,
            options=request_options,
        )
        return response

    @overload
    async def o_auth_authorize(
        self,
        id: str,
        *,
        after_token_redirect: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> OAuthAuthorizeResponse: ...

    @overload
    async def o_auth_authorize(
        self,
        *,
        after_token_redirect: str | NotGiven = NOT_GIVEN,
        connector_id: str,
        request_options: RequestOptions | None = None,
    ) -> OAuthAuthorizeResponse: ...

    async def o_auth_authorize(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        after_token_redirect: str | NotGiven = NOT_GIVEN,
        connector_id: str | NotGiven = NOT_GIVEN,
        id_: str | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> OAuthAuthorizeResponse:
        """Authorize with oAuth

        Authorize the connector with the given ID for the connector oauth app.  See ['Connector Authentication'](https://docs.cohere.com/docs/connector-authentication) for more information.

        Args:
            id: The ID of the connector to authorize.
            after_token_redirect: The URL to redirect to after the connector has been authorized.
            connector_id: Deprecated: the old name of id.
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
            id,
            connector_id,
            "the argument connector_id= of connectors.o_auth_authorize() is deprecated: use id=",
        )
        id = renamed_argument(
            id, id_, "the argument id_= of connectors.o_auth_authorize() is deprecated: use id="
        )
        id = required_argument(id, "connectors.o_auth_authorize() is missing the argument id")
        response: OAuthAuthorizeResponse = await self._client.request(
            "POST",
            "/v1/connectors/{id}/oauth/authorize",
            path_params={
                "id": id,
            },
            query={
                "after_token_redirect": after_token_redirect,
            },
            response_type=OAuthAuthorizeResponse,
            options=request_options,
        )
        return response


class ConnectorsResourceWithRawResponse:
    def __init__(self, resource: ConnectorsResource) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.update = to_raw_response_wrapper(resource.update)
        self.o_auth_authorize = to_raw_response_wrapper(resource.o_auth_authorize)

        self._resource = resource


class AsyncConnectorsResourceWithRawResponse:
    def __init__(self, resource: AsyncConnectorsResource) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.o_auth_authorize = async_to_raw_response_wrapper(resource.o_auth_authorize)

        self._resource = resource
