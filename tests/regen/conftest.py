"""A small API in three versions, their generated files, and helpers to edit and snapshot an
output directory. Version 2 adds a query parameter to ``getPet`` and a ``listPets`` operation,
and drops the ``owners`` resource and its ``Owner`` type (so files go away too)."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.pipeline import generate_files


def _operation(operation_id: str, tag: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "tags": [tag],
        # placed by a vendor hint (group, and the operationId for the name), not by the path:
        # moving /pets to /animals keeps list_pets where the user's edit is
        "x-speakeasy-group": tag,
        **extra,
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": schema}}}
        },
    }


PET = {"$ref": "#/components/schemas/Pet"}
PET_ID = {"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}
SPEC_V1: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Pets", "version": "1"},
    "servers": [{"url": "https://pets.test"}],
    "paths": {
        "/pets/{pet_id}": {"get": _operation("getPet", "pets", PET, parameters=[PET_ID])},
        "/owners/{owner_id}": {
            "get": _operation(
                "getOwner",
                "owners",
                {"$ref": "#/components/schemas/Owner"},
                parameters=[{**PET_ID, "name": "owner_id"}],
            )
        },
    },
    "components": {
        "schemas": {
            "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
        }
    },
}


def _v2() -> dict[str, Any]:
    spec = copy.deepcopy(SPEC_V1)
    del spec["paths"]["/owners/{owner_id}"], spec["components"]["schemas"]["Owner"]
    verbose = {"name": "verbose", "in": "query", "schema": {"type": "boolean"}}
    spec["paths"]["/pets/{pet_id}"]["get"]["parameters"].append(verbose)
    spec["paths"]["/pets"] = {
        "get": _operation("listPets", "pets", {"type": "array", "items": PET})
    }
    return spec


SPEC_V2 = _v2()

# A hand edit inside the generated get_pet, and a helper method appended to the class.
GENERATED_TAIL = """            options=request_options,
        )
        return response


class AsyncPetsResource:"""
EDITED_TAIL = """            options=request_options,
        )
        response.name = (response.name or "").strip()  # custom: trim names
        return response

    def get_pet_name(self, pet_id: str) -> str:
        \"\"\"Custom helper.\"\"\"
        return self.get_pet(pet_id).name or ""


class AsyncPetsResource:"""
EDITED_LINE = '        response.name = (response.name or "").strip()  # custom: trim names\n'
HELPER = "    def get_pet_name(self, pet_id: str) -> str:\n"
RESOURCE = "pets/pets.py"


@pytest.fixture(scope="session")
def files_v1() -> dict[str, str]:
    return generate_files(SPEC_V1, Config())[1]


@pytest.fixture(scope="session")
def files_v2() -> dict[str, str]:
    return generate_files(SPEC_V2, Config())[1]


def edit_resource(out: Path) -> None:
    """The user's edit of ``pets/pets.py``: one line in get_pet, one helper method."""
    path = out / RESOURCE
    text = path.read_text()
    assert text.count(GENERATED_TAIL) == 1
    path.write_text(text.replace(GENERATED_TAIL, EDITED_TAIL))


def snapshot(root: Path) -> dict[str, Any]:
    """Every entry under ``root``: file bytes and mode, directories, links, nothing skipped."""
    entries: dict[str, Any] = {}
    for folder, dirs, names in os.walk(root):
        for name in dirs + names:
            path = Path(folder, name)
            relative = path.relative_to(root).as_posix()
            if path.is_symlink():
                entries[relative] = ("link", os.readlink(path))
            elif path.is_dir():
                entries[relative] = ("dir", path.stat().st_mode)
            else:
                entries[relative] = (path.read_bytes(), path.stat().st_mode)
    return entries
