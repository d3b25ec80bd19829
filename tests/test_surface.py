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


def _calls(document: dict[str, Any], config: Config | None = None) -> dict[str, str]:
    """``"METHOD /path" -> "group.method"`` as the client will spell the call."""
    return {
        f"{n.method.upper()} {n.path}": f"{n.group}.{n.name}" if n.group else n.name
        for n in name_operations(document, config or Config())
    }


def _list_of(name: str) -> dict[str, Any]:
    array = {"type": "object", "properties": {"data": {"type": "array", "items": {}}}}
    return {"200": {"description": name, "content": {"application/json": {"schema": array}}}}


def test_resources_come_from_the_path_and_methods_from_its_shape() -> None:
    document = _document(
        {
            "/v1/payment_intents": {"get": {}, "post": {}},
            "/v1/payment_intents/{intent}": {"get": {}, "post": {}},
            "/v1/payment_intents/{intent}/cancel": {"post": {}},
            "/v1/chat/completions": {"post": {}},
            "/v1/messages": {"post": {}},
            "/v1/messages/count_tokens": {"post": {}},
            "/v1/messages/batches": {"get": {}, "post": {}},
            "/v1/messages/batches/{message_batch_id}": {"get": {}, "delete": {}},
            "/v1/files/{file_id}/content": {"get": {}},
            "/v1/fine_tuning/jobs/{job_id}": {"get": {}},
            "/v1/fine_tuning/jobs/{job_id}/events": {"get": {"responses": _list_of("events")}},
            "/v1/user": {"get": {}, "patch": {}},
        }
    )
    assert _calls(document) == {
        "GET /v1/payment_intents": "payment_intents.list",
        "POST /v1/payment_intents": "payment_intents.create",
        "GET /v1/payment_intents/{intent}": "payment_intents.retrieve",
        "POST /v1/payment_intents/{intent}": "payment_intents.update",
        "POST /v1/payment_intents/{intent}/cancel": "payment_intents.cancel",
        "POST /v1/chat/completions": "chat.completions.create",
        "POST /v1/messages": "messages.create",
        "POST /v1/messages/count_tokens": "messages.count_tokens",
        "GET /v1/messages/batches": "messages.batches.list",
        "POST /v1/messages/batches": "messages.batches.create",
        "GET /v1/messages/batches/{message_batch_id}": "messages.batches.retrieve",
        "DELETE /v1/messages/batches/{message_batch_id}": "messages.batches.delete",
        "GET /v1/files/{file_id}/content": "files.content",
        "GET /v1/fine_tuning/jobs/{job_id}": "fine_tuning.jobs.retrieve",
        "GET /v1/fine_tuning/jobs/{job_id}/events": "fine_tuning.jobs.list_events",
        "GET /v1/user": "user.retrieve",  # a singleton: nothing to list
        "PATCH /v1/user": "user.update",
    }


def test_base_paths_versions_and_action_spellings_are_read() -> None:
    document = _document(
        {
            "/api/v2/users/{id}": {"get": {}},
            "/apis/apps/v1/deployments": {"get": {"responses": _list_of("deployments")}},
            "/2024-01-01/reports": {"post": {}},
            "/v2/batches/{id}:cancel": {"post": {}},  # Google's custom methods
            "/folders/{folder_id}#get_shared_link": {"get": {}},  # Box
            "/chat.postMessage": {"post": {}},  # Slack
            "/files/{file_id}/thumbnail.{extension}": {"get": {}},
            "/{Bucket}": {"put": {"operationId": "CreateBucket"}},  # no resource in the path
        }
    )
    assert list(_calls(document).values()) == [
        "users.retrieve",
        "apps.deployments.list",
        "reports.create",
        "batches.cancel",
        "folders.get_shared_link",
        "chat.post_message",
        "files.thumbnail.retrieve",
        "create_bucket",
    ]
    served = {**document, "servers": [{"url": "https://x.test/api/v3"}]}
    served["paths"] = {"/api/v3/orders": {"get": {"responses": _list_of("orders")}}}
    assert _calls(served) == {"GET /api/v3/orders": "orders.list"}


def test_a_second_call_of_one_name_takes_a_readable_operation_id() -> None:
    document = _document(
        {
            "/merchants/{merchantId}/terminalOrders/{orderId}": {
                "post": {"operationId": "post-merchants-merchantId-terminalOrders-orderId"},
                "patch": {"operationId": "patch-merchants-merchantId-terminalOrders-orderId"},
            },
            "/pets/{petId}": {
                "get": {"operationId": "getPetById"},
                "put": {"operationId": "replacePetById"},
                "patch": {"operationId": "updatePetPartially-PATCH"},
            },
            "/threads/runs": {"post": {"operationId": "createThreadAndRun"}},
            "/threads/{thread_id}/runs": {"post": {"operationId": "createRun"}},
        }
    )
    assert list(_calls(document).values()) == [
        "merchants.terminal_orders.create",  # POST beside PATCH on an item creates it
        "merchants.terminal_orders.update",
        "pets.retrieve",
        "pets.update",  # PUT, first in the document
        "pets.update_pet_partially",
        # /threads/runs is no action: "runs" is a resource (/threads/{id}/runs)
        "threads.runs.create",
        "threads.runs.create_run",
    ]
    assert build_ir(document, Config()).warnings == ()


def test_vendor_hints_and_the_configuration_win_over_the_path() -> None:
    fern = _document(
        {
            "/v2/chat": {"post": {"x-fern-sdk-group-name": "v2", "x-fern-sdk-method-name": "chat"}},
            "/v1/chat": {"post": {"operationId": "chat"}},  # Fern: no group -> the client
            "/v1/datasets": {"get": {"operationId": "list-datasets", "tags": ["/datasets"]}},
        }
    )
    assert list(_calls(fern).values()) == ["v2.chat", "chat", "datasets.list_datasets"]
    speakeasy = _document(
        {
            "/v1/files/{id}": {
                "get": {"x-speakeasy-group": "storage.files", "x-speakeasy-name-override": "get"}
            },
        }
    )
    assert list(_calls(speakeasy).values()) == ["storage.files.get"]
    plain = _document({"/v1/files": {"post": {"operationId": "uploadFile"}}})
    assert list(_calls(plain).values()) == ["files.create"]
    by_id = Config(operation_renames={"uploadFile": "upload"})
    by_rule = Config(operation_renames={"files.create": "uploads.send"})
    assert list(_calls(plain, by_id).values()) == ["files.upload"]
    assert list(_calls(plain, by_rule).values()) == ["uploads.send"]


def test_parameters_keep_names_that_shadow_builtins_but_not_keywords() -> None:
    document = _document(
        {
            "/things/{id}": {
                "get": {
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "type", "in": "query", "schema": {"type": "string"}},
                        {"name": "format", "in": "query", "schema": {"type": "string"}},
                        {"name": "from", "in": "query", "schema": {"type": "string"}},
                        {"name": "int", "in": "query", "schema": {"type": "string"}},
                        {"name": "response", "in": "query", "schema": {"type": "string"}},
                    ]
                }
            }
        }
    )
    (resource,) = build_ir(document, Config()).resources
    (operation,) = resource.operations
    assert [p.py_name for p in operation.parameters] == [
        "id",
        "type",
        "format",
        "from_",
        "int_",  # the method's body spells int(...) and response
        "response_",
    ]
