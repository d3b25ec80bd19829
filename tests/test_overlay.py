"""OpenAPI Overlay 1.0: update, remove, order, many matches, and every mistake as a diagnostic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import GeneratorError
from generator.read.overlay import apply_overlays
from tests.helpers import run_generator

HEADER = "overlay: 1.0.0\ninfo: {title: test, version: '1'}\nactions:\n"


def _document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/pets": {
                "get": {"operationId": "list_pets", "tags": ["pets"], "parameters": []},
                "post": {"operationId": "create_pet", "tags": ["pets"]},
            },
            "/pets/{id}": {
                "get": {
                    "operationId": "get_pet",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True},
                        {"name": "dummy", "in": "query"},
                    ],
                },
                "delete": {"operationId": "delete_pet"},
            },
        },
    }


def _overlay(tmp_path: Path, actions: str, name: str = "fix.yaml") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + actions)
    return path


def _problems(document: dict[str, Any], *overlays: Path) -> list[Any]:
    with pytest.raises(GeneratorError) as caught:
        apply_overlays(document, overlays)
    return caught.value.diagnostics


def test_update_merges_objects_recursively_appends_to_arrays_and_replaces_values(
    tmp_path: Path,
) -> None:
    document = _document()
    apply_overlays(
        document,
        [
            _overlay(
                tmp_path,
                "  - target: $.info\n"
                "    update: {title: Pet store, x-logo: {url: l.png}}\n"
                "  - target: $.paths['/pets'].get\n"
                "    update: {tags: [animals], summary: List}\n"
                "  - target: $.paths['/pets'].get.parameters\n"
                "    update: {name: limit, in: query}\n",
            )
        ],
    )
    assert document["info"] == {"title": "Pet store", "version": "1", "x-logo": {"url": "l.png"}}
    listing = document["paths"]["/pets"]["get"]
    assert listing["tags"] == ["pets", "animals"] and listing["summary"] == "List"
    assert listing["parameters"] == [{"name": "limit", "in": "query"}]


def test_remove_deletes_every_node_the_target_selects(tmp_path: Path) -> None:
    document = _document()
    apply_overlays(
        document,
        [
            _overlay(
                tmp_path,
                "  - target: $.paths.*.delete\n"
                "    remove: true\n"
                "  - target: $.paths.*.get.parameters[?@.in == 'query' || @.in == 'path']\n"
                "    remove: true\n",
            )
        ],
    )
    assert "delete" not in document["paths"]["/pets/{id}"]
    assert document["paths"]["/pets/{id}"]["get"]["parameters"] == []


def test_one_target_updates_every_node_it_matches(tmp_path: Path) -> None:
    document = _document()
    apply_overlays(
        document, [_overlay(tmp_path, "  - target: $.paths.*.*\n    update: {x-safe: true}\n")]
    )
    operations = [op for item in document["paths"].values() for op in item.values()]
    assert len(operations) == 4 and all(op["x-safe"] is True for op in operations)


def test_actions_and_files_apply_in_order(tmp_path: Path) -> None:
    document = _document()
    first = _overlay(
        tmp_path,
        "  - target: $.paths['/pets']\n    remove: true\n"
        "  - target: $.paths\n    update: {/pets: {get: {operationId: again}}}\n",
        "1.yaml",
    )
    second = _overlay(
        tmp_path, "  - target: $.paths['/pets'].get\n    update: {summary: Second}\n", "2.yaml"
    )
    apply_overlays(document, [first, second])
    assert document["paths"]["/pets"] == {"get": {"operationId": "again", "summary": "Second"}}


def test_a_target_that_matches_nothing_names_the_file_line_action_and_target(
    tmp_path: Path,
) -> None:
    overlay = _overlay(
        tmp_path,
        "  - target: $.info\n    update: {title: fine}\n"
        "  - description: Rename the listing\n"
        "    target: $.paths['/animals'].get\n"
        "    update: {summary: gone}\n",
    )
    (problem,) = _problems(_document(), overlay)
    assert (problem.file, problem.line, problem.pointer) == (str(overlay), 7, "/actions/1/target")
    assert "action 1 (Rename the listing)" in problem.message
    assert "$.paths['/animals'].get matches nothing" in problem.message
    assert "no longer applies" in problem.hint


@pytest.mark.parametrize(
    ("text", "pointer", "message"),
    [
        (
            "overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, remove: true}]\n",
            "/overlay",
            "not an Overlay 1.0 document",
        ),
        ("overlay: 1.0.0\nactions: [{target: $, update: {}}]\n", "/info", "info needs a title"),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\n",
            "/actions",
            "actions must be a non-empty list",
        ),
        (
            HEADER + "  - target: $.paths[\n    remove: true\n",
            "/actions/0/target",
            "is not an RFC 9535 JSONPath",
        ),
        (
            HEADER + "  - target: paths\n    remove: true\n",
            "/actions/0/target",
            "is not an RFC 9535 JSONPath",
        ),
        (
            HEADER + "  - target: $.info\n    update: {}\n    replace: {title: x}\n",
            "/actions/0/replace",
            "unknown action field 'replace'",
        ),
        (HEADER + "  - target: $.info\n", "/actions/0", "neither updates nor removes"),
        (
            HEADER + "  - target: $.info\n    remove: yes please\n",
            "/actions/0/remove",
            "remove must be true or false",
        ),
        (
            HEADER + "  - target: $.info.title\n    update: New\n",
            "/actions/0/update",
            "the target selects str at /info/title",
        ),
        (
            HEADER + "  - target: $\n    remove: true\n",
            "/actions/0/target",
            "the document itself cannot be removed",
        ),
    ],
)
def test_a_malformed_overlay_is_a_diagnostic_with_file_line_and_pointer(
    tmp_path: Path, text: str, pointer: str, message: str
) -> None:
    overlay = tmp_path / "bad.yaml"
    overlay.write_text(text)
    (problem,) = _problems(_document(), overlay)
    assert problem.file == str(overlay) and problem.pointer == pointer, problem
    assert message in problem.message and problem.line is not None


def test_generate_applies_repeated_overlays_to_any_document(tmp_path: Path) -> None:
    spec = tmp_path / "pets.json"
    document = _document()
    for item in document["paths"].values():
        for operation in item.values():
            operation["responses"] = {"204": {"description": "Done."}}
            operation["parameters"] = [
                p for p in operation.get("parameters", []) if p["name"] != "dummy"
            ]
    spec.write_text(json.dumps(document))
    removal = _overlay(tmp_path, "  - target: $.paths.*.delete\n    remove: true\n", "a.yaml")
    docs = _overlay(
        tmp_path,
        "  - target: $.paths['/pets'].get\n    update: {description: Every pet we have.}\n",
        "b.yaml",
    )
    out = tmp_path / "out"
    command = ["generate", "--spec", str(spec), "--out", str(out)]
    result = run_generator(*command, "--overlay", str(removal), "--overlay", str(docs))
    assert result.returncode == 0, result.stderr
    code = "".join(path.read_text() for path in sorted((out / "pets").glob("*.py")))
    # pets.list (documented), pets.create, pets.retrieve; no pets.delete
    assert "Every pet we have." in code and "def delete(" not in code
    assert "def retrieve(" in code and "def create(" in code
    check = run_generator(
        "check",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--overlay",
        str(removal),
        "--overlay",
        str(docs),
    )
    assert check.returncode == 0, check.stderr


def test_generate_stops_on_an_overlay_that_no_longer_applies(tmp_path: Path) -> None:
    spec = tmp_path / "pets.json"
    spec.write_text(json.dumps(_document()))
    stale = _overlay(tmp_path, "  - target: $.paths['/cats']\n    remove: true\n")
    result = run_generator(
        "--format",
        "json",
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(tmp_path / "out"),
        "--overlay",
        str(stale),
    )
    assert result.returncode == 2 and not (tmp_path / "out").exists()
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert (record["file"], record["line"], record["pointer"]) == (
        str(stale),
        4,
        "/actions/0/target",
    )
