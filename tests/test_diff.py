"""The API change report: a table of spec mutations, each with the classification it must get.

Each mutation edits a copy of one small API; ``diff`` compares the two documents through the
IR, and the test checks every change's kind and breaking flag, the suggested bump, and that the
text and JSON outputs of the command say the same.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.config import Config
from generator.ir import build_ir
from generator.regen.diff import diff_apis
from generator.regen.version import package_version
from tests.helpers import ROOT, run_generator

Document = dict[str, Any]


def _base() -> Document:
    model = {
        "type": "object",
        "required": ["name", "context_length"],
        "properties": {
            "name": {"type": "string", "description": "The model's name."},
            "endpoints": {"type": "array", "items": {"type": "string"}},
            "context_length": {"type": "integer"},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Demo", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/v1/models": {
                "get": {
                    "operationId": "list",
                    "tags": ["models"],
                    "parameters": [
                        {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
                        {"name": "page_token", "in": "query", "schema": {"type": "string"}},
                        {
                            "name": "endpoint",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["chat", "embed"]},
                        },
                    ],
                    "responses": {"200": _json({"$ref": "#/components/schemas/ListModels"})},
                }
            },
            "/v1/models/{model}": {
                "get": {
                    "operationId": "get",
                    "tags": ["models"],
                    # a vendor hint: the document's methods are named by tag and operationId
                    "x-speakeasy-group": "models",
                    "parameters": [
                        {
                            "name": "model",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {
                        "200": _json({"$ref": "#/components/schemas/Model"}),
                        "404": {"description": "No such model."},
                    },
                }
            },
            "/v1/chat": {
                "post": {
                    "operationId": "chat",
                    "description": "Talk to a model.",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["message"],
                                    "properties": {
                                        "message": {"type": "string"},
                                        "temperature": {"type": "number", "default": 0.3},
                                        "truncate": {"$ref": "#/components/schemas/Truncate"},
                                        "stream": {"type": "boolean"},
                                    },
                                }
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/ChatResponse"}
                                },
                                "text/event-stream": {
                                    "schema": {"$ref": "#/components/schemas/ChatResponse"}
                                },
                            },
                        }
                    },
                }
            },
            "/v1/datasets/{id}": {
                "delete": {
                    "operationId": "delete",
                    "tags": ["datasets"],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {"204": {"description": "deleted"}},
                }
            },
        },
        "components": {
            "schemas": {
                "Model": model,
                "ListModels": {
                    "type": "object",
                    "properties": {
                        "models": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Model"},
                        },
                        "next_page_token": {"type": "string"},
                    },
                },
                "ChatResponse": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string"},
                        "finish_reason": {"$ref": "#/components/schemas/FinishReason"},
                        "usage": {
                            "type": "object",
                            "properties": {"tokens": {"type": "integer"}},
                        },
                    },
                },
                "FinishReason": {"type": "string", "enum": ["COMPLETE", "MAX_TOKENS"]},
                "Truncate": {"type": "string", "enum": ["NONE", "START", "END"]},
            }
        },
    }


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "ok", "content": {"application/json": {"schema": schema}}}


def _schemas(d: Document) -> dict[str, Any]:
    schemas: dict[str, Any] = d["components"]["schemas"]
    return schemas


def _chat_body(d: Document) -> dict[str, Any]:
    body: dict[str, Any] = d["paths"]["/v1/chat"]["post"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    return body


def _list_params(d: Document) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = d["paths"]["/v1/models"]["get"]["parameters"]
    return params


def _param(d: Document, name: str) -> dict[str, Any]:
    return next(p for p in _list_params(d) if p["name"] == name)


def _set(target: dict[str, Any], key: str, value: Any) -> None:
    target[key] = value


Mutation = Callable[[Document], None]
# (name, mutation, expected {(kind, breaking)}, expected bump)
TABLE: list[tuple[str, Mutation, set[tuple[str, bool]], str]] = [
    ("no change", lambda d: None, set(), "none"),
    (
        "operation removed (the last of its resource)",
        lambda d: d["paths"].pop("/v1/datasets/{id}"),
        {("method-removed", True), ("resource-removed", True)},
        "major",
    ),
    (
        "operation added",
        lambda d: _set(
            d["paths"],
            "/v1/datasets",
            {
                "get": {
                    "operationId": "list",
                    "tags": ["datasets"],
                    "responses": {"200": {"description": "ok"}},
                }
            },
        ),
        {("method-added", False)},
        "minor",
    ),
    (
        "operation renamed (operationId)",
        lambda d: _set(d["paths"]["/v1/models/{model}"]["get"], "operationId", "retrieve"),
        {("method-renamed", True)},
        "major",
    ),
    (
        "operation deprecated",
        lambda d: _set(d["paths"]["/v1/datasets/{id}"]["delete"], "deprecated", True),
        {("method-deprecated", False)},
        "minor",
    ),
    (
        "new required query parameter",
        lambda d: _list_params(d).append(
            {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        {("parameter-added-required", True)},
        "major",
    ),
    (
        "new optional query parameter",
        lambda d: _list_params(d).append(
            {"name": "owner", "in": "query", "schema": {"type": "string"}}
        ),
        {("parameter-added", False)},
        "minor",
    ),
    (
        "optional parameter becomes required",
        lambda d: _set(_param(d, "page_size"), "required", True),
        {("parameter-required", True)},
        "major",
    ),
    (
        "parameter removed",
        lambda d: _list_params(d).remove(_param(d, "endpoint")),
        {("parameter-removed", True)},
        "major",
    ),
    (
        "parameter type narrowed (number -> integer)",
        lambda d: _set(_chat_body(d)["properties"], "temperature", {"type": "integer"}),
        {("parameter-type-narrowed", True), ("parameter-default-changed", False)},
        "major",
    ),
    (
        "parameter type widened (integer -> number)",
        lambda d: _set(_param(d, "page_size"), "schema", {"type": "number"}),
        {("parameter-type-widened", False)},
        "minor",
    ),
    (
        "enum value removed from a request parameter",
        lambda d: _set(_param(d, "endpoint")["schema"], "enum", ["chat"]),
        {("parameter-type-narrowed", True)},
        "major",
    ),
    (
        "enum value added to a request parameter",
        lambda d: _set(_param(d, "endpoint")["schema"], "enum", ["chat", "embed", "rerank"]),
        {("parameter-type-widened", False)},
        "minor",
    ),
    (
        "required body field becomes optional",
        lambda d: _set(_chat_body(d), "required", []),
        {("parameter-optional", False)},
        "minor",
    ),
    (
        "new required body field",
        lambda d: (
            _set(_chat_body(d)["properties"], "model", {"type": "string"}),
            _chat_body(d)["required"].append("model"),
        ),
        {("parameter-added-required", True)},
        "major",
    ),
    (
        "parameter default changed",
        lambda d: _set(_chat_body(d)["properties"]["temperature"], "default", 0.7),
        {("parameter-default-changed", False)},
        "minor",
    ),
    (
        "enum value removed from what requests accept (component)",
        lambda d: _set(_schemas(d)["Truncate"], "enum", ["NONE", "END"]),
        {("enum-value-removed", True)},
        "major",
    ),
    (
        "enum value added to a response enum",
        lambda d: _schemas(d)["FinishReason"]["enum"].append("ERROR"),
        {("enum-value-added", False)},
        "minor",
    ),
    (
        "enum value removed from a response-only enum",
        lambda d: _schemas(d)["FinishReason"]["enum"].remove("MAX_TOKENS"),
        {("enum-value-removed", False)},
        "minor",
    ),
    (
        "response field removed",
        lambda d: _schemas(d)["Model"]["properties"].pop("endpoints"),
        {("field-removed", True)},
        "major",
    ),
    (
        "response field added",
        lambda d: _set(_schemas(d)["Model"]["properties"], "owner", {"type": "string"}),
        {("field-added", False)},
        "minor",
    ),
    (
        "response field changed to an incompatible type",
        lambda d: _set(_schemas(d)["Model"]["properties"], "context_length", {"type": "string"}),
        {("field-type-changed", True)},
        "major",
    ),
    (
        "response field narrowed (number -> integer)",
        lambda d: _set(
            _schemas(d)["Model"]["properties"],
            "context_length",
            {"type": "integer", "enum": [4096, 8192]},
        ),
        {("field-type-changed", False)},
        "minor",
    ),
    (
        "response field becomes optional",
        lambda d: _schemas(d)["Model"]["required"].remove("context_length"),
        {("field-optional", True)},
        "major",
    ),
    (
        "response type of an operation replaced",
        lambda d: _set(
            d["paths"]["/v1/models/{model}"]["get"]["responses"],
            "200",
            _json({"$ref": "#/components/schemas/ChatResponse"}),
        ),
        {("response-type-changed", True)},
        "major",
    ),
    (
        "stream removed",
        lambda d: d["paths"]["/v1/chat"]["post"]["responses"]["200"]["content"].pop(
            "text/event-stream"
        ),
        # the `stream` flag that chose the stream becomes an ordinary argument
        {("stream-removed", True), ("parameter-added", False)},
        "major",
    ),
    (
        "pagination removed (no next-page token)",
        lambda d: _schemas(d)["ListModels"]["properties"].pop("next_page_token"),
        {("pages-removed", True), ("field-removed", True)},
        "major",
    ),
    (
        "description changed",
        lambda d: _set(_schemas(d)["Model"]["properties"]["name"], "description", "Its name."),
        {("description-changed", False)},
        "patch",
    ),
    (
        "error status no longer declared",
        lambda d: d["paths"]["/v1/models/{model}"]["get"]["responses"].pop("404"),
        {("error-removed", True)},
        "major",
    ),
    (
        "new error status",
        lambda d: _set(
            d["paths"]["/v1/datasets/{id}"]["delete"]["responses"],
            "429",
            {"description": "Slow down."},
        ),
        {("error-added", False)},
        "minor",
    ),
    (
        "new schema whose class name clashes with an inline one",
        lambda d: _set(_schemas(d), "ChatResponseUsage", {"type": "object"}),
        {("model-added", False), ("model-renamed", True)},
        "major",
    ),
    (
        "schema removed",
        lambda d: (
            _set(_schemas(d)["ChatResponse"]["properties"], "finish_reason", {"type": "string"}),
            _schemas(d).pop("FinishReason"),
        ),
        {("alias-removed", True), ("field-type-changed", False)},
        "major",
    ),
]


@pytest.mark.parametrize(
    ("name", "mutate", "expected", "bump"), TABLE, ids=[row[0] for row in TABLE]
)
def test_each_mutation_is_classified(
    name: str, mutate: Mutation, expected: set[tuple[str, bool]], bump: str, tmp_path: Path
) -> None:
    old, new = _base(), _base()
    mutate(new)
    report = diff_apis(build_ir(old, Config()), build_ir(new, Config()))
    assert {(c.kind, c.breaking) for c in report.changes} == expected, report.as_text()
    assert report.bump == bump

    old_path, new_path = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old_path.write_text(yaml.safe_dump(old), encoding="utf-8")
    new_path.write_text(yaml.safe_dump(new), encoding="utf-8")
    as_json = CliRunner().invoke(main, ["diff", str(old_path), str(new_path), "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    assert json.loads(as_json.output) == report.as_json()
    as_text = CliRunner().invoke(main, ["diff", str(old_path), str(new_path)])
    assert as_text.output == report.as_text()
    assert f"suggested version bump: {bump}" in as_text.output
    assert as_text.output.count("BREAKING") == len(report.breaking)


def _project(tmp_path: Path) -> Path:
    caches = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache")
    for name in ("spec", "generated"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=caches)
    return tmp_path


def _make_page_size_required(project: Path) -> None:
    excerpt = project / "spec" / "excerpts" / "models.list.yaml"
    text = excerpt.read_text(encoding="utf-8")
    marker = "        - name: page_size\n          in: query\n"
    assert marker in text
    text = text.replace(marker, marker + "          required: true\n", 1)
    excerpt.write_text(text.replace("          required: false\n", "", 1), encoding="utf-8")


def test_check_prints_the_change_report_above_the_text_diff(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _make_page_size_required(project)
    result = run_generator("check", cwd=project)
    assert result.returncode == 1
    report_at = result.stdout.index("API changes: 1 breaking")
    assert report_at < result.stdout.index("--- spec/openapi.yaml")
    assert "BREAKING  co.models.list(page_size=): now required" in result.stdout


def test_the_main_job_bumps_the_version_when_the_config_asks(tmp_path: Path) -> None:
    project = _project(tmp_path)
    config = project / "spec" / "config.yaml"
    config.write_text(config.read_text() + "bump_version: true\n")
    _make_page_size_required(project)
    pyproject = project / "generated" / "pyproject.toml"

    first = run_generator(cwd=project)
    assert first.returncode == 0, first.stderr
    assert "suggested version bump: major" in first.stdout
    assert 'version = "0.2.0"' in pyproject.read_text()  # below 1.0, a break bumps the minor

    again = run_generator(cwd=project)
    assert "API changes: none" in again.stdout
    assert 'version = "0.2.0"' in pyproject.read_text()
    assert run_generator("check", cwd=project).returncode == 0


@pytest.mark.parametrize(
    ("configured", "shipped", "bump", "expected"),
    [
        ("0.1.0", None, "major", "0.1.0"),  # nothing shipped yet: the configured version
        ("0.1.0", "0.1.0", "none", "0.1.0"),
        ("0.1.0", "0.1.0", "major", "0.2.0"),
        ("0.1.0", "0.2.3", "minor", "0.2.4"),
        ("0.1.0", "0.2.3", "patch", "0.2.4"),
        ("1.0.0", "1.4.2", "major", "2.0.0"),
        ("1.0.0", "1.4.2", "minor", "1.5.0"),
        ("1.0.0", "1.4.2", "patch", "1.4.3"),
        ("2.0.0", "1.4.2", "minor", "2.0.0"),  # a release made by hand wins
    ],
)
def test_package_version(configured: str, shipped: str | None, bump: str, expected: str) -> None:
    assert package_version(configured, shipped, bump) == expected
