"""Every error the client raises: one class per HTTP error status the API declares."""

from __future__ import annotations

from ._runtime import (
    ApiConnectionError,
    ApiError,
    ApiResponseValidationError,
    ApiStatusError,
    ApiTimeoutError,
    MissingApiKeyError,
)

__all__ = [
    "STATUS_ERRORS",
    "ApiConnectionError",
    "ApiError",
    "ApiNotImplementedError",
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
    "NotFoundError",
    "ServiceUnavailableError",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnprocessableEntityError",
]


class BadRequestError(ApiStatusError):
    """Raised when the API answers with HTTP status 400."""


class UnauthorizedError(ApiStatusError):
    """Raised when the API answers with HTTP status 401."""


class ForbiddenError(ApiStatusError):
    """Raised when the API answers with HTTP status 403."""


class NotFoundError(ApiStatusError):
    """Raised when the API answers with HTTP status 404."""


class UnprocessableEntityError(ApiStatusError):
    """Raised when the API answers with HTTP status 422."""


class TooManyRequestsError(ApiStatusError):
    """Raised when the API answers with HTTP status 429."""


class InvalidTokenError(ApiStatusError):
    """Raised when the API answers with HTTP status 498."""


class ClientClosedRequestError(ApiStatusError):
    """Raised when the API answers with HTTP status 499."""


class InternalServerError(ApiStatusError):
    """Raised when the API answers with HTTP status 500."""


class ApiNotImplementedError(ApiStatusError):
    """Raised when the API answers with HTTP status 501."""


class ServiceUnavailableError(ApiStatusError):
    """Raised when the API answers with HTTP status 503."""


class GatewayTimeoutError(ApiStatusError):
    """Raised when the API answers with HTTP status 504."""


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
