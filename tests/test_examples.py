"""Example arguments (ir/examples.py): values the API accepts, as Python expressions.

Every value built here must validate against its schema (the generated tests send them to
Prism, which rejects anything else); the checks use the same OpenAPI validator.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from generator.config import Config
from generator.ir import build_ir
from generator.ir.examples import ExampleMaker
from generator.ir.model import TypeRef
from generator.ir.patterns import string_matching
from generator.ir.schemas import SchemaReader
from generator.render import render

COMPONENTS: dict[str, Any] = {
    "Cat": {
        "type": "object",
        "required": ["kind", "lives"],
        "properties": {
            "kind": {"type": "string"},
            "lives": {"type": "integer", "minimum": 1, "maximum": 9},
        },
    },
    "Dog": {
        "type": "object",
        "required": ["kind", "bark"],
        "properties": {"kind": {"type": "string"}, "bark": {"type": "boolean"}},
    },
    "Node": {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "child": {"$ref": "#/components/schemas/Node"}},
    },
}


def _maker(version: str = "3.0.3") -> ExampleMaker:
    document = {"openapi": version, "components": {"schemas": COMPONENTS}}
    reader = SchemaReader(document, {})
    return ExampleMaker(document, reader)


SCHEMAS: list[dict[str, Any]] = [
    {"type": "string", "format": "date-time"},
    {"type": "string", "format": "uuid"},
    {"type": "string", "format": "email"},
    {"type": "string", "format": "uri"},
    {"type": "string", "format": "byte"},
    {"type": "string", "minLength": 12, "maxLength": 14},
    {"type": "string", "maxLength": 2},
    {"type": "string", "pattern": r"^[A-Z]{2}-\d{4}$"},
    {"type": "string", "pattern": "^sk-[a-z0-9]{20,}$", "minLength": 30},
    {"type": "string", "enum": ["asc", "desc"]},
    {"type": "integer", "minimum": 10, "maximum": 20, "multipleOf": 7},
    {"type": "integer", "exclusiveMinimum": True, "minimum": 0},
    {"type": "number", "maximum": -3.5},
    {"type": "array", "minItems": 3, "uniqueItems": True, "items": {"type": "string"}},
    {"type": "array", "items": {"$ref": "#/components/schemas/Cat"}},
    {"type": "object", "minProperties": 2, "additionalProperties": {"type": "integer"}},
    {"$ref": "#/components/schemas/Node"},
    {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"},
        },
    },
    {"oneOf": [{"type": "string", "format": "uuid"}, {"type": "integer"}]},
    {"nullable": True, "anyOf": [{"type": "string", "format": "date"}, {"type": "integer"}]},
    {
        "allOf": [
            {"$ref": "#/components/schemas/Cat"},
            {"required": ["age"], "properties": {"age": {"type": "integer"}}},
        ]
    },
    {
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "string", "readOnly": True}, "name": {"type": "string"}},
    },
    {"type": "string", "example": 42},  # an example that breaks its schema is not used
    # required without being declared (box's invite): any value; typed by additionalProperties
    {"type": "object", "required": ["id"], "properties": {"login": {"type": "string"}}},
    {"type": "object", "required": ["n"], "additionalProperties": {"type": "integer"}},
    {
        "allOf": [
            {"type": "object", "required": ["age"]},  # what the other part declares
            {"properties": {"age": {"type": "integer", "minimum": 3}}},
        ]
    },
]


@pytest.mark.parametrize("schema", SCHEMAS, ids=[str(i) for i in range(len(SCHEMAS))])
def test_every_built_value_satisfies_its_schema(schema: dict[str, Any]) -> None:
    maker = _maker()
    value = maker.value(schema, "name")
    assert maker.valid(value, schema), value


def test_the_documents_own_examples_come_first_when_valid() -> None:
    maker = _maker()
    assert maker.value({"type": "string", "example": "command-r"}) == "command-r"
    assert maker.value({"type": "integer", "default": 20, "maximum": 10}) == 1
    holder = {"examples": {"a": {"value": "wrong"}, "b": {"value": 7}}}
    assert maker.value({"type": "integer"}, "n", holder) == 7


def test_discriminated_variants_carry_their_tag_and_readonly_fields_are_left_out() -> None:
    maker = _maker()
    assert maker.value(SCHEMAS[17]) == {"kind": "cat", "lives": 1}
    assert maker.value(SCHEMAS[21]) == {"name": "name"}


def test_3_1_documents_are_checked_as_json_schema_2020_12() -> None:
    maker = _maker("3.1.0")
    schema = {"type": ["string", "null"], "const": "fixed"}
    assert maker.value(schema) == "fixed" and maker.valid("fixed", schema)
    assert not maker.valid("other", schema)
    nullable = {"anyOf": [{"type": "null"}, {"type": "string", "format": "date"}]}
    assert maker.value(nullable) == "2024-05-01"  # a value, not the null a caller would omit


def test_expressions_follow_the_argument_type() -> None:
    maker = _maker()
    dt = TypeRef("datetime.datetime", imports=frozenset({("datetime", "")}))
    example = maker.expression("2024-05-01T12:00:00Z", dt)
    assert eval(example.expression) == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)
    assert example.imports == {("datetime", "")}
    optional_date = TypeRef(members=(TypeRef("datetime.date"), TypeRef("None")))
    assert maker.expression("2024-05-01", optional_date).expression == "datetime.date(2024, 5, 1)"
    assert (
        maker.expression("é\U0001f980", TypeRef("bytes")).expression
        == 'b"\\xc3\\xa9\\xf0\\x9f\\xa6\\x80"'
    )
    assert maker.expression("x🦀", TypeRef("str")).expression == '"x\\U0001f980"'
    assert maker.expression(3.0, TypeRef("int")).expression == "3"


@pytest.mark.parametrize(
    "pattern",
    [
        r"^[a-z]+$",
        r"^\d{3}-\d{2}$",
        r"^(?<year>\d{4})-[^/]{2,}$",
        r"(ab|cd)\1",
        r"^[^\s@]+@\w+\.\w+$",
    ],
)
def test_strings_are_made_to_match_patterns(pattern: str) -> None:
    import re

    text = string_matching(pattern, 5)
    assert text is not None and re.search(pattern.replace("(?<", "(?P<"), text)


def test_a_pattern_python_cannot_read_gets_no_example() -> None:
    assert string_matching(r"\p{L}+") is None


def test_the_generated_tests_and_readme_call_every_operation_with_examples() -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/pets/{pet_id}": {
                "put": {
                    "operationId": "updatePet",
                    "tags": ["pets"],
                    "parameters": [
                        {
                            "name": "pet_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        },
                        {
                            "name": "at",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string", "format": "date-time"},
                        },
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Cat"}}
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Cat"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": COMPONENTS},
    }
    files = render(build_ir(document, Config()))
    test = files["tests/test_pets.py"]
    assert "import datetime" in test
    call = "client.pets.update(\n            1,\n            at=datetime.datetime(2024, 5, 1, 12, 0, tzinfo=datetime.timezone.utc),"
    assert call in test and "assert_matches_type(Cat, response)" in test
    assert "async def test_update(self, async_client: AsyncClient)" in test
    assert "client.pets.update(" in files["README.md"]
    assert {"tests/__init__.py", "tests/conftest.py", "tests/utils.py"} <= set(files)


def test_parts_of_an_all_of_may_require_what_another_declares() -> None:
    schema = {
        "allOf": [
            {"$ref": "#/components/schemas/Cat/allOf/0"},
            {"type": "object", "required": ["lives", "kind"]},
        ]
    }
    document = {
        "openapi": "3.0.3",
        "components": {"schemas": {"Cat": {"allOf": [COMPONENTS["Cat"]]}}},
    }
    maker = ExampleMaker(document, SchemaReader(document, {}))
    assert maker.value(schema) == {"kind": "kind", "lives": 1}


def test_a_one_of_whose_required_fields_fit_several_variants_gets_a_telling_property() -> None:
    reference = {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}}
    schema = {
        "oneOf": [
            {**reference, "properties": {**reference["properties"], "script": {"type": "string"}}},
            {**reference, "properties": {**reference["properties"], "script": {"type": "integer"}}},
        ],
        "discriminator": {"propertyName": "kind"},
    }
    maker = _maker()
    value = maker.value(schema)
    assert value == {"kind": "kind", "script": "script"} and maker.valid(value, schema)


def test_body_fields_the_body_needs_together_are_passed_with_valid_values() -> None:
    # DigitalOcean's firewall rules and GitHub's requested reviewers: each field is optional,
    # an anyOf requires one of them; a call without any was refused.
    rules = {
        "type": "array",
        "items": {"type": "object", "properties": {"ports": {"type": "string"}}},
    }
    schema = {
        "allOf": [
            {"type": "object", "properties": {"inbound_rules": rules, "outbound_rules": rules}},
            {"anyOf": [{"required": ["inbound_rules"]}, {"required": ["outbound_rules"]}]},
        ]
    }
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Firewalls", "version": "1"},
        "paths": {
            "/rules": {
                "post": {
                    "operationId": "addRules",
                    "requestBody": {"content": {"application/json": {"schema": schema}}},
                    "responses": {"204": {"description": "done"}},
                }
            }
        },
    }
    maker = _maker()
    built = maker.value(schema, "body")
    assert maker.valid(built, schema) and isinstance(built["inbound_rules"], list), built
    (rules,) = build_ir(document, Config()).resources  # POST /rules: rules.create()
    (operation,) = rules.operations
    passed = {p.wire_name: p.example for p in operation.parameters if p.example}
    assert set(passed) == {"inbound_rules"}
    assert "client.rules.create(inbound_rules=[" in render(build_ir(document, Config()))["README.md"]


def _one_operation(operation: dict[str, Any], path: str = "/workflows/{workflow_id}") -> Any:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Workflows", "version": "1"},
        "paths": {path: {"put": {"operationId": "updateWorkflow", **operation}}},
    }


def test_a_parameter_whose_one_of_reads_its_text_as_several_variants_gets_a_string() -> None:
    # GitHub's workflow_id: oneOf [integer, string]. In a path, 1 is the text "1", which Prism
    # reads as both variants (a oneOf must match one); a name is only a string.
    workflow_id = {"oneOf": [{"type": "integer"}, {"type": "string"}]}
    parameter = {"name": "workflow_id", "in": "path", "required": True, "schema": workflow_id}
    document = _one_operation(
        {"parameters": [parameter], "responses": {"204": {"description": "updated"}}}
    )
    (resource,) = build_ir(document, Config()).resources
    (argument,) = resource.operations[0].parameters
    assert argument.example is not None and argument.example.expression == '"workflow_id"'
    assert "client.workflows.update(\"workflow_id\")" in render(build_ir(document, Config()))[
        "tests/test_workflows.py"
    ]
    in_body = _maker().value(workflow_id, "workflow_id")  # a JSON body keeps its types apart
    assert in_body == 1


def test_an_operation_that_declares_only_errors_is_tested_for_those_errors() -> None:
    responses = {
        "400": {"description": "Invalid ID supplied"},
        "404": {"description": "Workflow not found"},
    }
    files = render(build_ir(_one_operation({"responses": responses}, "/workflows"), Config()))
    test = files["tests/test_workflows.py"]
    assert "        with pytest.raises((BadRequestError, NotFoundError)):\n" in test
    assert "            client.workflows.update()\n" in test
    assert "            await async_client.workflows.update()\n" in test
    assert "from workflows import AsyncClient, BadRequestError, Client, NotFoundError\n" in test
    assert "tests.utils" not in test  # nothing to check the type of


def test_what_a_variant_only_requires_is_built_from_the_enclosing_declaration() -> None:
    # OpenAI's file batches: the object declares file_ids (an array) and files; its anyOf
    # variants only require one of them. The variant alone gave the placeholder "file_ids".
    schema = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "file_ids": {"type": "array", "minItems": 1, "items": {"type": "string"}},
            "files": {"type": "array", "items": {"type": "string"}},
        },
        "anyOf": [{"required": ["file_ids"]}, {"required": ["files"]}],
    }
    maker = _maker()
    value = maker.value(schema, "body")
    assert value == {"file_ids": ["file_id"]} and maker.valid(value, schema)


def test_an_operation_that_may_redirect_is_not_taken_for_one_that_only_fails() -> None:
    # GitHub's migration archives: 302 to the download, or errors.
    responses = {"302": {"description": "Found"}, "404": {"description": "Not found"}}
    files = render(build_ir(_one_operation({"responses": responses}, "/workflows"), Config()))
    assert "pytest.raises" not in files["tests/test_workflows.py"]


def test_a_body_property_required_but_not_declared_is_an_optional_argument_the_tests_pass() -> None:
    # DigitalOcean's uptime check requires "method", which its properties lack: no call could
    # send it, and Prism refused every one.
    body = {
        "type": "object",
        "required": ["name", "method"],
        "properties": {"name": {"type": "string"}},
    }
    document = _one_operation(
        {
            "requestBody": {"content": {"application/json": {"schema": body}}},
            "responses": {"204": {"description": "updated"}},
        },
        "/workflows",
    )
    api = build_ir(document, Config())
    (operation,) = api.resources[0].operations
    method = next(p for p in operation.parameters if p.wire_name == "method")
    assert (method.location, method.required, method.type.annotation) == ("body", False, "Any")
    assert any("requires 'method' but does not declare it" in w for w in api.warnings)
    test = render(api)["tests/test_workflows.py"]
    assert 'client.workflows.update(name="name", method="method")' in test
    closed = {**body, "additionalProperties": False}  # nothing can satisfy it: no argument
    document["paths"]["/workflows"]["put"]["requestBody"]["content"]["application/json"] = {
        "schema": closed
    }
    (operation,) = build_ir(document, Config()).resources[0].operations
    assert [p.wire_name for p in operation.parameters] == ["name"]
