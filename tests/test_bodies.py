"""Object bodies as keyword arguments (required ones without defaults), inline or named; a named
body also takes ``request=`` as an overload, and Fern's convention keeps ``request=`` alone for
shared models. Called over HTTP against the scripted server, and type-checked as a user's code."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.helpers import run_generator
from tests.servers import Reply, ScriptedServer

_PET = {"$ref": "#/components/schemas/Pet"}
_REPLY = {"200": {"description": "ok", "content": {"application/json": {"schema": _PET}}}}
SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Pets", "version": "1"},
    "servers": [{"url": "https://pets.test/v1"}],
    "paths": {
        "/pets": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": _PET}},
                },
                "responses": _REPLY,
            }
        },
        "/pets/{id}": {
            "put": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {"content": {"application/json": {"schema": _PET}}},
                "responses": _REPLY,
            }
        },
        "/pets/{id}/feed": {
            "post": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "food": {"type": "string"},
                                    "grams": {"type": "integer"},
                                },
                                "required": ["food"],
                            }
                        }
                    },
                },
                "responses": {"204": {"description": "fed"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "type": {"type": "string"}},
                "required": ["name"],
            }
        }
    },
}

_USER_CODE = """
from pets import Client, Pet

client = Client()
a: Pet = client.pets.create(name="Rex", type="dog")
b: Pet = client.pets.create(request=Pet(name="Rex"))
c: Pet = client.pets.update("p1", request={"name": "Rex"})
client.pets.feed("p1", food="bone")
"""
_WRONG_CODE = """
from pets import Client, Pet

client = Client()
client.pets.create(type="dog")  # name is required
client.pets.create(name="Rex", request=Pet(name="Rex"))  # one form or the other
client.pets.feed("p1", request={"food": "bone"})  # an inline body has no model
"""


def _generate(root: Path, config: str = "") -> Path:
    (root / "spec.json").write_text(json.dumps(SPEC))
    args = ["generate", "--spec", str(root / "spec.json"), "--out", str(root / "out")]
    if config:
        (root / "config.yaml").write_text(config)
        args += ["--config", str(root / "config.yaml")]
    result = run_generator(*args)
    assert result.returncode == 0, result.stderr
    return root / "out"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, ModuleType]]:
    out = _generate(tmp_path_factory.mktemp("bodies"))
    sys.path.insert(0, str(out))
    try:
        yield out, importlib.import_module("pets")
    finally:
        sys.path.remove(str(out))
        sys.modules.pop("pets", None)


def test_keyword_arguments_and_a_model_send_the_same_body(
    generated: tuple[Path, ModuleType],
) -> None:
    _, pets = generated
    with ScriptedServer() as server:
        server.enqueue(*(Reply(200, json={"name": "Rex", "type": "dog"}) for _ in range(3)))
        server.enqueue(Reply(204))
        with pets.Client(base_url=server.url) as client:
            created = client.pets.create(name="Rex", type="dog")
            client.pets.create(request=pets.Pet(name="Rex", type="dog"))
            client.pets.update("p1", request={"name": "Rex", "type": "dog"})
            client.pets.feed("p1", food="bone")
    assert created.name == "Rex"
    sent = [(r.method, r.path, r.json()) for r in server.requests]
    assert sent == [
        ("POST", "/pets", {"name": "Rex", "type": "dog"}),
        ("POST", "/pets", {"name": "Rex", "type": "dog"}),
        ("PUT", "/pets/p1", {"name": "Rex", "type": "dog"}),
        ("POST", "/pets/p1/feed", {"food": "bone"}),
    ]


def test_the_two_forms_type_check_and_mixing_them_does_not(
    generated: tuple[Path, ModuleType], tmp_path: Path
) -> None:
    out, _ = generated
    for name, code in (("right.py", _USER_CODE), ("wrong.py", _WRONG_CODE)):
        (tmp_path / name).write_text(code)

    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "right.py", "wrong.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "MYPYPATH": str(out)},
    )
    errors = [line.split(":")[:2] for line in checked.stdout.splitlines() if ": error:" in line]
    assert errors == [["wrong.py", "5"], ["wrong.py", "6"], ["wrong.py", "7"]], checked.stdout


def test_fern_convention_keeps_request_alone_for_shared_models(tmp_path: Path) -> None:
    out = _generate(tmp_path, "body_arguments: fern\n")
    source = (out / "pets" / "pets.py").read_text()
    assert "@overload" not in source
    assert "request: Pet | Mapping[str, Any]," in source  # POST /pets: Pet is shared
    assert "food: str," in source  # an inline body stays keyword arguments


def _embed(schema: str, **hints: str) -> dict[str, object]:
    body = {"$ref": f"#/components/schemas/{schema}"}
    return {
        "post": {
            **hints,
            "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
            "responses": {"200": {"description": "ok"}},
        }
    }


def test_a_client_method_that_replaces_an_inherited_overloaded_one_type_checks(
    tmp_path: Path,
) -> None:
    """ClientV2.embed (its group's POST /v2/embed) over Client.embed (POST /v1/embed), both
    taking keyword arguments or a model: marked for mypy as the official SDKs do."""
    texts = {"type": "array", "items": {"type": "string"}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Versions", "version": "1"},
        "paths": {
            "/v1/embed": _embed("E1", operationId="embed"),
            "/v2/embed": _embed(
                "E2", **{"x-fern-sdk-group-name": "v2", "x-fern-sdk-method-name": "embed"}
            ),
        },
        "components": {
            "schemas": {
                "E1": {"type": "object", "properties": {"text": {"type": "string"}}},
                "E2": {"type": "object", "properties": {"texts": texts}, "required": ["texts"]},
            }
        },
    }
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    (tmp_path / "config.yaml").write_text(
        "clients:\n  - name: Client\n  - name: ClientV2\n    extends: Client\n    group: v2\n"
    )
    done = run_generator(
        "generate",
        *("--spec", str(tmp_path / "spec.json"), "--out", str(tmp_path / "out")),
        *("--config", str(tmp_path / "config.yaml")),
    )
    assert done.returncode == 0, done.stderr
    (tmp_path / "out" / "use.py").write_text(
        "from versions import ClientV2\n"
        "ClientV2().embed(texts=['a'])\n"
        "ClientV2().with_raw_response.embed(texts=['a'])\n"
    )
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "versions", "use.py"],
        cwd=tmp_path / "out",
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout
