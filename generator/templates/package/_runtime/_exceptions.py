"""The errors a client raises; every one derives from ApiError.

Messages are built by the runtime and never include a credential (keys, passwords, tokens).
"""

from __future__ import annotations

import httpx2

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "ApiResponseTooLargeError",
    "ApiResponseValidationError",
    "ApiStatusError",
    "ApiTimeoutError",
    "MissingApiKeyError",
    "MissingCredentialError",
]


class ApiError(Exception):
    """Root of every error raised by the client."""

    message: str

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ApiConnectionError(ApiError):
    """The request could not be sent or its response could not be read completely."""

    request: httpx2.Request | None

    def __init__(self, message: str, *, request: httpx2.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class ApiTimeoutError(ApiConnectionError):
    """A connect, read, write or pool timeout expired."""


class ApiStatusError(ApiError):
    """The server answered with a status >= 400.

    The generated errors module subclasses this once per documented status, and the client raises
    the subclass matching the status.
    """

    status_code: int
    headers: httpx2.Headers
    body: object
    request: httpx2.Request
    response: httpx2.Response

    def __init__(self, message: str, *, response: httpx2.Response, body: object) -> None:
        super().__init__(message)
        self.response = response
        self.request = response.request
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body


class ApiResponseValidationError(ApiError):
    """A successful response whose body is not valid JSON or not of the declared shape."""

    response: httpx2.Response
    body: object
    status_code: int

    def __init__(self, message: str, *, response: httpx2.Response, body: object) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class ApiResponseTooLargeError(ApiError):
    """A response (or one streamed event) larger than the client's `max_response_size`,
    counted after decompression; reading stopped there."""

    response: httpx2.Response
    status_code: int
    max_size: int

    def __init__(self, message: str, *, response: httpx2.Response, max_size: int) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.max_size = max_size


class MissingCredentialError(ApiError):
    """An operation needs a credential that was neither passed to the client nor set in its
    environment variable; raised before anything is sent. The message names both."""


# The name this error had when clients knew only API keys.
MissingApiKeyError = MissingCredentialError


def connection_error(
    exc: httpx2.HTTPError, request: httpx2.Request | None, timeout: float | None = None
) -> ApiConnectionError:
    """Map an httpx2 error to ours; the message names the failure, never a header value.

    `timeout`: the seconds the request (or a stream's wait for its next event) had.
    """
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx2.TimeoutException):
        within = "" if timeout is None else f": not complete within its {timeout:g} s timeout"
        return ApiTimeoutError(f"Request timed out{within} ({detail})", request=request)
    return ApiConnectionError(f"Connection error ({detail})", request=request)
