"""Discriminated unions: generated as pydantic tagged unions that select their member by the
discriminator (mapping, implicit values, many values to one class, non-object members), with
UnknownVariant for a tag the client does not know; the client is generated from a small spec,
checked with mypy --strict and ruff, and called over HTTP against the scripted server."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.helpers import generated_package
from tests.servers import Reply, ScriptedServer


def _object(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required or []}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SCHEMAS: dict[str, Any] = {
    # implicit tags: the variant's enum or const
    "Cat": _object({"kind": {"type": "string", "enum": ["cat"]}, "lives": {"type": "integer"}}),
    "Dog": _object({"kind": {"const": "dog"}, "bark": {"type": "string"}}, ["bark"]),
    "Pet": {"oneOf": [_ref("Cat"), _ref("Dog")], "discriminator": {"propertyName": "kind"}},
    # a mapping whose values differ from the class names, two values for one class, bare names
    "Circle": _object({"shape_type": {"type": "string"}, "radius": {"type": "number"}}),
    "Square": _object({"shape_type": {"type": "string"}, "side": {"type": "number"}}),
    "Shape": {
        "oneOf": [_ref("Circle"), _ref("Square")],
        "discriminator": {
            "propertyName": "shape_type",
            "mapping": {"round": "#/components/schemas/Circle", "box": "Square", "cube": "Square"},
        },
    },
    # a non-object member beside the objects
    "TextPart": _object({"type": {"type": "string"}, "text": {"type": "string"}}, ["text"]),
    "ImagePart": _object({"type": {"type": "string"}, "url": {"type": "string"}}),
    "Content": {
        "oneOf": [{"type": "string"}, _ref("TextPart"), _ref("ImagePart")],
        "discriminator": {
            "propertyName": "type",
            "mapping": {"text": _ref("TextPart")["$ref"], "image": _ref("ImagePart")["$ref"]},
        },
    },
    # no mapping, no enum: OpenAPI's implicit mapping by schema name
    "Foo": _object({"t": {"type": "string"}, "foo": {"type": "integer"}}),
    "Bar": _object({"t": {"type": "string"}, "bar": {"type": "integer"}}),
    "Named": {"anyOf": [_ref("Foo"), _ref("Bar")], "discriminator": {"propertyName": "t"}},
    # one value for two classes: ambiguous, so a plain union
    "Left": _object({"side": {"const": "x"}, "l": {"type": "integer"}}),
    "Right": _object({"side": {"const": "x"}, "r": {"type": "integer"}}),
    "Ambiguous": {
        "oneOf": [_ref("Left"), _ref("Right")],
        "discriminator": {"propertyName": "side"},
    },
    "Holder": _object(
        {
            "pet": _ref("Pet"),
            "shapes": {"type": "array", "items": _ref("Shape")},
            "content": {"type": "array", "items": _ref("Content")},
            "named": _ref("Named"),
            "ambiguous": _ref("Ambiguous"),
            "nick-name": {"type": "string"},  # aliased: `from pydantic import Field` as well
            "inline": {
                "oneOf": [_ref("Cat"), _ref("Dog")],
                "discriminator": {"propertyName": "kind"},
                "nullable": True,
            },
        }
    ),
}

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Zoo", "version": "1"},
    "servers": [{"url": "http://127.0.0.1"}],
    "paths": {
        "/holder": {
            "get": {
                "operationId": "getHolder",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": _ref("Holder")}},
                    }
                },
            }
        }
    },
    "components": {"schemas": SCHEMAS},
}

VALID = {
    "pet": {"kind": "dog", "bark": "woof"},
    "shapes": [
        {"shape_type": "round", "radius": 1},
        {"shape_type": "box", "side": 2},
        {"shape_type": "cube", "side": 3},
    ],
    "content": ["plain text", {"type": "text", "text": "t"}, {"type": "image", "url": "u"}],
    "named": {"t": "Bar", "bar": 1},
    "ambiguous": {"side": "x", "r": 1},
    "inline": None,
}


@pytest.fixture(scope="module")
def zoo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, Path]]:
    root = tmp_path_factory.mktemp("zoo")
    with generated_package(SPEC, root, "zoo") as package:
        yield package, root / "out"


@pytest.fixture
def get_holder(zoo: tuple[ModuleType, Path]) -> Iterator[Any]:
    package, _ = zoo
    with ScriptedServer() as server:

        def call(body: Any, **options: Any) -> Any:
            server.default = Reply(200, json=body)
            with package.Client(base_url=server.url, max_retries=0) as client:
                return client.holder.retrieve(request_options=options or None)

        yield call


def test_the_generated_unions_pass_mypy_strict_and_ruff(zoo: tuple[ModuleType, Path]) -> None:
    _, out = zoo
    for tool in (["mypy", "--strict", "zoo"], ["ruff", "check", "zoo"]):
        done = subprocess.run(
            [sys.executable, "-m", *tool], cwd=out, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_each_variant_is_chosen_by_its_tag(get_holder: Any, zoo: tuple[ModuleType, Path]) -> None:
    package, _ = zoo
    types = package.types
    holder = get_holder(VALID)
    assert isinstance(holder.pet, types.Dog) and holder.pet.bark == "woof"
    assert [type(s).__name__ for s in holder.shapes] == ["Circle", "Square", "Square"]
    assert holder.content[0] == "plain text"
    assert isinstance(holder.content[1], types.TextPart)
    assert isinstance(holder.content[2], types.ImagePart)
    assert isinstance(holder.named, types.Bar) and holder.named.bar == 1
    assert isinstance(holder.ambiguous, types.Right)  # a plain union, resolved by pydantic
    assert holder.inline is None


@pytest.mark.parametrize("strict", [False, True])
def test_an_unknown_tag_gives_the_raw_data_never_a_variant_or_an_error(
    get_holder: Any, zoo: tuple[ModuleType, Path], strict: bool
) -> None:
    package, _ = zoo
    body = {
        **VALID,
        "pet": {"kind": "parrot", "bark": "hello"},  # Dog's fields, another kind
        "shapes": [{"shape_type": "hexagon", "side": 1}],
        "content": [{"type": "video", "url": "v"}],
        "named": {"bar": 1},  # no tag at all
        "inline": {"kind": "cat", "lives": 9},
    }
    holder = get_holder(body, strict_response_validation=strict)
    unknown = package.types.UnknownVariant
    assert holder.pet == unknown(data={"kind": "parrot", "bark": "hello"})
    assert holder.shapes[0].data == {"shape_type": "hexagon", "side": 1}
    assert isinstance(holder.content[0], unknown) and isinstance(holder.named, unknown)
    assert isinstance(holder.inline, package.types.Cat)
    # Sent back, an unknown variant is the data as received.
    assert holder.model_dump(mode="json")["pet"] == {"kind": "parrot", "bark": "hello"}
    assert package.UnknownVariant is unknown


def test_a_known_tag_with_a_wrong_shape_is_lenient_or_strict(
    get_holder: Any, zoo: tuple[ModuleType, Path]
) -> None:
    package, _ = zoo
    body = {**VALID, "pet": {"kind": "dog", "bark": 42}}
    holder = get_holder(body)
    assert isinstance(holder.pet, package.types.Dog) and holder.pet.bark == 42
    with pytest.raises(package.ApiResponseValidationError):
        get_holder(body, strict_response_validation=True)


def test_requests_accept_models_dicts_and_unknown_variants(zoo: tuple[ModuleType, Path]) -> None:
    package, _ = zoo
    types = package.types
    holder = types.Holder(
        pet={"kind": "cat", "lives": 9},
        shapes=[types.Square(side=1, shape_type="box"), types.UnknownVariant(data={"x": 1})],
        content=["text", {"type": "image", "url": "u"}],
    )
    assert isinstance(holder.pet, types.Cat)
    dumped = holder.model_dump(mode="json", exclude_unset=True)
    assert dumped["shapes"] == [{"side": 1.0, "shape_type": "box"}, {"x": 1}]
    assert dumped["content"] == ["text", {"type": "image", "url": "u"}]
