"""HTTP runtime of a generated API client, vendored verbatim into each generated package.

Depends only on the standard library, httpx2 and pydantic v2.
"""

from ._auth import (
    ApiKeyAuth,
    BasicAuth,
    HttpAuth,
    OAuth2Auth,
    SecurityRequirement,
    SecurityScheme,
    resolve_credentials,
)
from ._bounds import DEFAULT_MAX_RESPONSE_SIZE
from ._client import (
    AsyncApiClient,
    ClientSettings,
    SyncApiClient,
    resolve_base_url,
)
from ._deprecation import renamed_argument, required_argument, warn_deprecated
from ._encoding import cookie_header
from ._exceptions import (
    ApiConnectionError,
    ApiError,
    ApiResponseTooLargeError,
    ApiResponseValidationError,
    ApiStatusError,
    ApiTimeoutError,
    MissingApiKeyError,
    MissingCredentialError,
)
from ._pagination import (
    aiterate_offset_pages,
    aiterate_token_pages,
    iterate_offset_pages,
    iterate_token_pages,
)
from ._response import (
    ApiResponse,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from ._streaming import AsyncStream, EventDecoder, LazyAsyncStream, Stream, UnknownEvent
from ._types import NOT_GIVEN, FileContent, FileInput, NotGiven, RequestOptions

__all__ = [
    "DEFAULT_MAX_RESPONSE_SIZE",
    "NOT_GIVEN",
    "ApiConnectionError",
    "ApiError",
    "ApiKeyAuth",
    "ApiResponse",
    "ApiResponseTooLargeError",
    "ApiResponseValidationError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AsyncApiClient",
    "AsyncStream",
    "BasicAuth",
    "ClientSettings",
    "EventDecoder",
    "FileContent",
    "FileInput",
    "HttpAuth",
    "LazyAsyncStream",
    "MissingApiKeyError",
    "MissingCredentialError",
    "NotGiven",
    "OAuth2Auth",
    "RequestOptions",
    "SecurityRequirement",
    "SecurityScheme",
    "Stream",
    "SyncApiClient",
    "UnknownEvent",
    "aiterate_offset_pages",
    "aiterate_token_pages",
    "async_to_raw_response_wrapper",
    "cookie_header",
    "iterate_offset_pages",
    "iterate_token_pages",
    "renamed_argument",
    "required_argument",
    "resolve_base_url",
    "resolve_credentials",
    "to_raw_response_wrapper",
    "warn_deprecated",
]
