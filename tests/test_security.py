"""Security in the IR: schemes, credential argument names, environment variables, per-operation
requirements, credential header parameters and common headers as client options."""

from __future__ import annotations

from typing import Any

from generator.config import Config
from generator.ir import build_ir
from generator.ir.model import Api, Operation

OK = {"200": {"description": "ok"}}


def _api(
    schemes: dict[str, Any],
    operations: dict[str, dict[str, Any]],
    security: list[dict[str, list[str]]] | None = None,
    config: Config | None = None,
) -> Api:
    """An API titled "Shop" whose operations are {operationId: extra operation fields}."""
    paths = {
        f"/{name}": {"get": {"operationId": name, "responses": OK, **fields}}
        for name, fields in operations.items()
    }
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Shop", "version": "1"},
        "paths": paths,
        "components": {"securitySchemes": schemes},
    }
    if security is not None:
        document["security"] = security
    return build_ir(document, config or Config())


def _operation(api: Api, name: str) -> Operation:
    """The operation of GET /{name}, wherever the call surface put it."""
    return next(op for op in _operations(api) if op.path == f"/{name}")


def _operations(api: Api) -> list[Operation]:
    """Every operation, on the clients and on their resources."""
    return [op for owner in (*api.clients, *api.resources) for op in owner.operations]


def _arguments(api: Api) -> dict[str, str]:
    return {c.argument: c.env_var for c in api.credentials}


BEARER = {"type": "http", "scheme": "bearer"}
BASIC = {"type": "http", "scheme": "basic"}
HEADER_KEY = {"type": "apiKey", "in": "header", "name": "X-API-Key"}
CLIENT_CREDENTIALS = {
    "type": "oauth2",
    "flows": {
        "clientCredentials": {"tokenUrl": "/oauth/token", "scopes": {"read": "", "write": ""}}
    },
}


def test_a_single_key_or_bearer_scheme_is_api_key_with_the_package_prefix() -> None:
    api = _api({"bearerAuth": BEARER}, {"list": {}}, [{"bearerAuth": []}])
    assert _arguments(api) == {"api_key": "SHOP_API_KEY"}
    (scheme,) = api.security_schemes
    assert (scheme.kind, scheme.http_scheme, scheme.credential) == ("http", "Bearer", "api_key")
    assert api.security == (("bearerAuth",),) and api.positional_credential
    assert _operation(api, "list").security is None  # the API's default


def test_conventional_names_for_basic_and_oauth2_and_scheme_names_otherwise() -> None:
    api = _api(
        {
            "ApiKeyAuth": HEADER_KEY,
            "personalToken": BEARER,
            "BasicAuth": BASIC,
            "OAuth2": CLIENT_CREDENTIALS,
            "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://id.test/.well-known"},
            "dsn": {"type": "http", "scheme": "DSN"},
        },
        {"list": {}},
        [{"ApiKeyAuth": []}, {"personalToken": []}, {"BasicAuth": []}],
    )
    # a trailing "Auth" only says that it is a scheme: AdminApiKeyAuth -> admin_api_key
    assert list(_arguments(api)) == ["api_key", "personal_token", "username", "password"]
    api = _api(
        {
            "BasicAuth": BASIC,
            "OAuth2": CLIENT_CREDENTIALS,
            "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://id.test/.well-known"},
            "dsn": {"type": "http", "scheme": "DSN"},
        },
        {"list": {"security": [{"BasicAuth": [], "dsn": []}, {"OAuth2": ["read"]}, {"oidc": []}]}},
    )
    assert _arguments(api) == {
        "username": "SHOP_USERNAME",
        "password": "SHOP_PASSWORD",
        "access_token": "SHOP_ACCESS_TOKEN",  # one argument for every OAuth2/OpenID scheme
        "client_id": "SHOP_CLIENT_ID",
        "client_secret": "SHOP_CLIENT_SECRET",
        "dsn": "SHOP_DSN",
    }
    oauth = next(s for s in api.security_schemes if s.name == "OAuth2")
    assert (oauth.token_url, oauth.scopes) == ("/oauth/token", ("read",))  # scopes in use only
    assert not api.positional_credential
    assert _operation(api, "list").security == (("BasicAuth", "dsn"), ("OAuth2",), ("oidc",))


def test_config_renames_environment_variables_and_warns_of_unknown_arguments() -> None:
    config = Config(credential_env={"api_key": "CO_API_KEY", "token": "X"})
    api = _api({"bearerAuth": BEARER}, {"list": {}}, [{"bearerAuth": []}], config)
    assert _arguments(api) == {"api_key": "CO_API_KEY"}
    assert any("credential_env" in w and "'token'" in w for w in api.warnings)


def test_per_operation_security_none_optional_and_unused_schemes() -> None:
    api = _api(
        {"key": HEADER_KEY, "unused": BASIC, "tls": {"type": "mutualTLS"}},
        {
            "open": {"security": []},
            "optional": {"security": [{"key": []}, {}]},
            "tls": {"security": [{"tls": []}]},
            "default": {},
        },
        [{"key": []}],
    )
    assert _operation(api, "open").security == ()
    assert _operation(api, "optional").security == (("key",), ())
    assert _operation(api, "tls").security == ()  # the transport's business (http_client)
    assert _operation(api, "default").security is None
    assert [s.name for s in api.security_schemes] == ["key"]  # `unused` takes no argument


def test_credential_header_parameters_are_auth_not_arguments() -> None:
    header = {"in": "header", "schema": {"type": "string"}}
    api = _api(
        {"key": HEADER_KEY},
        {
            # the spec repeats its scheme's header as a parameter: covered, not an argument
            "a": {"parameters": [{**header, "name": "x-api-key", "required": True}]},
            # a credential header no scheme declares: becomes a scheme of its own
            "b": {"parameters": [{**header, "name": "X-Session-Token", "required": True}]},
            "c": {"parameters": [{**header, "name": "X-Session-Token"}, {**header, "name": "Q"}]},
        },
        [{"key": []}],
    )
    assert [p.wire_name for op in _operations(api) for p in op.parameters] == ["Q"]
    assert _operation(api, "a").security is None
    assert _operation(api, "b").security == (("key", "X-Session-Token"),)
    assert _operation(api, "c").security == (("key", "X-Session-Token"), ("key",))
    assert _arguments(api) == {"key": "SHOP_KEY", "x_session_token": "SHOP_X_SESSION_TOKEN"}


def test_an_authorization_parameter_described_as_bearer_is_a_bearer_scheme() -> None:
    parameter = {
        "in": "header",
        "name": "Authorization",
        "required": True,
        "description": "Bearer authentication of the form `Bearer <token>`.",
        "schema": {"type": "string"},
    }
    api = _api({}, {"a": {"parameters": [parameter]}, "b": {}})
    (scheme,) = api.security_schemes
    assert (scheme.kind, scheme.http_scheme, scheme.credential) == ("http", "Bearer", "api_key")
    assert _operation(api, "a").security == (("Authorization",),)
    assert _operation(api, "b").security is None and api.security == ()


def test_a_header_most_operations_take_is_a_client_option() -> None:
    version = {
        "in": "header",
        "name": "X-Api-Version",
        "description": "The API version.",
        "schema": {"type": "string", "default": "2024-01-01"},
    }
    lock = {"in": "header", "name": "X-Lock-Token", "schema": {"type": "string"}}
    api = _api(
        {},
        {"a": {"parameters": [version, lock]}, "b": {"parameters": [version]}, "c": {}},
        config=Config(header_options={"x-lock-token": "lock"}),
    )
    options = {o.py_name: o for o in api.header_options}
    assert list(options) == ["api_version", "lock"]
    assert options["api_version"].header == "X-Api-Version"
    assert options["api_version"].default == "2024-01-01"
    assert options["api_version"].type.annotation == "str | None"
    assert _operations(api) and all(not op.parameters for op in _operations(api))
    assert not api.credentials  # "-Lock-Token" is not a credential


def test_a_header_few_operations_take_stays_an_argument() -> None:
    beta = {"in": "header", "name": "OpenAI-Beta", "schema": {"type": "string"}}
    api = _api({}, {"a": {"parameters": [beta]}, "b": {}, "c": {}})
    assert not api.header_options
    assert [p.py_name for p in _operation(api, "a").parameters] == ["open_ai_beta"]


def test_a_required_header_option_without_default_gets_an_example_for_the_tests() -> None:
    language = {
        "in": "header",
        "name": "X-Shop-Language",
        "required": True,
        "schema": {"type": "string", "enum": ["en_US", "nl_NL"]},
    }
    request_id = {"in": "header", "name": "X-Request-Id", "required": True, "example": "r-1"}
    agent = {"in": "header", "name": "User-Agent", "required": True, "schema": {"type": "string"}}
    count = {"in": "header", "name": "X-Count", "required": True, "schema": {"type": "integer"}}
    version = {"in": "header", "name": "X-Version", "required": True, "schema": {"default": "2"}}
    every = [language, request_id, agent, count, version]
    api = _api({}, {"a": {"parameters": every}, "b": {"parameters": every}})
    options = {o.py_name: (o.required, o.example) for o in api.header_options}
    assert options == {
        "shop_language": (True, "en_US"),  # the first enum value
        "request_id": (True, "r-1"),  # the parameter's example
        "user_agent": (False, None),  # the runtime always sends one
        "count": (True, 1),  # a value of its type
        "version": (False, None),  # the spec's default is sent
    }
    assert api.suite.options == (
        ("shop_language", '"en_US"'),
        ("request_id", '"r-1"'),
        ("count", "1"),
    )


def test_two_bearer_schemes_are_named_after_them_without_auth() -> None:
    # The OpenAI description's two schemes: the official SDK reads OPENAI_API_KEY.
    api = _api(
        {"ApiKeyAuth": BEARER, "AdminApiKeyAuth": BEARER, "Auth": HEADER_KEY},
        {"a": {}, "b": {"security": [{"AdminApiKeyAuth": []}]}, "c": {"security": [{"Auth": []}]}},
        [{"ApiKeyAuth": []}],
    )
    assert _arguments(api) == {
        "api_key": "SHOP_API_KEY",
        "admin_api_key": "SHOP_ADMIN_API_KEY",
        "auth": "SHOP_AUTH",  # nothing left without it: kept
    }
