"""Authentication over real HTTP against the scripted server, with both clients: where each
scheme puts its credential, requirements (combined schemes, alternatives, none), missing
credentials, OAuth2 client-credentials tokens (fetch, cache, expiry, one refresh on 401),
redirects to another origin, and redaction of every credential."""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import pytest
from pydantic import BaseModel

from tests.servers import Reply, ScriptedServer

from .drivers import AsyncDriver, Connect, SyncDriver

KEY = "key/with+special=chars&more"  # its percent-encoded spelling differs
PASSWORD = "pa55-w0rd-secret"
CLIENT_SECRET = "client-secret-value"
OK = Reply(200, json={"id": "m"})
ARGUMENTS = ("api_key", "username", "password", "client_id", "client_secret", "access_token")


class Model(BaseModel):
    id: str


def _schemes(rt: ModuleType, token_url: str = "/oauth/token") -> dict[str, Any]:
    return {
        "header": rt.ApiKeyAuth("header", "X-API-Key", credential="api_key"),
        "query": rt.ApiKeyAuth("query", "api_key", credential="api_key"),
        "cookie": rt.ApiKeyAuth("cookie", "session", credential="api_key"),
        "bearer": rt.HttpAuth("Bearer", credential="api_key"),
        "dsn": rt.HttpAuth("DSN", credential="api_key"),
        "basic": rt.BasicAuth(username="username", password="password"),
        "oauth": rt.OAuth2Auth(
            access_token="access_token",
            client_id="client_id",
            client_secret="client_secret",
            token_url=token_url,
            scopes=("read", "write"),
        ),
    }


def _auth(rt: ModuleType, security: Any = (("header",),), **credentials: str) -> dict[str, Any]:
    """ClientSettings keywords: every scheme kind, the given default requirement and
    credentials; the environment variables are SHOP_<ARGUMENT>."""
    return {
        "credentials": credentials,
        "credential_env": {a: f"SHOP_{a.upper()}" for a in ARGUMENTS},
        "security_schemes": _schemes(rt),
        "security": security,
    }


def _call(api: Any, security: Any = None, path: str = "/v1/x") -> Any:
    return api.request("GET", path, response_type=Model, security=security)


def test_every_placement(connect: Connect, server: ScriptedServer, rt: ModuleType) -> None:
    server.default = OK
    api = connect(**_auth(rt, api_key=KEY, username="ada", password=PASSWORD))
    for scheme in ("header", "query", "cookie", "bearer", "dsn", "basic"):
        _call(api, ((scheme,),))
    header, query, cookie, bearer, dsn, basic = server.requests
    assert header.headers["x-api-key"] == KEY and "authorization" not in header.headers
    assert query.query == {"api_key": [KEY]} and "x-api-key" not in query.headers
    assert cookie.headers["cookie"] == f"session={KEY}"
    assert bearer.headers["authorization"] == f"Bearer {KEY}"
    assert dsn.headers["authorization"] == f"DSN {KEY}"
    expected = base64.b64encode(f"ada:{PASSWORD}".encode()).decode()
    assert basic.headers["authorization"] == f"Basic {expected}"


def test_combined_schemes_alternatives_and_none(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = OK
    key_only = connect(**_auth(rt, api_key=KEY))
    _call(key_only, (("header", "query"),))  # two schemes sent together
    _call(key_only, (("basic",), ("header",)))  # basic or a key: only the key is given
    _call(key_only, ())  # `security: []`: nothing, whatever is given
    both = connect(**_auth(rt, api_key=KEY, username="ada", password=PASSWORD))
    _call(both, (("basic",), ("header",)))  # the first alternative that is complete
    together, alternative, nothing, first = server.requests
    assert together.headers["x-api-key"] == KEY and together.query == {"api_key": [KEY]}
    assert alternative.headers["x-api-key"] == KEY and "authorization" not in alternative.headers
    assert "x-api-key" not in nothing.headers and "authorization" not in nothing.headers
    assert first.headers["authorization"].startswith("Basic ") and "x-api-key" not in first.headers


def test_a_missing_credential_raises_before_anything_is_sent(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = OK
    api = connect(**_auth(rt, security=(("basic",), ("header",)), username="ada"))
    with pytest.raises(rt.MissingCredentialError) as caught:
        _call(api)
    message = str(caught.value)
    assert "password=... (or $SHOP_PASSWORD)" in message
    assert "api_key=... (or $SHOP_API_KEY)" in message
    assert isinstance(caught.value, rt.MissingApiKeyError) and isinstance(caught.value, rt.ApiError)
    assert server.requests == []
    _call(api, ())  # an operation that needs nothing still works
    assert len(server.requests) == 1


def test_retries_replace_credentials_instead_of_repeating_them(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.enqueue(Reply(503), OK)
    _call(connect(**_auth(rt, api_key=KEY)), (("query", "cookie"),))
    for request in server.requests:
        assert request.query == {"api_key": [KEY]}
        assert request.headers["cookie"] == f"session={KEY}"


# -- OAuth2 client credentials -------------------------------------------------------------


def _token(value: str, expires_in: int = 3600) -> Reply:
    return Reply(
        200, json={"access_token": value, "token_type": "bearer", "expires_in": expires_in}
    )


def _oauth(rt: ModuleType, **credentials: str) -> dict[str, Any]:
    given = {"client_id": "app", "client_secret": CLIENT_SECRET, **credentials}
    return _auth(rt, security=(("oauth",),), **given)


def _api_requests(server: ScriptedServer) -> list[Any]:
    return [r for r in server.requests if r.path != "/oauth/token"]


def _token_requests(server: ScriptedServer) -> list[Any]:
    return [r for r in server.requests if r.path == "/oauth/token"]


def test_a_client_credentials_token_is_fetched_once_and_reused(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.route("/oauth/token", _token("tok-1"))
    server.default = OK
    api = connect(**_oauth(rt))
    for _ in range(3):
        _call(api)
    (fetch,) = _token_requests(server)
    assert fetch.method == "POST"
    assert parse_qs(fetch.body.decode()) == {
        "grant_type": ["client_credentials"],
        "scope": ["read write"],
    }
    client = base64.b64encode(f"app:{CLIENT_SECRET}".encode()).decode()
    assert fetch.headers["authorization"] == f"Basic {client}"
    assert [r.headers["authorization"] for r in _api_requests(server)] == ["Bearer tok-1"] * 3


def test_an_expired_token_is_fetched_again(
    connect: Connect, server: ScriptedServer, rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1000.0]
    monkeypatch.setattr(rt._auth, "clock", lambda: now[0])
    server.route("/oauth/token", _token("tok-1", expires_in=60), _token("tok-2", expires_in=60))
    server.default = OK
    api = connect(**_oauth(rt))
    _call(api)
    now[0] += 55  # within the lifetime, but inside the safety margin (10% of 60 s)
    _call(api)
    assert [r.headers["authorization"] for r in _api_requests(server)] == [
        "Bearer tok-1",
        "Bearer tok-2",
    ]


def test_a_401_fetches_a_new_token_once(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.route("/oauth/token", _token("tok-1"), _token("tok-2"), _token("tok-3"))
    server.route("/v1/x", Reply(401), OK, Reply(401), Reply(401))
    api = connect(**_oauth(rt), max_retries=0)
    assert _call(api) == Model(id="m")
    with pytest.raises(rt.ApiStatusError) as caught:  # rejected again after a refresh: final
        _call(api)
    assert caught.value.status_code == 401
    assert [r.headers["authorization"] for r in _api_requests(server)] == [
        "Bearer tok-1",
        "Bearer tok-2",
        "Bearer tok-2",
        "Bearer tok-3",
    ]


def test_a_ready_access_token_is_used_as_is(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.route("/v1/x", Reply(401))
    api = connect(**_oauth(rt, access_token="ready"), max_retries=0)
    with pytest.raises(rt.ApiStatusError):
        _call(api)
    assert _token_requests(server) == []  # never fetched, nor refreshed
    assert [r.headers["authorization"] for r in server.requests] == ["Bearer ready"]


def test_a_failing_token_endpoint_is_a_typed_error_without_the_secret(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.route("/oauth/token", Reply(400, json={"error": "invalid_client", "got": CLIENT_SECRET}))
    api = connect(**_oauth(rt), max_retries=0)
    with pytest.raises(rt.ApiStatusError) as caught:
        _call(api)
    assert caught.value.status_code == 400 and "/oauth/token" in str(caught.value)
    assert CLIENT_SECRET not in str(caught.value) and CLIENT_SECRET not in repr(caught.value.body)
    assert _api_requests(server) == []
    server.route("/oauth/token", Reply(200, json={"token_type": "bearer"}))
    with pytest.raises(rt.ApiResponseValidationError, match="no access_token"):
        _call(api)


def test_concurrent_requests_share_one_token_fetch(
    rt: ModuleType, server: ScriptedServer, connect: Connect
) -> None:
    server.route("/oauth/token", Reply(200, json={"access_token": "tok"}, delay=0.2))
    server.default = OK
    api = connect(**_oauth(rt))
    if isinstance(api, SyncDriver):
        with ThreadPoolExecutor(max_workers=6) as pool:
            results = list(pool.map(lambda _: _call(api), range(6)))
    else:
        assert isinstance(api, AsyncDriver)

        async def together() -> list[Any]:
            calls = [api.client.request("GET", "/v1/x", response_type=Model) for _ in range(6)]
            return list(await asyncio.gather(*calls))

        results = api.run(together())
    assert results == [Model(id="m")] * 6
    assert len(_token_requests(server)) == 1 and len(_api_requests(server)) == 6


# -- redirects -----------------------------------------------------------------------------


@pytest.fixture
def other() -> Iterator[ScriptedServer]:
    """A second server: another origin (another port)."""
    with ScriptedServer() as second:
        yield second


def test_credentials_never_follow_a_redirect_to_another_origin(
    connect: Connect, server: ScriptedServer, other: ScriptedServer, rt: ModuleType
) -> None:
    server.route("/v1/x", Reply(307, headers={"Location": f"{other.url}/elsewhere?a=1"}))
    server.route("/v1/same", Reply(302, headers={"Location": "/v1/landed"}))
    server.route("/v1/landed", OK)
    other.default = OK
    api = connect(**_auth(rt, security=(("header", "query", "cookie", "dsn"),), api_key=KEY))
    _call(api)
    (away,) = other.requests
    assert away.path == "/elsewhere" and away.query == {"a": ["1"]}
    assert not {"x-api-key", "authorization", "cookie"} & set(away.headers)
    _call(api, path="/v1/same")  # the same origin: the credentials go along
    landed = server.requests[-1]
    assert landed.path == "/v1/landed" and landed.query == {"api_key": [KEY]}
    assert landed.headers["x-api-key"] == KEY and landed.headers["authorization"] == f"DSN {KEY}"


def test_a_303_after_a_post_is_followed_with_a_get_without_the_body(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.route("/v1/jobs", Reply(303, headers={"Location": "/v1/jobs/1"}))
    server.route("/v1/jobs/1", OK)
    api = connect(**_auth(rt, api_key=KEY))
    assert api.request("POST", "/v1/jobs", body={"a": 1}, response_type=Model) == Model(id="m")
    post, get = server.requests
    assert (post.method, get.method, get.body) == ("POST", "GET", b"")
    assert "content-type" not in get.headers and get.headers["x-api-key"] == KEY


def test_endless_redirects_are_a_connection_error(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = Reply(302, headers={"Location": "/v1/x"})
    with pytest.raises(rt.ApiConnectionError, match="redirects"):
        _call(connect(**_auth(rt, api_key=KEY), max_retries=0))
    assert len(server.requests) == 21


# -- redaction -----------------------------------------------------------------------------


def test_credentials_are_redacted_from_logs_errors_bodies_and_reprs(
    connect: Connect, server: ScriptedServer, rt: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    echo = {"detail": f"bad key {KEY} for ada:{PASSWORD}", "tokens": [KEY]}
    server.route("/v1/x", Reply(500, json=echo), Reply(401, json=echo))
    api = connect(
        **_auth(rt, security=(("query", "basic"),), api_key=KEY, username="ada", password=PASSWORD),
        max_retries=1,
    )
    with pytest.raises(rt.ApiStatusError) as caught:
        _call(api)
    error = caught.value
    basic = base64.b64encode(f"ada:{PASSWORD}".encode()).decode()
    texts = [str(error), repr(error), repr(error.body), repr(api.client), repr(api.client.settings)]
    texts += [record.getMessage() for record in caplog.records]
    assert any(r.name == "httpx2" and "HTTP Request" in r.getMessage() for r in caplog.records)
    for secret in (KEY, "key%2Fwith%2Bspecial%3Dchars%26more", PASSWORD, basic):
        assert not [text for text in texts if secret in text], secret
    assert error.body == {
        "detail": "bad key <redacted> for ada:<redacted>",
        "tokens": ["<redacted>"],
    }


def test_fetched_tokens_are_redacted_too(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.route("/oauth/token", _token("fetched-token-123"))
    server.route("/v1/x", Reply(403, json={"rejected": "fetched-token-123"}))
    with pytest.raises(rt.ApiStatusError) as caught:
        _call(connect(**_oauth(rt), max_retries=0))
    assert caught.value.body == {"rejected": "<redacted>"}
