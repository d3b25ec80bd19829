"""The names lock: names that shipped never move.

A small API whose rule names depend on order (two operations that want one method name, the
inline schemas named after them, two properties and two arguments that want one Python
name) is generated, then changed: reordered, given a clashing schema, renamed in the
configuration, trimmed. With the lock, every name that shipped stays; without it, the rules
rename things, which is what the test makes sure it would catch.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.config import Config, load_config
from generator.diagnostics import GeneratorError
from generator.ir import build_ir
from generator.ir.lock import KINDS, LOCK_FILE, NameLock, dump_lock, read_lock
from generator.regen.diff import diff_apis
from tests.helpers import ROOT, run_generator

Document = dict[str, Any]


def _inline_body(*properties: str) -> dict[str, Any]:
    schema = {"type": "object", "properties": {p: {"type": "string"} for p in properties}}
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _response(properties: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _api() -> Document:
    """Names that depend on order: two `list`s on one resource (and the inline types named
    after them: ThingsList2ResponseMeta), `page-size`/`page_size` arguments, `a-b`/`a_b`
    properties."""
    meta = {"type": "object", "properties": {"total": {"type": "integer"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "list",
                    "tags": ["things"],
                    "x-speakeasy-group": "things",  # named by tag and operationId, not path
                    "parameters": [
                        {"name": "page-size", "in": "query", "schema": {"type": "integer"}},
                        {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": _response({"meta": meta, "a-b": {"type": "string"}}),
                }
            },
            "/things/archived": {
                "get": {
                    "operationId": "list",
                    "tags": ["things"],
                    "x-speakeasy-group": "things",  # named by tag and operationId, not path
                    "responses": _response({"meta": meta, "a_b": {"type": "string"}}),
                }
            },
            "/widgets": {
                "post": {
                    "operationId": "create",
                    "tags": ["widgets"],
                    "x-speakeasy-group": "widgets",  # named by tag and operationId, not path
                    "requestBody": _inline_body("a-b", "a_b"),
                    "responses": {"204": {"description": "done"}},
                }
            },
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {"a-b": {"type": "string"}, "a_b": {"type": "string"}},
                }
            }
        },
    }


def _reversed(document: Document) -> Document:
    """The same API with every list of things in the opposite order: paths, properties,
    parameters, components."""
    changed = copy.deepcopy(document)

    def flip(node: Any) -> Any:
        if isinstance(node, dict):
            items = list(node.items())
            if any(isinstance(v, dict) for _, v in items) and not {"type", "$ref"} & set(node):
                items.reverse()
            return {k: flip(v) for k, v in items}
        if isinstance(node, list):
            return (
                [flip(v) for v in reversed(node)]
                if all(isinstance(v, dict) for v in node)
                else node
            )
        return node

    changed["paths"] = flip(changed["paths"])
    changed["components"] = flip(changed["components"])
    return changed


def _names(
    document: Document, lock: NameLock | None = None, config: Config | None = None
) -> Document:
    """The lock the generator writes for ``document``: every public name by pointer."""
    return _tables(dump_lock(build_ir(document, config or Config(), lock=lock)))


def _tables(text: str) -> Document:
    """The tables of a lock file as {kind: {pointer: name}}."""
    return {kind: dict(table) for kind, table in read_lock(text, "names.lock").tables.items()}


def _lock(document: Document) -> NameLock:
    return read_lock(dump_lock(build_ir(document, Config())), "names.lock")


def _kept(before: Document, after: Document) -> list[str]:
    """Every (kind, pointer) of ``before`` whose name ``after`` changed or dropped."""
    return [
        f"{kind} {pointer}: {name} -> {after.get(kind, {}).get(pointer)}"
        for kind in KINDS
        for pointer, name in before.get(kind, {}).items()
        if after.get(kind, {}).get(pointer) != name
    ]


def test_the_lock_records_every_public_name() -> None:
    names = _names(_api())
    assert names["methods"] == {
        "#/paths/~1things/get": "things.list",
        "#/paths/~1things~1archived/get": "things.list_2",
        "#/paths/~1widgets/post": "widgets.create",
    }
    assert names["arguments"]["#/paths/~1things/get/parameters/query/page-size"] == "page_size"
    assert names["arguments"]["#/paths/~1things/get/parameters/query/page_size"] == "page_size_2"
    assert names["fields"]["#/components/schemas/Thing/properties/a-b"] == "a_b"
    assert names["fields"]["#/components/schemas/Thing/properties/a_b"] == "a_b_2"
    # inline types are named after their method: list_2's depend on the order too
    assert {"ThingsListResponseMeta", "ThingsList2ResponseMeta"} <= set(names["classes"].values())


def test_reordering_the_spec_renames_nothing_that_shipped() -> None:
    before = _names(_api())
    assert _kept(before, _names(_reversed(_api()))), "the rules alone would rename: no test"
    assert _kept(before, _names(_reversed(_api()), _lock(_api()))) == []


def test_a_new_clashing_schema_renames_nothing_that_shipped() -> None:
    document = _api()
    inline = next(
        name
        for pointer, name in _names(document)["classes"].items()
        if not pointer.startswith("#/components/")
    )
    changed = copy.deepcopy(document)
    changed["components"]["schemas"][inline] = {"type": "object"}
    assert _kept(_names(document), _names(changed)), "the rules alone would rename: no test"
    api = build_ir(changed, Config(), lock=_lock(document))
    after = _tables(dump_lock(api))
    assert _kept(_names(document), after) == []
    new_name = after["classes"][f"#/components/schemas/{inline}"]
    assert new_name != inline
    assert any(f"class name {inline} is taken" in warning for warning in api.warnings)


def test_a_name_in_the_configuration_wins_over_the_lock() -> None:
    config = Config(schema_renames={"Thing": "Item"})
    after = _names(_api(), _lock(_api()), config)
    assert after["classes"]["#/components/schemas/Thing"] == "Item"


def test_a_method_renamed_in_the_configuration_moves_despite_the_lock() -> None:
    config = Config(operation_renames={"widgets.create": "make"})
    after = _names(_api(), _lock(_api()), config)
    assert after["methods"]["#/paths/~1widgets/post"] == "widgets.make"


def test_a_new_method_never_takes_a_shipped_resource_attribute() -> None:
    document = _api()
    lock = _lock(document)
    changed = copy.deepcopy(document)  # a call on the client itself, named like a resource
    changed["paths"]["/things/count"] = {
        "get": {"operationId": "things", "responses": {"204": {"description": "done"}}}
    }
    assert _names(changed)["resources"]["things"] == "things_resource", "no clash: no test"
    api = build_ir(changed, Config(), lock=lock)
    after = _tables(dump_lock(api))
    assert _kept(_names(document), after) == []
    assert after["methods"]["#/paths/~1things~1count/get"] == "things_2"
    assert [r.attr for r in api.resources if r.group == "things"] == ["things"]
    assert any("things is taken by a name in the names lock" in w for w in api.warnings)


def test_a_second_key_scheme_leaves_the_shipped_api_key_argument() -> None:
    document = _api()
    key = {"type": "apiKey", "in": "header", "name": "X-Key"}
    document["components"]["securitySchemes"] = {"main": key}
    document["security"] = [{"main": []}]
    changed = copy.deepcopy(document)  # a second key: the rules name each after its scheme
    changed["components"]["securitySchemes"]["extra"] = {**key, "name": "X-Extra"}
    changed["security"] = [{"main": [], "extra": []}]
    shipped = "#/components/securitySchemes/main/credential"
    assert _names(document)["client_arguments"][shipped] == "api_key"
    assert _kept(_names(document), _names(changed)), "the rules alone would rename: no test"
    api = build_ir(changed, Config(), lock=_lock(document))
    assert _kept(_names(document), _tables(dump_lock(api))) == []
    assert [c.argument for c in api.credentials] == ["api_key", "extra"]


def test_only_what_is_gone_loses_its_name_and_the_report_says_so() -> None:
    document = _api()
    lock = _lock(document)
    trimmed = copy.deepcopy(document)
    del trimmed["paths"]["/things"]
    after = _names(trimmed, lock)
    assert "#/paths/~1things/get" not in after["methods"]
    assert after["methods"]["#/paths/~1things~1archived/get"] == "things.list_2"
    report = diff_apis(
        build_ir(document, Config(), lock=lock), build_ir(trimmed, Config(), lock=lock)
    )
    assert ("method-removed", "co.things.list()") in {(c.kind, c.where) for c in report.changes}
    assert not any(c.kind.endswith("renamed") for c in report.changes)


def test_the_lock_is_deterministic_text() -> None:
    text = dump_lock(build_ir(_api(), Config()))
    assert text == dump_lock(build_ir(_api(), Config(), lock=read_lock(text, "names.lock")))
    assert text.endswith("}\n") and text.count("\n") > 20  # one entry per line: diffable


def test_a_damaged_lock_is_an_error_with_a_fix() -> None:
    with pytest.raises(GeneratorError) as caught:
        read_lock('{"format": "specgen names.lock 1", "classes": []}', "out/.specgen/names.lock")
    assert "out/.specgen/names.lock" in str(caught.value) and "delete it" in str(caught.value)


def _generate(tmp_path: Path, document: Document) -> tuple[Path, Path]:
    spec, out = tmp_path / "spec.yaml", tmp_path / "out"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    result = run_generator("generate", "--spec", str(spec), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return spec, out


def test_regenerating_into_the_same_directory_keeps_the_names(tmp_path: Path) -> None:
    spec, out = _generate(tmp_path, _api())
    before = _tables((out / LOCK_FILE).read_text())
    spec.write_text(yaml.safe_dump(_reversed(_api()), sort_keys=False))
    result = run_generator("generate", "--spec", str(spec), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert _kept(before, _tables((out / LOCK_FILE).read_text())) == []
    assert run_generator("check", "--spec", str(spec), "--out", str(out)).returncode == 0


def test_check_fails_when_the_lock_is_stale(tmp_path: Path) -> None:
    spec, out = _generate(tmp_path, _api())
    lock = out / LOCK_FILE
    edited = json.loads(lock.read_text())
    del edited["fields"]["#/components/schemas/Thing"]["a-b"]  # an entry lost by hand
    lock.write_text(json.dumps(edited, indent=1, sort_keys=True) + "\n")
    result = run_generator("check", "--spec", str(spec), "--out", str(out))
    assert result.returncode == 1
    assert "names.lock:" in result.stderr
    assert "differs from what the generator makes" in result.stderr
    assert '+   "a-b": "a_b",' in result.stdout.splitlines()


def _cohere_project(tmp_path: Path) -> Path:
    caches = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache")
    for name in ("spec", "generated"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=caches)
    config = tmp_path / "spec" / "config.yaml"  # a clash is a warning, not an error
    config.write_text(config.read_text().replace("strict: true", "strict: false"))
    return tmp_path


def test_cohere_regenerated_with_a_clashing_schema_keeps_every_name(tmp_path: Path) -> None:
    project = _cohere_project(tmp_path)
    lock = project / "generated" / LOCK_FILE
    before = _tables(lock.read_text())
    # A schema whose name is the class name an excerpt's schema was given: sorted first, the
    # rules alone would give it the name and rename the shipped class.
    shipped = "ClassifyResponseClassificationsItem"
    assert shipped in before["classes"].values()
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "A new schema", "version": "1"},
        "actions": [
            {
                "target": "$.components.schemas",
                "update": {
                    shipped: {"type": "object", "properties": {"label": {"type": "string"}}}
                },
            }
        ],
    }
    (project / "spec" / "overlays").mkdir()
    (project / "spec" / "overlays" / "new-schema.yaml").write_text(yaml.safe_dump(overlay))
    result = run_generator(cwd=project)
    assert result.returncode == 0, result.stderr
    after = _tables(lock.read_text())
    assert _kept(before, after) == []
    assert after["classes"][f"#/components/schemas/{shipped}"] == f"{shipped}2"
    assert "API changes: 0 breaking" in result.stdout


def test_cohere_regenerated_from_reversed_excerpts_and_paths_keeps_every_name(
    tmp_path: Path,
) -> None:
    project = _cohere_project(tmp_path)
    lock = project / "generated" / LOCK_FILE
    before = _tables(lock.read_text())
    excerpts = sorted((project / "spec" / "excerpts").glob("*.yaml"))
    for index, excerpt in enumerate(reversed(excerpts)):  # merged in file-name order
        excerpt.rename(excerpt.with_name(f"{index:02d}_{excerpt.name}"))
    result = run_generator(cwd=project)
    assert result.returncode == 0, result.stderr
    assert _kept(before, _tables(lock.read_text())) == []

    # Paths in reverse order, with a second datasets.delete (DELETE /v1/datasets/{id}/purge)
    # so that the order matters: the rules alone give `delete` to whichever comes first.
    config = project / "spec" / "config.yaml"
    merged = yaml.safe_load((project / "spec" / "openapi.yaml").read_text())
    merged["paths"]["/v1/datasets/{id}/purge"] = copy.deepcopy(merged["paths"]["/v1/datasets/{id}"])
    merged["paths"]["/v1/datasets/{id}/purge"]["delete"]["operationId"] = "purge_dataset"
    flipped = copy.deepcopy(merged)
    flipped["paths"] = dict(reversed(list(merged["paths"].items())))
    cohere = load_config(config)
    assert _kept(_names(merged, config=cohere), _names(flipped, config=cohere)), "no test"
    for document in (merged, flipped):
        spec = project / "spec.yaml"
        spec.write_text(yaml.safe_dump(document, sort_keys=False))
        result = run_generator(
            "generate", "--spec", str(spec), "--out", str(project / "generated"),
            "--config", str(config), cwd=project,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        if document is merged:
            before = _tables(lock.read_text())
            assert (
                before["methods"]["#/paths/~1v1~1datasets~1{id}~1purge/delete"]
                == "datasets.delete_2"
            )
    assert _kept(before, _tables(lock.read_text())) == []
