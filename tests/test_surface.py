"""Operation naming: one function places every operation, for the validator and the IR alike."""

from __future__ import annotations

from typing import Any

from generator.config import Config
from generator.curate.validate import validate
from generator.ir import build_ir
from generator.ir.surface import name_operations


def _document(operations: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    paths = {
        path: {
            method: {"responses": {"200": {"description": "ok"}}, **operation}
            for method, operation in methods.items()
        }
        for path, methods in operations.items()
    }
    return {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": paths}


def test_nested_groups_with_the_same_method_name_do_not_clash() -> None:
    document = _document(
        {
            "/audio/transcriptions": {
                "post": {
                    "operationId": "createTranscription",
                    "x-fern-sdk-group-name": ["audio", "transcriptions"],
                    "x-fern-sdk-method-name": "create",
                }
            },
            "/audio/translations": {
                "post": {
                    "operationId": "createTranslation",
                    "x-fern-sdk-group-name": ["audio", "translations"],
                    "x-fern-sdk-method-name": "create",
                }
            },
        }
    )
    named = name_operations(document, Config())
    assert [(n.group, n.name) for n in named] == [
        ("audio.transcriptions", "create"),
        ("audio.translations", "create"),
    ]
    assert validate(document, {}, Config()) == []
    api = build_ir(document, Config())
    assert api.warnings == ()
    assert sorted(
        f"{r.display_path}.{op.py_name}" for r in api.resources for op in r.operations
    ) == [
        "audio.transcriptions.create",
        "audio.translations.create",
    ]


def test_a_real_clash_is_reported_by_the_validator_as_the_builder_names_it() -> None:
    document = _document(
        {
            "/a": {
                "get": {
                    "operationId": "listA",
                    "x-fern-sdk-method-name": "list",
                    "tags": ["things"],
                }
            },
            "/b": {
                "get": {
                    "operationId": "listB",
                    "x-fern-sdk-method-name": "list",
                    "tags": ["things"],
                }
            },
        }
    )
    problems = validate(document, {}, Config())
    assert [p.message for p in problems] == [
        "operations GET /a and GET /b would both become things.list()"
    ]
    api = build_ir(document, Config())
    methods = sorted(op.py_name for r in api.resources for op in r.operations)
    assert methods == ["list", "list_2"]
    assert api.warnings == (
        "GET /b: method name things.list is taken by GET /a; generated as list_2",
    )
