"""Nothing of a document is dropped silently: every operation, parameter, body and response
reaches the client (called here over HTTP against the scripted server), or the generator stops
with a diagnostic that names it."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.helpers import generated_package, run_generator
from tests.servers import Reply, ScriptedServer

STRING = {"type": "string"}
OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}}


def operation(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": operation_id, "responses": OK, **extra}


SPEC: dict[str, Any] = {
    "openapi": "3.2.0",
    "info": {"title": "Odd", "version": "1"},
    "paths": {
        # A path item that is a reference, and one that refers to another path.
        "/things": {"$ref": "#/components/pathItems/Things"},
        "/things-again": {"$ref": "#/paths/~1things", "summary": "the same operations"},
        "/search": {
            # OpenAPI 3.2: QUERY (a safe request with a body), and any other method.
            "query": operation(
                "search",
                requestBody={"content": {"application/json": {"schema": {"type": "object"}}}},
            ),
            "additionalOperations": {"COPY": operation("copy_search")},
        },
        "/session": {
            "get": operation(
                "whoami",
                parameters=[
                    {"name": "session id", "in": "cookie", "required": True, "schema": STRING},
                    {
                        "name": "prefs",
                        "in": "cookie",
                        "schema": {"type": "array", "items": STRING},
                    },
                    {"name": "unset", "in": "cookie", "schema": STRING},
                    {"$ref": "#/components/parameters/Trace"},
                ],
            )
        },
    },
    "components": {
        "pathItems": {"Things": {"get": operation("list_things")}},
        "parameters": {
            "Trace": {"$ref": "#/components/parameters/TraceHeader"},
            "TraceHeader": {"name": "X-Trace", "in": "header", "schema": STRING},
        },
    },
}


@pytest.fixture(scope="module")
def odd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_package(SPEC, tmp_path_factory.mktemp("odd"), "odd") as package:
        yield package


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as scripted:
        yield scripted


def test_every_operation_is_called_with_its_method_and_path(
    odd: ModuleType, server: ScriptedServer
) -> None:
    server.enqueue(*[Reply(200, json={"n": n}) for n in range(4)])
    with odd.Client(base_url=server.url) as client:
        client.things.retrieve()
        client.things_again.retrieve()  # the same path item, another path
        client.search.search(request={"q": "x"})  # QUERY: named by its operationId
        client.search.copy_search()
    sent = [(r.method, r.path) for r in server.requests]
    assert sent == [
        ("GET", "/things"),
        ("GET", "/things-again"),
        ("QUERY", "/search"),
        ("COPY", "/search"),
    ]
    assert server.requests[2].json() == {"q": "x"}


def test_cookie_parameters_are_sent(odd: ModuleType, server: ScriptedServer) -> None:
    server.enqueue(Reply(200, json={}), Reply(200, json={}))
    with odd.Client(base_url=server.url) as client:
        client.session.retrieve(session_id="a b;c", prefs=["dark", "wide"], x_trace="t1")

    async def call_async() -> None:
        async with odd.AsyncClient(base_url=server.url) as client:
            await client.session.retrieve(session_id="s2")

    asyncio.run(call_async())
    first, second = server.requests
    assert first.headers["cookie"] == "session id=a%20b%3Bc; prefs=dark,wide"
    assert first.headers["x-trace"] == "t1"
    assert second.headers["cookie"] == "session id=s2"


def broken(**components: Any) -> dict[str, Any]:
    """A document whose /a GET uses parameter P, body B and response R of ``components``."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Broken", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/P"}],
                    "requestBody": {"$ref": "#/components/requestBodies/B"},
                    "responses": {"200": {"$ref": "#/components/responses/R"}},
                }
            },
            "/b": {"$ref": "#/components/pathItems/I"},
        },
        "components": {
            "parameters": {"P": {"name": "p", "in": "query"}},
            "requestBodies": {"B": {"content": {}}},
            "responses": {"R": {"description": "ok"}},
            "pathItems": {"I": {"get": {"responses": OK}}},
            **components,
        },
    }


def cycle(kind: str) -> dict[str, Any]:
    return {
        "A": {"$ref": f"#/components/{kind}/B"},
        "B": {"$ref": f"#/components/{kind}/A"},
    }


BROKEN = {
    "missing-parameter": (
        broken(parameters={}),
        (
            "(at /paths/~1a/get/parameters/0/$ref): error: $ref '#/components/parameters/P' "
            "does not resolve: Parameter not found"
        ),
    ),
    "parameter-cycle": (
        broken(parameters={"P": {"$ref": "#/components/parameters/A"}, **cycle("parameters")}),
        (
            "$ref cycle: #/components/parameters/A -> #/components/parameters/B -> "
            "#/components/parameters/A"
        ),
    ),
    "body-cycle": (
        broken(requestBodies={"B": {"$ref": "#/components/requestBodies/B"}}),
        (
            "(at /paths/~1a/get/requestBody/$ref): error: $ref cycle: "
            "#/components/requestBodies/B -> #/components/requestBodies/B"
        ),
    ),
    "response-cycle": (
        broken(responses={"R": {"$ref": "#/components/responses/A"}, **cycle("responses")}),
        "$ref cycle: #/components/responses/A -> #/components/responses/B",
    ),
    "path-item-cycle": (
        broken(pathItems={"I": {"$ref": "#/components/pathItems/I"}}),
        "(at /paths/~1b/$ref): error: $ref cycle",
    ),
    "missing-path-item": (
        broken(pathItems={}),
        "$ref '#/components/pathItems/I' does not resolve: PathItem not found",
    ),
    "parameter-pointing-at-a-schema": (
        broken(parameters={"P": {"$ref": "#/components/schemas/S"}}, schemas={"S": STRING}),
        "(at /components/schemas/S): error: a Parameter object without `name`",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_reference_that_cannot_be_followed_is_named(tmp_path: Path, case: str) -> None:
    document, expected = BROKEN[case]
    spec = tmp_path / "broken.json"
    spec.write_text(json.dumps(document))
    result = run_generator("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr, result.stderr


def test_webhooks_are_named_in_a_warning(tmp_path: Path) -> None:
    document = {**broken(), "webhooks": {"newPet": {"post": operation("new_pet")}}}
    spec = tmp_path / "hooks.json"
    spec.write_text(json.dumps(document))
    result = run_generator("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "/webhooks: 1 webhook(s) (newPet) are requests the API sends" in result.stderr
