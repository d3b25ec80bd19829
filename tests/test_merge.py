from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from generator.curate import Project, merge_project
from generator.curate.merge import merge
from generator.diagnostics import GeneratorError
from tests.helpers import ROOT, run_generator

EXCERPTS = sorted((ROOT / "spec" / "excerpts").glob("*.yaml"))


def test_each_quirk_is_repaired_by_a_named_step_that_counts_its_changes() -> None:
    result = merge(EXCERPTS, [ROOT / "spec" / "overlay.yaml"])
    assert result.step_counts == {
        "flatten_tags": 14,
        "unwrap_enum_values": 18,
        "drop_format_enum": 4,
        "qualify_operation_ids": 11,
    }
    models_list = result.document["paths"]["/v1/models"]["get"]
    assert models_list["tags"] == ["subpackage_models"]
    assert models_list["x-fern-sdk-method-name"] == "list"
    truncate = result.document["components"]["schemas"][
        "V1ClassifyPostRequestBodyContentApplicationJsonSchemaTruncate"
    ]
    assert truncate["enum"] == ["NONE", "START", "END"]


def _make_models_get_disagree(project: Project) -> None:
    """GetModelResponse in models.get.yaml no longer matches the copy in models.list.yaml."""
    target = project.spec_dir / "excerpts" / "models.get.yaml"
    target.write_text(
        target.read_text().replace(
            "is_deprecated:\n          type: boolean", "is_deprecated:\n          type: string", 1
        )
    )


def _copy_project(tmp_path: Path) -> Project:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    return Project(tmp_path)


def test_conflicting_copies_name_both_files_the_component_and_the_pointer(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    _make_models_get_disagree(project)
    with pytest.raises(GeneratorError) as caught:
        merge(project.excerpts, project.overlays)
    message = str(caught.value)
    assert "models.get.yaml" in message and "models.list.yaml" in message
    assert "schemas/GetModelResponse" in message
    assert "/components/schemas/GetModelResponse/properties/is_deprecated/type" in message
    assert "overlay" in message  # says how to fix it


def test_the_overlay_resolves_a_conflict(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    _make_models_get_disagree(project)
    overlay = project.spec_dir / "overlay.yaml"
    overlay.write_text(
        overlay.read_text()
        + "  - target: $.components.schemas.GetModelResponse\n"
        + "    remove: true\n"
        + "  - target: $.components.schemas\n"
        + "    update:\n"
        + "      GetModelResponse:\n"
        + "        type: object\n"
        + "        properties: {name: {type: string}}\n"
    )
    result = merge(project.excerpts, project.overlays)
    assert result.document["components"]["schemas"]["GetModelResponse"]["properties"] == {
        "name": {"type": "string"}
    }


def test_an_overlay_that_only_patches_a_conflicting_entry_leaves_the_conflict(
    tmp_path: Path,
) -> None:
    project = _copy_project(tmp_path)
    _make_models_get_disagree(project)
    overlay = project.spec_dir / "overlay.yaml"
    overlay.write_text(
        overlay.read_text()
        + "  - target: $.components.schemas.GetModelResponse\n"
        + "    update: {description: patched}\n"
    )
    with pytest.raises(GeneratorError) as caught:
        merge(project.excerpts, project.overlays)
    assert "is defined differently in" in str(caught.value)
    assert "$['components']['schemas']['GetModelResponse']" in str(caught.value)  # the fix


def test_what_an_overlay_added_is_validated_at_its_line_in_the_overlay(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    overlay = project.spec_dir / "overlay.yaml"
    added = len(yaml.safe_load(overlay.read_text())["actions"])  # the index of the new action
    overlay.write_text(
        overlay.read_text()
        + "  - target: $.components.schemas\n"
        + "    update:\n"
        + "      Broken:\n"
        + "        $ref: '#/components/schemas/Nowhere'\n"
    )
    lines = overlay.read_text().splitlines()
    with pytest.raises(GeneratorError) as caught:
        merge_project(project)
    (problem,) = caught.value.diagnostics
    assert problem.file == str(overlay) and problem.line == len(lines)
    assert problem.pointer.startswith(f"/actions/{added}/update/Broken")


def test_an_invalid_excerpt_is_reported_with_file_line_and_fix_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    project = _copy_project(tmp_path)
    before = project.merged_spec.read_bytes()
    target = project.spec_dir / "excerpts" / "root.tokenize.yaml"
    target.write_text(
        target.read_text().replace(
            "$ref: '#/components/schemas/tokenize_Response_200'",
            "$ref: '#/components/schemas/Missing'",
        )
    )
    result = run_generator("merge", cwd=tmp_path)
    assert result.returncode == 2
    assert "root.tokenize.yaml:" in result.stderr
    assert "'#/components/schemas/Missing' does not resolve" in result.stderr
    assert "fix:" in result.stderr and "Traceback" not in result.stderr
    assert project.merged_spec.read_bytes() == before


def test_undeclared_path_parameters_and_duplicate_method_names_are_errors(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    target = project.spec_dir / "excerpts" / "models.get.yaml"
    target.write_text(
        target.read_text().replace("/v1/models/{model}:", "/v1/models/{model}/{version}:")
    )
    duplicate = project.spec_dir / "excerpts" / "models.list.yaml"
    duplicate.write_text(duplicate.read_text().replace("operationId: list", "operationId: get"))
    with pytest.raises(GeneratorError) as caught:
        merge_project(project)
    message = str(caught.value)
    assert "path parameter {version}" in message and "models.get.yaml" in message
    assert "would both become models.get()" in message


def test_merging_without_excerpts_says_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "spec" / "excerpts").mkdir(parents=True)
    result = run_generator("merge", cwd=tmp_path)
    assert result.returncode == 2
    assert "no OpenAPI excerpts" in result.stderr and "generator ingest" in result.stderr


def test_an_excerpt_named_yml_is_merged(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    tokenize = project.spec_dir / "excerpts" / "root.tokenize.yaml"
    tokenize.rename(tokenize.with_suffix(".yml"))
    assert tokenize.with_suffix(".yml") in project.excerpts
    document = merge(project.excerpts, project.overlays).document
    assert "/v1/tokenize" in document["paths"]
