"""The HTTP clients the generated resource classes call: request building, retries, errors."""

from __future__ import annotations

import functools
import logging
import os
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, cast

import httpx2

from ._auth import Authenticator, SecurityRequirement, SecurityScheme
from ._bounds import (
    DEFAULT_MAX_RESPONSE_SIZE,
    aread_body,
    deadline_after,
    read_body,
    request_deadline,
    route_through_deadline,
    total_timeout,
)
from ._encoding import (
    encode_files,
    encode_headers,
    encode_json,
    encode_query,
    format_path,
    prepare_body,
    read_content,
    to_str,
)
from ._exceptions import ApiError, ApiStatusError, connection_error
from ._lenient import Leniency
from ._parsing import parse_response, status_error, unexpected_content_type
from ._response import ApiResponse, raw_response_requested
from ._retry import is_retryable_error, is_retryable_response, retry_delay
from ._streaming import AsyncStream, EventDecoder, Stream
from ._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "AsyncApiClient",
    "ClientSettings",
    "SyncApiClient",
    "resolve_base_url",
]

_JSON_CONTENT = {"Content-Type": "application/json"}
_SSE_ACCEPT = {"Accept": "text/event-stream"}
# Bodies sent as form fields (with any file parts: multipart; without: urlencoded)
_FORM_MEDIA_TYPES = frozenset({"multipart/form-data", "application/x-www-form-urlencoded"})
_ALWAYS_REDACTED = frozenset({"authorization", "proxy-authorization", "cookie"})
# As many as browsers and httpx2 follow.
MAX_REDIRECTS = 20


@dataclass(frozen=True)
class ClientSettings:
    """Everything a client needs, built once by the generated client class."""

    base_url: str
    # Credentials by constructor argument (see _auth.resolve_credentials); absent: not given.
    credentials: Mapping[str, str] = field(default_factory=dict, repr=False)
    # The environment variable of every credential argument, for error messages.
    credential_env: Mapping[str, str] = field(default_factory=dict)
    security_schemes: Mapping[str, SecurityScheme] = field(default_factory=dict)
    # What operations send unless they say otherwise (the spec's top-level `security`).
    security: SecurityRequirement = ()
    # Headers the API defines for every request (an API version, a client name); None: not sent.
    header_options: Mapping[str, object] = field(default_factory=dict)
    # Bounds each attempt of a request as a whole (see _bounds.py); per request: request_options.
    timeout: float | httpx2.Timeout = 60.0
    max_retries: int = 2
    # Largest response body (after decompression) or streamed event read, in bytes.
    max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE
    # False: a 2xx body of another shape is built leniently, with a warning; True: it raises.
    strict_response_validation: bool = False
    default_headers: Mapping[str, str] = field(default_factory=dict)
    status_errors: Mapping[int, type[ApiStatusError]] = field(default_factory=dict, repr=False)
    logger_name: str = "api_client"
    user_agent: str = "api-client/python"


def resolve_base_url(base_url: str | None, env_var: str | None, default: str) -> str:
    """The `base_url` argument, else the environment variable (if any and set), else `default`."""
    if base_url is not None:
        return base_url
    if env_var is not None:
        from_env = os.environ.get(env_var)
        if from_env:
            return from_env
    return default


@functools.cache
def _shared_ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle takes ~50 ms; every client the runtime creates shares one context
    # instead. (Read once: later changes to SSL_CERT_FILE / SSL_CERT_DIR are not seen.)
    return httpx2.create_ssl_context()


def _timeout_extension(timeout: float | httpx2.Timeout | None) -> dict[str, object]:
    # Passing the timeout as a request extension skips httpx2's per-request Timeout rebuild.
    return {"timeout": httpx2.Timeout(timeout).as_dict()}


def _merge_headers(base: Mapping[str, str], override: Mapping[str, str]) -> dict[str, str]:
    """`override` wins over `base`, comparing names case-insensitively as HTTP does."""
    replaced = {name.lower() for name in override}
    merged = {name: value for name, value in base.items() if name.lower() not in replaced}
    merged.update(override)
    return merged


def _redirect_method(method: str, status: int) -> str:
    """The method a redirect is followed with, as browsers and httpx2 do it."""
    if status == 303 and method != "HEAD":
        return "GET"
    if status == 302 and method not in ("HEAD", "QUERY"):
        return "GET"
    if status == 301 and method == "POST":
        return "GET"
    return method


def _same_site(source: httpx2.URL, target: httpx2.URL) -> bool:
    """Whether credentials may follow a redirect: the same origin, or its HTTPS upgrade."""
    a, b = source.origin, target.origin
    if a == b:
        return True
    return (
        a.host == b.host
        and (a.scheme, b.scheme) == ("http", "https")
        and a.port in (None, 80)
        and b.port in (None, 443)
    )


class _BaseApiClient:
    """What the sync and async clients share: everything except sending and sleeping."""

    def __init__(self, settings: ClientSettings, owns_http_client: bool) -> None:
        self.settings = settings
        self._base_url = settings.base_url.rstrip("/")
        self._logger = logging.getLogger(settings.logger_name)
        self._auth = Authenticator(
            schemes=settings.security_schemes,
            default=settings.security,
            credentials=settings.credentials,
            env_vars=settings.credential_env,
            base_url=self._base_url,
        )
        self._redactor = self._auth.redactor
        self._default_headers = _merge_headers(
            _merge_headers(
                {"User-Agent": settings.user_agent, "Accept": "application/json"},
                encode_headers(settings.header_options),
            ),
            settings.default_headers,
        )
        # An http client we create carries the default headers itself, so a request adds only its
        # own; a caller's client gets them with every request.
        self._owns_http_client = owns_http_client
        self._timeout_extension = _timeout_extension(settings.timeout)
        self._total_timeout = total_timeout(settings.timeout)
        self._redacted = _ALWAYS_REDACTED | self._auth.credential_headers()
        # Redirects are followed here, not by httpx2, which would carry custom credential headers
        # and query keys to another origin; a caller's client keeps its own choice.
        self._follow_redirects = True

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self._base_url!r}>"

    def _build_request(
        self,
        http_client: httpx2.Client | httpx2.AsyncClient,
        method: str,
        path: str,
        path_params: Mapping[str, object] | None,
        query: Mapping[str, object] | None,
        headers: Mapping[str, object] | None,
        body: object,
        files: Mapping[str, Any] | None,
        media_type: str | None,
        options: RequestOptions | None,
        accept: Mapping[str, str] | None = None,
    ) -> httpx2.Request:
        url = self._base_url + format_path(path, path_params)
        params = encode_query(query) if query else None
        request_headers = encode_headers(headers) if headers else None
        extensions = self._timeout_extension
        if options:
            extra_query = options.get("extra_query")
            if extra_query:
                params = (params or []) + encode_query(extra_query)
            extra_headers = options.get("extra_headers")
            if extra_headers:
                request_headers = _merge_headers(request_headers or {}, extra_headers)
            extra_body = options.get("extra_body")
            if extra_body:
                body = _merge_body(body, extra_body)
            if "timeout" in options:
                extensions = _timeout_extension(options["timeout"])

        content: bytes | None = None
        data: dict[str, Any] | None = None
        file_parts = encode_files(files) if files else None
        implied = accept
        if file_parts or media_type in _FORM_MEDIA_TYPES:
            # httpx2 sends multipart when there are file parts, urlencoded fields otherwise.
            data = _form_fields(body, repeat_lists=media_type != "multipart/form-data")
            if media_type == "multipart/form-data" and not file_parts and data:
                # No file given: the fields alone are the parts (not a urlencoded body).
                file_parts = [(name, (None, value)) for name, value in data.items()]
                data = None
        elif body is not NOT_GIVEN:
            if media_type is not None and not _is_json_media(media_type):
                content = read_content(body)
                implied = {"Content-Type": media_type, **(accept or {})}
            elif isinstance(body, (bytes, bytearray)):
                content = bytes(body)
            else:
                content = encode_json(prepare_body(body))
                implied = _JSON_CONTENT if accept is None else {**_JSON_CONTENT, **accept}
        if implied is not None:
            request_headers = (
                _merge_headers(implied, request_headers) if request_headers else dict(implied)
            )
        if not self._owns_http_client:
            request_headers = _merge_headers(self._default_headers, request_headers or {})
        try:
            return http_client.build_request(
                method,
                url,
                content=content,
                data=data,
                files=file_parts or None,
                params=params,
                headers=request_headers,
                extensions=extensions,
            )
        except httpx2.InvalidURL as exc:
            raise ApiError(f"Invalid request URL {url!r}: {exc}") from exc

    def _request_timeout(self, options: RequestOptions | None) -> float | None:
        """Seconds each attempt of this request may take, connecting to the last body byte."""
        if options and "timeout" in options:
            return total_timeout(options["timeout"])
        return self._total_timeout

    def _max_retries(self, options: RequestOptions | None) -> int:
        if options and "max_retries" in options:
            return options["max_retries"]
        return self.settings.max_retries

    def _retry_delay(
        self,
        request: httpx2.Request,
        retries_done: int,
        max_retries: int,
        response: httpx2.Response | None,
        error: httpx2.HTTPError | None,
    ) -> float | None:
        """Seconds to wait before retrying, or None when this outcome is final."""
        if retries_done >= max_retries:
            return None
        if response is not None:
            if not is_retryable_response(response):
                return None
            reason = f"status {response.status_code}"
        elif error is not None and is_retryable_error(error):
            reason = f"{type(error).__name__}: {error}"
        else:
            return None
        delay = retry_delay(retries_done, response)
        if self._logger.isEnabledFor(logging.DEBUG):
            self._logger.debug(
                "Retrying %s %s in %.3fs (retry %d of %d) after %s",
                request.method,
                self._scrub(request.url),
                delay,
                retries_done + 1,
                max_retries,
                reason,
            )
        return delay

    def _log_request(self, request: httpx2.Request) -> None:
        headers = {
            name: "<redacted>" if name.lower() in self._redacted else self._scrub(value)
            for name, value in request.headers.items()
        }
        self._logger.debug(
            "HTTP request: %s %s headers=%r", request.method, self._scrub(request.url), headers
        )

    def _log_response(self, response: httpx2.Response, started: float) -> None:
        request = response.request
        self._logger.debug(
            "HTTP response: %d %s %s in %.3fs",
            response.status_code,
            request.method,
            self._scrub(request.url),
            time.perf_counter() - started,
        )

    def _scrub(self, value: object) -> str:
        # A credential may also travel outside its header (the query string, a caller's header).
        return self._redactor.text(str(value))

    def _status_error(self, response: httpx2.Response) -> ApiStatusError:
        return status_error(response, self.settings.status_errors, self._redactor)

    def _leniency(self, options: RequestOptions | None, method: str, path: str) -> Leniency | None:
        """How this request treats a 2xx body of another shape: None raises (strict mode)."""
        strict = self.settings.strict_response_validation
        if options and "strict_response_validation" in options:
            strict = options["strict_response_validation"]
        return None if strict else Leniency(self._logger, f"{method} {path}")

    def _result(
        self, response: httpx2.Response, response_type: Any, leniency: Leniency | None
    ) -> Any:
        parse = functools.partial(parse_response, response, response_type, self._redactor, leniency)
        if raw_response_requested.get():
            return ApiResponse(response, parse)
        return parse()

    def _token_request(
        self, name: str, http_client: httpx2.Client | httpx2.AsyncClient
    ) -> httpx2.Request:
        request = self._auth.token_request(name, http_client)
        request.extensions = self._timeout_extension
        return request

    def _redirect_request(
        self,
        request: httpx2.Request,
        response: httpx2.Response,
        cookies: httpx2.Cookies,
        chosen: tuple[str, ...],
    ) -> tuple[httpx2.Request, tuple[str, ...]]:
        """The request that follows a redirect, and the schemes it carries: the same as before
        on the same origin (placed again: the new URL has its own query), none on another."""
        method = _redirect_method(request.method, response.status_code)
        try:
            url = request.url.join(response.headers["Location"])
        except httpx2.InvalidURL as exc:
            raise httpx2.RemoteProtocolError(
                f"Invalid URL in the Location header: {exc}", request=request
            ) from None
        headers = httpx2.Headers(request.headers)
        headers.pop("Cookie", None)  # rebuilt below from the cookie jar, for the new URL
        keeps_body = method == request.method
        if not keeps_body:
            for name in ("Content-Length", "Transfer-Encoding", "Content-Type"):
                headers.pop(name, None)
        if url.origin != request.url.origin:
            headers["Host"] = url.netloc.decode("ascii")
        follow = httpx2.Request(
            method,
            url,
            headers=headers,
            stream=request.stream if keeps_body else None,
            extensions=request.extensions,
        )
        cookies.set_cookie_header(follow)
        if not _same_site(request.url, url):
            self._auth.strip(follow)
            return follow, ()
        self._auth.apply(follow, chosen)
        return follow, chosen


def _merge_body(body: object, extra: Mapping[str, object]) -> object:
    if body is NOT_GIVEN:
        return dict(extra)
    prepared = prepare_body(body)
    if not isinstance(prepared, dict):
        raise TypeError("extra_body needs a request body that is a JSON object")
    return {**prepared, **extra}


def _is_json_media(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def _form_fields(body: object, repeat_lists: bool) -> dict[str, Any] | None:
    """A form's non-file fields: scalars as text, objects and arrays as JSON; with
    ``repeat_lists`` (urlencoded forms, OpenAPI's default form style) an array of scalars is
    the field repeated, once per item."""
    if body is NOT_GIVEN:
        return None
    prepared = prepare_body(body)
    if not isinstance(prepared, dict):
        raise TypeError("a form request body must be a mapping of field names to values")
    return {name: _form_value(value, repeat_lists) for name, value in prepared.items()}


def _form_value(value: object, repeat_lists: bool) -> str | list[str]:
    if (
        repeat_lists
        and isinstance(value, list)
        and not any(isinstance(item, (dict, list)) for item in value)
    ):
        return [to_str(item) for item in value]
    if isinstance(value, (dict, list)):
        return encode_json(value).decode()
    return to_str(value)


class SyncApiClient(_BaseApiClient):
    """Blocking client. A caller-supplied `http_client` is used as is and never closed by us."""

    def __init__(self, settings: ClientSettings, http_client: httpx2.Client | None = None) -> None:
        super().__init__(settings, owns_http_client=http_client is None)
        if http_client is None:
            http_client = httpx2.Client(
                headers=self._default_headers,
                timeout=settings.timeout,
                verify=_shared_ssl_context(),
            )
            route_through_deadline(http_client)
        else:
            self._follow_redirects = http_client.follow_redirects
        self._http = http_client

    def request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        body: object = NOT_GIVEN,
        files: Mapping[str, Any] | None = None,
        media_type: str | None = None,
        response_type: Any,
        options: RequestOptions | None = None,
        security: SecurityRequirement | None = None,
    ) -> Any:
        """Send a request (retrying as configured) and return its parsed body.

        Inside a raw-response wrapper, returns an ApiResponse instead.
        """
        request = self._build_request(
            self._http, method, path, path_params, query, headers, body, files, media_type, options
        )
        response = self._send(request, options, False, security)
        return self._result(response, response_type, self._leniency(options, method, path))

    def stream(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        body: object = NOT_GIVEN,
        files: Mapping[str, Any] | None = None,
        media_type: str | None = None,
        decoder: EventDecoder,
        options: RequestOptions | None = None,
        security: SecurityRequirement | None = None,
    ) -> Stream[Any]:
        """Send a request and return its events as a Stream once a 2xx status has arrived.

        Retries happen only before that point: a started stream is never replayed.
        """
        accept = _SSE_ACCEPT if decoder.format == "sse" else None
        request = self._build_request(
            self._http,
            method,
            path,
            path_params,
            query,
            headers,
            body,
            files,
            media_type,
            options,
            accept,
        )
        response = self._send(request, options, True, security)
        seconds = self._request_timeout(options)
        if not decoder.accepts(response):
            try:
                read_body(response, self.settings.max_response_size, deadline_after(seconds))
            except httpx2.HTTPError:
                pass  # the error names the content type either way; the body is only quoted
            raise unexpected_content_type(response, decoder.format, self._redactor)
        stream: Stream[Any] = Stream(
            response,
            decoder,
            self._redactor,
            seconds,
            self.settings.max_response_size,
            self._leniency(options, method, path),
        )
        if raw_response_requested.get():
            # The raw wrapper's declared result is ApiResponse[Stream[...]]; see _response.py.
            return cast(Stream[Any], ApiResponse(response, lambda: stream))
        return stream

    def _send(
        self,
        request: httpx2.Request,
        options: RequestOptions | None,
        stream: bool,
        security: SecurityRequirement | None,
    ) -> httpx2.Response:
        chosen = self._auth.choose(security)  # before anything is sent
        max_retries = self._max_retries(options)
        seconds = self._request_timeout(options)
        max_size = self.settings.max_response_size
        debug = self._logger.isEnabledFor(logging.DEBUG)
        retries_done = 0
        refreshed = False
        while True:
            fetched = self._authenticate(request, chosen)
            started = 0.0
            if debug:
                self._log_request(request)
                started = time.perf_counter()
            deadline = deadline_after(seconds)
            token = request_deadline.set(deadline)
            try:
                # Always streamed, so that the body is read within the size limit and deadline.
                response = self._send_following_redirects(request, chosen)
                if not stream or response.status_code >= 400:
                    read_body(response, max_size, deadline)  # also frees the connection
            except httpx2.HTTPError as exc:
                delay = self._retry_delay(request, retries_done, max_retries, None, exc)
                if delay is None:
                    raise connection_error(exc, request, seconds) from exc
            else:
                if debug:
                    self._log_response(response, started)
                if response.status_code < 400:
                    return response
                if response.status_code == 401 and fetched and not refreshed:
                    self._auth.forget(fetched)  # expired early or revoked: fetch a new one, once
                    refreshed = True
                    continue
                delay = self._retry_delay(request, retries_done, max_retries, response, None)
                if delay is None:
                    raise self._status_error(response)
            finally:
                request_deadline.reset(token)
            time.sleep(delay)
            retries_done += 1

    def _send_following_redirects(
        self, request: httpx2.Request, chosen: tuple[str, ...]
    ) -> httpx2.Response:
        response = self._http.send(request, stream=True, follow_redirects=False)
        for _ in range(MAX_REDIRECTS):
            if not (self._follow_redirects and response.has_redirect_location):
                return response
            response.close()
            request, chosen = self._redirect_request(request, response, self._http.cookies, chosen)
            response = self._http.send(request, stream=True, follow_redirects=False)
        if self._follow_redirects and response.has_redirect_location:
            response.close()
            raise httpx2.TooManyRedirects(
                "Exceeded the maximum number of redirects", request=request
            )
        return response

    def _authenticate(self, request: httpx2.Request, chosen: tuple[str, ...]) -> dict[str, str]:
        """Place the chosen credentials, fetching OAuth2 tokens first where needed (one thread
        fetches, the others wait for its token)."""
        for name in self._auth.tokens_to_fetch(chosen):
            with self._auth.token_lock(name):
                if self._auth.cached_token(name) is None:
                    token_request = self._token_request(name, self._http)
                    self._auth.store_token(name, self._send(token_request, None, False, ()))
        return self._auth.apply(request, chosen)

    def close(self) -> None:
        """Close the connection pool, unless the http client was supplied by the caller."""
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncApiClient(_BaseApiClient):
    """Asyncio client. A caller-supplied `http_client` is used as is and never closed by us."""

    def __init__(
        self, settings: ClientSettings, http_client: httpx2.AsyncClient | None = None
    ) -> None:
        super().__init__(settings, owns_http_client=http_client is None)
        if http_client is None:
            http_client = httpx2.AsyncClient(
                headers=self._default_headers,
                timeout=settings.timeout,
                verify=_shared_ssl_context(),
            )
            route_through_deadline(http_client)
        else:
            self._follow_redirects = http_client.follow_redirects
        self._http = http_client
        self._token_locks: dict[str, asyncio.Lock] = {}

    async def request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        body: object = NOT_GIVEN,
        files: Mapping[str, Any] | None = None,
        media_type: str | None = None,
        response_type: Any,
        options: RequestOptions | None = None,
        security: SecurityRequirement | None = None,
    ) -> Any:
        """Send a request (retrying as configured) and return its parsed body.

        Inside a raw-response wrapper, returns an ApiResponse instead.
        """
        request = self._build_request(
            self._http, method, path, path_params, query, headers, body, files, media_type, options
        )
        response = await self._send(request, options, False, security)
        return self._result(response, response_type, self._leniency(options, method, path))

    async def stream(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        body: object = NOT_GIVEN,
        files: Mapping[str, Any] | None = None,
        media_type: str | None = None,
        decoder: EventDecoder,
        options: RequestOptions | None = None,
        security: SecurityRequirement | None = None,
    ) -> AsyncStream[Any]:
        """Send a request and return its events as an AsyncStream once a 2xx status has arrived.

        Retries happen only before that point: a started stream is never replayed.
        """
        accept = _SSE_ACCEPT if decoder.format == "sse" else None
        request = self._build_request(
            self._http,
            method,
            path,
            path_params,
            query,
            headers,
            body,
            files,
            media_type,
            options,
            accept,
        )
        response = await self._send(request, options, True, security)
        seconds = self._request_timeout(options)
        if not decoder.accepts(response):
            try:
                await aread_body(response, self.settings.max_response_size, deadline_after(seconds))
            except httpx2.HTTPError:
                pass
            raise unexpected_content_type(response, decoder.format, self._redactor)
        stream: AsyncStream[Any] = AsyncStream(
            response,
            decoder,
            self._redactor,
            seconds,
            self.settings.max_response_size,
            self._leniency(options, method, path),
        )
        if raw_response_requested.get():
            return cast(AsyncStream[Any], ApiResponse(response, lambda: stream))
        return stream

    async def _send(
        self,
        request: httpx2.Request,
        options: RequestOptions | None,
        stream: bool,
        security: SecurityRequirement | None,
    ) -> httpx2.Response:
        chosen = self._auth.choose(security)  # before anything is sent
        max_retries = self._max_retries(options)
        seconds = self._request_timeout(options)
        max_size = self.settings.max_response_size
        debug = self._logger.isEnabledFor(logging.DEBUG)
        retries_done = 0
        refreshed = False
        while True:
            fetched = await self._authenticate(request, chosen)
            started = 0.0
            if debug:
                self._log_request(request)
                started = time.perf_counter()
            deadline = deadline_after(seconds)
            token = request_deadline.set(deadline)
            try:
                response = await self._send_following_redirects(request, chosen)
                if not stream or response.status_code >= 400:
                    await aread_body(response, max_size, deadline)
            except httpx2.HTTPError as exc:
                delay = self._retry_delay(request, retries_done, max_retries, None, exc)
                if delay is None:
                    raise connection_error(exc, request, seconds) from exc
            else:
                if debug:
                    self._log_response(response, started)
                if response.status_code < 400:
                    return response
                if response.status_code == 401 and fetched and not refreshed:
                    self._auth.forget(fetched)
                    refreshed = True
                    continue
                delay = self._retry_delay(request, retries_done, max_retries, response, None)
                if delay is None:
                    raise self._status_error(response)
            finally:
                request_deadline.reset(token)
            await _async_sleep(delay)
            retries_done += 1

    async def _send_following_redirects(
        self, request: httpx2.Request, chosen: tuple[str, ...]
    ) -> httpx2.Response:
        response = await self._http.send(request, stream=True, follow_redirects=False)
        for _ in range(MAX_REDIRECTS):
            if not (self._follow_redirects and response.has_redirect_location):
                return response
            await response.aclose()
            request, chosen = self._redirect_request(request, response, self._http.cookies, chosen)
            response = await self._http.send(request, stream=True, follow_redirects=False)
        if self._follow_redirects and response.has_redirect_location:
            await response.aclose()
            raise httpx2.TooManyRedirects(
                "Exceeded the maximum number of redirects", request=request
            )
        return response

    async def _authenticate(
        self, request: httpx2.Request, chosen: tuple[str, ...]
    ) -> dict[str, str]:
        """Place the chosen credentials, fetching OAuth2 tokens first where needed (one task
        fetches, the others wait for its token)."""
        for name in self._auth.tokens_to_fetch(chosen):
            async with self._token_lock(name):
                if self._auth.cached_token(name) is None:
                    token_request = self._token_request(name, self._http)
                    response = await self._send(token_request, None, False, ())
                    self._auth.store_token(name, response)
        return self._auth.apply(request, chosen)

    def _token_lock(self, name: str) -> asyncio.Lock:
        import asyncio  # see _async_sleep

        lock = self._token_locks.get(name)
        if lock is None:
            lock = self._token_locks[name] = asyncio.Lock()
        return lock

    async def aclose(self) -> None:
        """Close the connection pool, unless the http client was supplied by the caller."""
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


async def _async_sleep(seconds: float) -> None:
    # Imported here: asyncio costs ~20 ms to import and sync-only users never need it. By the time
    # an async client retries, the event loop has long imported it.
    import asyncio

    await asyncio.sleep(seconds)
