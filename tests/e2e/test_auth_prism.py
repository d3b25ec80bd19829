"""Generated clients authenticate against Prism, which checks every request's credentials
(a missing or misplaced one is a 401): one small spec with every scheme kind, and real specs
of the corpus with their own schemes. Credentials are passed as a user would: constructor
keywords."""

from __future__ import annotations

import asyncio
import functools
import importlib
import inspect
import json
import re
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.helpers import SHARED, run_generator
from tests.prism import PrismFailed, running_prism

CORPUS = SHARED / "corpus" / "specs"
OK = {
    "description": "ok",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "properties": {"id": {"type": "string"}},
                "required": ["id"],
            },
            "example": {"id": "a"},
        }
    },
}
VERSION = {
    "in": "header",
    "name": "X-Vault-Version",
    "required": True,
    "description": "The API version.",
    "schema": {"type": "string", "enum": ["2024-06-01"], "default": "2024-06-01"},
}


def _get(operation_id: str, security: list[dict[str, list[str]]] | None) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": operation_id,
        # a vendor hint: the client's methods are named by operationId, on the client itself
        "x-speakeasy-name-override": operation_id,
        "parameters": [VERSION],
        "responses": {"200": OK, "401": {"description": "no credentials"}},
    }
    if security is not None:
        operation["security"] = security
    return {"get": operation}


VAULT = {
    "openapi": "3.0.3",
    "info": {"title": "Vault", "version": "1"},
    "servers": [{"url": "https://vault.test"}],
    "security": [{"BearerAuth": []}],
    "paths": {
        "/bearer": _get("bearer_only", None),
        "/header": _get("header_key", [{"ApiKeyHeader": []}]),
        "/query": _get("query_key", [{"ApiKeyQuery": []}]),
        "/cookie": _get("cookie_key", [{"SessionCookie": []}]),
        "/basic": _get("basic_only", [{"BasicAuth": []}]),
        "/oauth": _get("oauth_only", [{"OAuth2": ["read"]}]),
        "/oidc": _get("openid_only", [{"OpenId": []}]),
        "/combined": _get("key_and_basic", [{"ApiKeyHeader": [], "BasicAuth": []}]),
        "/either": _get("basic_or_key", [{"BasicAuth": []}, {"ApiKeyQuery": []}]),
        "/open": _get("open", []),
        "/oauth/token": {
            "post": {
                "operationId": "token",
                "security": [],
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "properties": {"grant_type": {"type": "string"}},
                                "required": ["grant_type"],
                            }
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "a token",
                        "content": {
                            "application/json": {
                                "schema": {"type": "object"},
                                "example": {
                                    "access_token": "prism-token",
                                    "token_type": "bearer",
                                    "expires_in": 3600,
                                },
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {
        "securitySchemes": {
            "BearerAuth": {"type": "http", "scheme": "bearer"},
            "ApiKeyHeader": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            "ApiKeyQuery": {"type": "apiKey", "in": "query", "name": "api_key"},
            "SessionCookie": {"type": "apiKey", "in": "cookie", "name": "session"},
            "BasicAuth": {"type": "http", "scheme": "basic"},
            "OAuth2": {
                "type": "oauth2",
                "flows": {
                    "clientCredentials": {"tokenUrl": "/oauth/token", "scopes": {"read": "r"}}
                },
            },
            "OpenId": {
                "type": "openIdConnect",
                "openIdConnectUrl": "https://vault.test/.well-known/openid-configuration",
            },
        }
    },
}

# (corpus spec, HTTP method, path, constructor credentials, call arguments)
CORPUS_CALLS: list[tuple[str, str, str, dict[str, str], dict[str, Any]]] = [
    ("swagger-petstore-3.0.yaml", "GET", "/store/inventory", {"api_key": "k"}, {}),
    ("swagger-petstore-3.0.yaml", "GET", "/pet/findByStatus", {"access_token": "t"}, {}),
    ("redocly-museum.yaml", "GET", "/museum-hours", {"username": "u", "password": "p"}, {}),
    ("apisguru-mercure.yaml", "GET", "/", {"bearer": "t"}, {"topic": ["x"]}),  # a stream
    ("apisguru-mercure.yaml", "GET", "/", {"cookie": "t"}, {"topic": ["x"]}),  # a query key
    ("apisguru-pdfbroker.yaml", "GET", "/api/pdf", {"access_token": "t"}, {}),
    ("adyen-management-v3.yaml", "GET", "/companies", {"api_key": "k"}, {}),
    ("adyen-management-v3.yaml", "GET", "/companies", {"username": "u", "password": "p"}, {}),
]


def _generate(spec: Path, out: Path) -> ModuleType:
    report = out.parent / f"{out.name}.report.json"
    done = run_generator(
        "generate", "--spec", str(spec), "--out", str(out), "--report-json", str(report)
    )
    assert done.returncode == 0, done.stderr
    sys.path.insert(0, str(out))
    return importlib.import_module(json.loads(report.read_text())["package"])


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[ModuleType, str]]]:
    """Every spec of this module generated and served by its own Prism: name -> (package, url)."""
    root = tmp_path_factory.mktemp("auth")
    (root / "vault.json").write_text(json.dumps(VAULT))
    specs = {"vault": root / "vault.json"} | {
        name: CORPUS / name for name in dict.fromkeys(c[0] for c in CORPUS_CALLS)
    }
    missing = [name for name, path in specs.items() if not path.exists()]
    if missing:
        pytest.skip(f"not in the corpus: {missing}")
    added = list(sys.path)
    with ExitStack() as stack, ThreadPoolExecutor(max_workers=len(specs)) as pool:
        # The Prisms start while the clients are generated (two at a time).
        mocks = {
            name: pool.submit(stack.enter_context, running_prism(path, root / f"{name}.log"))
            for name, path in specs.items()
        }
        with ThreadPoolExecutor(max_workers=2) as generators:
            packages = dict(
                zip(specs, generators.map(lambda n: _generate(specs[n], root / n), list(specs)))
            )
        try:
            yield {name: (packages[name], mocks[name].result().url) for name in specs}
        except PrismFailed as failed:
            pytest.fail(f"Prism did not start:\n{failed}")
        finally:
            sys.path[:] = added


def _vault(served: dict[str, tuple[ModuleType, str]], **credentials: str) -> Any:
    package, url = served["vault"]
    return package.Client(base_url=url, max_retries=0, **credentials)


@pytest.mark.parametrize(
    ("operation", "credentials"),
    [
        ("bearer_only", {"bearer": "b"}),
        ("header_key", {"api_key_header": "k"}),
        ("query_key", {"api_key_query": "q"}),
        ("cookie_key", {"session_cookie": "c"}),
        ("basic_only", {"username": "u", "password": "p"}),
        ("oauth_only", {"access_token": "ready"}),
        ("oauth_only", {"client_id": "app", "client_secret": "s"}),  # fetched from Prism
        ("openid_only", {"access_token": "ready"}),
        ("key_and_basic", {"api_key_header": "k", "username": "u", "password": "p"}),
        ("basic_or_key", {"api_key_query": "q"}),
        ("basic_or_key", {"username": "u", "password": "p"}),
        ("open", {}),
    ],
)
def test_every_scheme_kind_authenticates(
    served: dict[str, tuple[ModuleType, str]], operation: str, credentials: dict[str, str]
) -> None:
    with _vault(served, **credentials) as client:
        assert getattr(client, operation)().id == "a"


def test_async_client_fetches_a_token_and_sends_the_version_option(
    served: dict[str, tuple[ModuleType, str]],
) -> None:
    package, url = served["vault"]

    async def main() -> list[str]:
        async with package.AsyncClient(
            base_url=url, client_id="app", client_secret="s", vault_version="2024-06-01"
        ) as client:
            return [(await client.oauth_only()).id for _ in range(2)]

    assert asyncio.run(main()) == ["a", "a"]


def test_a_missing_credential_is_named_before_sending(
    served: dict[str, tuple[ModuleType, str]],
) -> None:
    package, _ = served["vault"]
    with (
        _vault(served, api_key_header="k") as client,
        pytest.raises(package.MissingCredentialError) as caught,
    ):
        client.key_and_basic()
    assert "username=... (or $VAULT_USERNAME)" in str(caught.value)
    assert "password=... (or $VAULT_PASSWORD)" in str(caught.value)


def test_credentials_come_from_the_environment(
    served: dict[str, tuple[ModuleType, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAULT_USERNAME", "u")
    monkeypatch.setenv("VAULT_PASSWORD", "p")
    with _vault(served) as client:
        assert client.basic_only().id == "a"


@pytest.mark.parametrize(
    ("spec", "method", "path", "credentials", "arguments"),
    CORPUS_CALLS,
    ids=[f"{c[0].removesuffix('.yaml')}-{'+'.join(c[3])}" for c in CORPUS_CALLS],
)
def test_corpus_specs_authenticate_on_prism(
    served: dict[str, tuple[ModuleType, str]],
    spec: str,
    method: str,
    path: str,
    credentials: dict[str, str],
    arguments: dict[str, Any],
) -> None:
    package, url = served[spec]
    with package.Client(base_url=url, max_retries=0, **credentials) as client:
        result = _operation(client, method, path)(**arguments)  # raises ApiStatusError on 401
        if isinstance(result, package.Stream):
            result.close()


def _operation(client: Any, method: str, path: str) -> Callable[..., Any]:
    """The generated method that sends METHOD PATH, wherever it sits and whatever its name."""
    call = re.compile(r"self\._client\.(request|stream)\(\s*" + re.escape(json.dumps(method)))
    target = re.compile(r",\s*" + re.escape(json.dumps(path)) + r",")
    pending = [client]
    while pending:
        owner = pending.pop()
        for klass in type(owner).__mro__:
            for name, member in vars(klass).items():
                if isinstance(member, functools.cached_property) and name != "with_raw_response":
                    pending.append(getattr(owner, name))
                elif inspect.isfunction(member) and not name.startswith("_"):
                    source = inspect.getsource(member)
                    found = call.search(source)
                    if found and target.match(source, found.end()):
                        return getattr(owner, name)  # type: ignore[no-any-return]
    raise AssertionError(f"no method sends {method} {path}")
