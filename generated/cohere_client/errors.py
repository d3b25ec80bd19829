"""Every error the client raises: one class per HTTP error status the API declares."""

from __future__ import annotations

from ._runtime import (
    ApiConnectionError,
    ApiError,
    ApiResponseTooLargeError,
    ApiResponseValidationError,
    ApiStatusError,
    ApiTimeoutError,
    MissingApiKeyError,
    MissingCredentialError,
)

__all__ = [
    "STATUS_ERRORS",
    "ApiConnectionError",
    "ApiError",
    "ApiNotImplementedError",
    "ApiResponseTooLargeError",
    "ApiResponseValidationError",
    "ApiStatusError",
    "ApiTimeoutError",
    "BadRequestError",
    "ClientClosedRequestError",
    "ForbiddenError",
    "GatewayTimeoutError",
    "InternalServerError",
    "InvalidTokenError",
    "MissingApiKeyError",
    "MissingCredentialError",
    "NotFoundError",
    "ServiceUnavailableError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]


class BadRequestError(ApiStatusError):
    """Raised when the API answers with HTTP status 400.

    This error is returned when the request is not well formed. This could be because:
      - JSON is invalid
      - The request is missing required fields
      - The request contains an invalid combination of fields
    """


class UnauthorizedError(ApiStatusError):
    """Raised when the API answers with HTTP status 401.

    This error indicates that the operation attempted to be performed is not allowed. This could be because:
      - The api token is invalid
      - The user does not have the necessary permissions
    """


class ForbiddenError(ApiStatusError):
    """Raised when the API answers with HTTP status 403.

    This error indicates that the operation attempted to be performed is not allowed. This could be because:
      - The api token is invalid
      - The user does not have the necessary permissions
    """


class NotFoundError(ApiStatusError):
    """Raised when the API answers with HTTP status 404.

    This error is returned when a resource is not found. This could be because:
      - The endpoint does not exist
      - The resource does not exist eg model id, dataset id
    """


class UnprocessableEntityError(ApiStatusError):
    """Raised when the API answers with HTTP status 422.

    This error is returned when the request is not well formed. This could be because:
      - JSON is invalid
      - The request is missing required fields
      - The request contains an invalid combination of fields
    """


class TooManyRequestsError(ApiStatusError):
    """Raised when the API answers with HTTP status 429.

    Too many requests
    """


class InvalidTokenError(ApiStatusError):
    """Raised when the API answers with HTTP status 498.

    This error is returned when a request or response contains a deny-listed token.
    """


class ClientClosedRequestError(ApiStatusError):
    """Raised when the API answers with HTTP status 499.

    This error is returned when a request is cancelled by the user.
    """


class InternalServerError(ApiStatusError):
    """Raised when the API answers with HTTP status 500.

    This error is returned when an uncategorised internal server error occurs.
    """


class ApiNotImplementedError(ApiStatusError):
    """Raised when the API answers with HTTP status 501.

    This error is returned when the requested feature is not implemented.
    """


class ServiceUnavailableError(ApiStatusError):
    """Raised when the API answers with HTTP status 503.

    This error is returned when the service is unavailable. This could be due to:
      - Too many users trying to access the service at the same time
    """


class GatewayTimeoutError(ApiStatusError):
    """Raised when the API answers with HTTP status 504.

    This error is returned when a request to the server times out. This could be due to:
      - An internal services taking too long to respond
    """


STATUS_ERRORS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: TooManyRequestsError,
    498: InvalidTokenError,
    499: ClientClosedRequestError,
    500: InternalServerError,
    501: ApiNotImplementedError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}
