"""Headers an operation always sends: an Accept that matches what it declares it answers with,
and the Accept/Content-Type values the spec requires as header parameters (servers, Prism
among them, refuse a request without them)."""

from __future__ import annotations

from typing import Any

from generator.config import Config
from generator.ir import build_ir


def _headers(responses: dict[str, Any], parameters: list[Any] | None = None) -> dict[str, str]:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/thing": {
                "get": {
                    "operationId": "getThing",
                    "parameters": parameters or [],
                    "responses": responses,
                }
            }
        },
    }
    (thing,) = build_ir(document, Config()).resources  # GET /thing: thing.retrieve()
    (operation,) = thing.operations
    return dict(operation.headers)


def _content(*media: str) -> dict[str, Any]:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    return {"200": {"description": "ok", "content": {m: {"schema": schema} for m in media}}}


def test_json_answers_need_no_accept_beyond_the_default() -> None:
    assert _headers(_content("application/json", "application/xml")) == {}


def test_a_vendor_json_type_or_other_content_is_asked_for_by_name() -> None:
    assert _headers(_content("application/vnd.api+json")) == {
        "Accept": "application/vnd.api+json"
    }
    assert _headers(_content("text/csv", "application/pdf")) == {
        "Accept": "text/csv, application/pdf"
    }
    assert _headers(_content("*/*")) == {"Accept": "*/*"}


def test_required_accept_and_content_type_parameters_are_sent_with_their_value() -> None:
    parameters = [
        {
            "name": "Accept",
            "in": "header",
            "required": True,
            "schema": {"type": "string", "default": "application/vnd.pagerduty+json;version=2"},
        },
        {
            "name": "content-type",
            "in": "header",
            "required": True,
            "schema": {"type": "string", "enum": ["application/json"]},
        },
        {"name": "X-Other", "in": "header", "schema": {"type": "string"}},
    ]
    assert _headers(_content("application/json"), parameters) == {
        "Accept": "application/vnd.pagerduty+json;version=2, application/json",
        "Content-Type": "application/json",
    }
