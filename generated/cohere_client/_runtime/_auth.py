"""Authentication: the API's security schemes, the caller's credentials, and where they go.

A generated client declares its schemes (from the spec's ``components.securitySchemes``) and
its requirements (the spec's ``security``): a requirement lists alternatives, each a set of
schemes sent together. For every request the client picks the first alternative whose
credentials are all at hand and places them in headers, the query string or cookies. OAuth2
client-credentials tokens are fetched by the client (see _client.py), cached here until they
expire, and fetched again once when the API answers 401.
"""

from __future__ import annotations

import base64
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

import httpx2

from ._exceptions import ApiResponseValidationError, MissingCredentialError
from ._redact import Redactor

__all__ = [
    "ApiKeyAuth",
    "Authenticator",
    "BasicAuth",
    "HttpAuth",
    "OAuth2Auth",
    "SecurityRequirement",
    "SecurityScheme",
    "resolve_credentials",
]

# A requirement: alternatives (the first whose credentials are all given wins), each naming the
# schemes sent together. () sends nothing; ((),) too, explicitly.
SecurityRequirement: TypeAlias = tuple[tuple[str, ...], ...]

# Monotonic seconds; tests replace it to let a token expire without waiting.
clock = time.monotonic
# A token is renewed this long before the expiry the server announced, or at 90% of a short
# lifetime, so that it does not expire in flight.
EXPIRY_MARGIN = 30.0


@dataclass(frozen=True)
class ApiKeyAuth:
    """A key sent as is in a header, a query parameter or a cookie."""

    location: Literal["header", "query", "cookie"]
    name: str  # the header, query parameter or cookie that carries the key
    credential: str  # the constructor argument holding it


@dataclass(frozen=True)
class HttpAuth:
    """``Authorization: <scheme> <credential>``: bearer tokens, and any other HTTP scheme."""

    scheme: str  # "Bearer"
    credential: str


@dataclass(frozen=True)
class BasicAuth:
    """``Authorization: Basic base64(username:password)``."""

    username: str
    password: str


@dataclass(frozen=True)
class OAuth2Auth:
    """A bearer token: given ready (any flow), or fetched with the client-credentials flow."""

    access_token: str
    client_id: str = ""  # empty: the scheme has no client-credentials flow
    client_secret: str = ""
    token_url: str = ""
    scopes: tuple[str, ...] = ()


SecurityScheme: TypeAlias = ApiKeyAuth | HttpAuth | BasicAuth | OAuth2Auth


def resolve_credentials(
    given: Mapping[str, str | None], env_vars: Mapping[str, str]
) -> dict[str, str]:
    """Each credential from its argument, else from its environment variable; an empty value
    counts as missing. Only the credentials found are returned."""
    found: dict[str, str] = {}
    for argument, env_var in env_vars.items():
        value = given.get(argument)
        if value is None:
            value = os.environ.get(env_var)
        if value:
            found[argument] = value
    return found


@dataclass
class _Token:
    value: str
    expires_at: float | None  # clock() time; None: until the API rejects it

    def is_fresh(self) -> bool:
        return self.expires_at is None or clock() < self.expires_at


@dataclass
class Authenticator:
    """One client's schemes and credentials: chooses, places and strips them, caches tokens."""

    schemes: Mapping[str, SecurityScheme]
    default: SecurityRequirement
    credentials: Mapping[str, str] = field(repr=False)
    env_vars: Mapping[str, str]
    base_url: str
    redactor: Redactor = field(init=False, repr=False)
    _tokens: dict[str, _Token] = field(init=False, default_factory=dict, repr=False)
    _locks: dict[str, threading.Lock] = field(init=False, default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        secrets = [
            value
            for argument, value in self.credentials.items()
            if not self._is_identifier(argument)
        ]
        secrets += [self._basic_token(s) for s in self.schemes.values() if isinstance(s, BasicAuth)]
        self.redactor = Redactor(s for s in secrets if s)
        self._locks = {name: threading.Lock() for name in self._fetchable()}

    # -- choosing --------------------------------------------------------------------------

    def choose(self, requirement: SecurityRequirement | None) -> tuple[str, ...]:
        """The schemes to send: the first alternative whose credentials are all given.

        Raises MissingCredentialError, before anything is sent, when none is.
        """
        alternatives = self.default if requirement is None else requirement
        if not alternatives:
            return ()
        for alternative in alternatives:
            if all(self._available(self.schemes[name]) for name in alternative):
                return alternative
        raise MissingCredentialError(self._missing_message(alternatives))

    def _available(self, scheme: SecurityScheme) -> bool:
        if isinstance(scheme, OAuth2Auth):
            return scheme.access_token in self.credentials or (
                bool(scheme.client_id)
                and scheme.client_id in self.credentials
                and scheme.client_secret in self.credentials
            )
        return all(argument in self.credentials for argument in _arguments(scheme))

    def _missing_message(self, alternatives: SecurityRequirement) -> str:
        options = []
        for alternative in alternatives:
            arguments = [a for name in alternative for a in self._wanted(self.schemes[name])]
            if arguments:
                options.append(
                    " and ".join(f"{a}=... (or ${self.env_vars.get(a, '?')})" for a in arguments)
                )
        wanted = "; or ".join(dict.fromkeys(options))
        return f"This operation needs credentials that were not given: pass {wanted} to the client."

    def _wanted(self, scheme: SecurityScheme) -> list[str]:
        """The arguments still missing for a scheme (for OAuth2: the simplest way to complete)."""
        if isinstance(scheme, OAuth2Auth) and scheme.client_id:
            pair = [
                a for a in (scheme.client_id, scheme.client_secret) if a not in self.credentials
            ]
            return pair if len(pair) == 1 else [scheme.access_token]
        return [a for a in _arguments(scheme) if a not in self.credentials]

    # -- tokens ----------------------------------------------------------------------------

    def tokens_to_fetch(self, chosen: tuple[str, ...]) -> list[str]:
        """The chosen OAuth2 schemes that need a token fetched (none given, none cached)."""
        return [
            name
            for name in chosen
            if self._fetches(name) and not (name in self._tokens and self._tokens[name].is_fresh())
        ]

    def token_lock(self, name: str) -> threading.Lock:
        return self._locks[name]

    def cached_token(self, name: str) -> str | None:
        token = self._tokens.get(name)
        return token.value if token is not None and token.is_fresh() else None

    def token_request(
        self, name: str, http_client: httpx2.Client | httpx2.AsyncClient
    ) -> httpx2.Request:
        """The client-credentials request for a scheme's token (client authenticated by Basic)."""
        scheme = self.schemes[name]
        assert isinstance(scheme, OAuth2Auth)
        form = {"grant_type": "client_credentials"}
        if scheme.scopes:
            form["scope"] = " ".join(scheme.scopes)
        client = f"{self.credentials[scheme.client_id]}:{self.credentials[scheme.client_secret]}"
        basic = base64.b64encode(client.encode()).decode()
        self.redactor.add(basic)
        return http_client.build_request(
            "POST",
            httpx2.URL(self.base_url + "/").join(scheme.token_url),
            data=form,
            headers={"Authorization": "Basic " + basic, "Accept": "application/json"},
        )

    def store_token(self, name: str, response: httpx2.Response) -> str:
        """Read a token response; the token is cached (and redacted) from now on."""
        try:
            payload = response.json()
        except ValueError:
            payload = None
        token = payload.get("access_token") if isinstance(payload, dict) else None
        if not isinstance(token, str) or not token:
            raise ApiResponseValidationError(
                f"The token response of {response.request.url} has no access_token",
                response=response,
                body=self.redactor.value(payload),
            )
        self.redactor.add(token)
        self._tokens[name] = _Token(token, _expiry(payload.get("expires_in")))
        return token

    def forget(self, tokens: Mapping[str, str]) -> None:
        """Drop fetched tokens the API rejected, unless another request already replaced them."""
        for name, value in tokens.items():
            cached = self._tokens.get(name)
            if cached is not None and cached.value == value:
                del self._tokens[name]

    def _fetches(self, name: str) -> bool:
        scheme = self.schemes[name]
        return (
            isinstance(scheme, OAuth2Auth)
            and scheme.access_token not in self.credentials
            and bool(scheme.client_id)
        )

    def _fetchable(self) -> list[str]:
        return [
            name for name, s in self.schemes.items() if isinstance(s, OAuth2Auth) and s.client_id
        ]

    # -- placing ---------------------------------------------------------------------------

    def apply(self, request: httpx2.Request, chosen: tuple[str, ...]) -> dict[str, str]:
        """Put the chosen schemes' credentials on the request (replacing any from an earlier
        attempt); returns the fetched tokens it used, by scheme."""
        fetched: dict[str, str] = {}
        for name in chosen:
            scheme = self.schemes[name]
            if isinstance(scheme, ApiKeyAuth):
                _place(request, scheme.location, scheme.name, self.credentials[scheme.credential])
            elif isinstance(scheme, HttpAuth):
                value = f"{scheme.scheme} {self.credentials[scheme.credential]}"
                request.headers["Authorization"] = value
            elif isinstance(scheme, BasicAuth):
                request.headers["Authorization"] = "Basic " + self._basic_token(scheme)
            else:
                token = self.credentials.get(scheme.access_token)
                if token is None:
                    token = fetched[name] = self._tokens[name].value
                request.headers["Authorization"] = f"Bearer {token}"
        return fetched

    def strip(self, request: httpx2.Request) -> None:
        """Remove every credential any scheme could have placed (a redirect to another origin)."""
        request.headers.pop("Authorization", None)
        for scheme in self.schemes.values():
            if not isinstance(scheme, ApiKeyAuth):
                continue
            if scheme.location == "header":
                request.headers.pop(scheme.name, None)
            elif scheme.location == "query":
                request.url = request.url.copy_remove_param(scheme.name)
            else:
                _remove_cookie(request, scheme.name)

    def credential_headers(self) -> frozenset[str]:
        """Lower-case names of the headers that carry credentials (redacted in logs)."""
        names = {"authorization"}
        names |= {
            s.name.lower()
            for s in self.schemes.values()
            if isinstance(s, ApiKeyAuth) and s.location == "header"
        }
        return frozenset(names)

    def _basic_token(self, scheme: BasicAuth) -> str:
        username = self.credentials.get(scheme.username, "")
        password = self.credentials.get(scheme.password, "")
        if not (username or password):
            return ""
        return base64.b64encode(f"{username}:{password}".encode()).decode()

    def _is_identifier(self, argument: str) -> bool:
        """Usernames and client ids name someone; they are not secrets worth redacting."""
        return any(
            (isinstance(s, BasicAuth) and s.username == argument)
            or (isinstance(s, OAuth2Auth) and s.client_id == argument)
            for s in self.schemes.values()
        )


def _arguments(scheme: SecurityScheme) -> tuple[str, ...]:
    if isinstance(scheme, (ApiKeyAuth, HttpAuth)):
        return (scheme.credential,)
    if isinstance(scheme, BasicAuth):
        return (scheme.username, scheme.password)
    return (scheme.access_token,)


def _expiry(expires_in: object) -> float | None:
    if not isinstance(expires_in, (int, float, str)):
        return None
    try:
        lifetime = float(expires_in)
    except ValueError:
        return None
    return clock() + lifetime - min(EXPIRY_MARGIN, lifetime / 10)


def _place(request: httpx2.Request, location: str, name: str, value: str) -> None:
    if location == "header":
        request.headers[name] = value
    elif location == "query":
        request.url = request.url.copy_set_param(name, value)
    else:
        _remove_cookie(request, name)
        existing = request.headers.get("Cookie")
        pair = f"{name}={value}"
        request.headers["Cookie"] = f"{existing}; {pair}" if existing else pair


def _remove_cookie(request: httpx2.Request, name: str) -> None:
    existing = request.headers.get("Cookie")
    if existing is None:
        return
    kept = [p for p in existing.split("; ") if p.partition("=")[0].strip() != name]
    if kept:
        request.headers["Cookie"] = "; ".join(kept)
    else:
        del request.headers["Cookie"]
