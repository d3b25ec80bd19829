"""check over real output directories: every kind of file it may meet, byte for byte."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.regen.compare import Comparison, compare_output
from generator.regen.output import write_output
from generator.regen.record import PRISTINE, RECORD
from tests.helpers import run_generator

from .conftest import RESOURCE, SPEC_V1, edit_resource


@pytest.fixture()
def out(files_v1: dict[str, str], tmp_path: Path) -> Path:
    out = tmp_path / "out"
    write_output(files_v1, out)
    return out


def _problems(comparison: Comparison) -> dict[str, str]:
    return {drift.path: drift.problem for drift in comparison.drift}


def test_a_fresh_output_passes(files_v1: dict[str, str], out: Path) -> None:
    assert compare_output(files_v1, out, "out") == Comparison()


@pytest.mark.parametrize(
    ("path", "cache"),
    [
        ("build/lib/pets/__init__.py", "build/"),
        ("pets/__pycache__/pets.cpython-311.pyc", "pets/__pycache__/"),
        ("pets.egg-info/PKG-INFO", "pets.egg-info/"),
        (".mypy_cache/3.11/cache.json", ".mypy_cache/"),
    ],
)
def test_tool_caches_are_drift_to_delete(
    files_v1: dict[str, str], out: Path, path: str, cache: str
) -> None:
    (out / path).parent.mkdir(parents=True, exist_ok=True)
    (out / path).write_bytes(b"\x00\x01")
    (drift,) = compare_output(files_v1, out, "out").drift
    assert drift.path == cache
    assert drift.problem == "a tool cache, not part of the generated code"
    assert drift.hint == "delete it"


@pytest.mark.parametrize("name", ["NOTES.md", ".env", "pets/.secret", "extras/data.bin"])
def test_a_file_the_generator_does_not_make_is_drift(
    files_v1: dict[str, str], out: Path, name: str
) -> None:
    (out / name).parent.mkdir(parents=True, exist_ok=True)
    (out / name).write_bytes(b"\x00\xff binary or not")
    assert _problems(compare_output(files_v1, out, "out")) == {
        name: "is a file that the generator does not make and that is not recorded as yours"
    }


def test_line_ending_and_binary_changes_are_drift(files_v1: dict[str, str], out: Path) -> None:
    readme = out / "README.md"
    readme.write_bytes(readme.read_bytes().replace(b"\n", b"\r\n"))
    typed = out / "pets" / "py.typed"
    typed.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    drift = {d.path: d for d in compare_output(files_v1, out, "out").drift}
    assert set(drift) == {"README.md", "pets/py.typed"}
    assert drift["README.md"].diff == (
        "out/README.md: only the line endings differ (CRLF on disk, LF generated)\n"
    )
    assert drift["pets/py.typed"].diff.startswith("Binary files out/pets/py.typed and")


def test_links_special_files_and_missing_files_are_drift(
    files_v1: dict[str, str], out: Path
) -> None:
    (out / "pets" / "errors.py").unlink()
    (out / "pets" / "errors.py").symlink_to(out / "README.md")
    os.mkfifo(out / "pipe")
    (out / "README.md").unlink()
    problems = _problems(compare_output(files_v1, out, "out"))
    assert problems == {
        "pets/errors.py": "is a symbolic link, the generator makes a file",
        "pipe": "is a special file (fifo, socket or device) that the generator does not make "
        "and that is not recorded as yours",
        "README.md": "missing",
    }


def test_hand_edits_and_the_users_files_pass_once_generate_has_recorded_them(
    files_v1: dict[str, str], out: Path
) -> None:
    edit_resource(out)
    (out / "NOTES.md").write_text("mine\n")
    assert set(_problems(compare_output(files_v1, out, "out"))) == {"NOTES.md"}
    write_output(files_v1, out)
    comparison = compare_output(files_v1, out, "out")
    assert comparison.drift == []
    assert comparison.custom_edits == [(RESOURCE, 5, 0)]
    assert comparison.custom_files == ["NOTES.md"]
    off = compare_output(files_v1, out, "out", keep_custom_edits=False)
    assert _problems(off) == {
        RESOURCE: "edited by hand, and keep_custom_edits is off: generate would drop the edit"
    }


def test_drift_from_a_spec_change_is_caught_even_in_an_edited_file(
    files_v1: dict[str, str], files_v2: dict[str, str], out: Path
) -> None:
    edit_resource(out)
    problems = _problems(compare_output(files_v2, out, "out"))
    assert problems[RESOURCE] == (
        "carries your edits, and the generated code has changed since they were merged"
    )
    assert problems["pets/owners.py"] == "is no longer generated"
    assert problems["pets/_client.py"] == "differs from what the generator makes"


def test_a_record_that_lags_behind_the_files_is_drift(
    files_v1: dict[str, str], files_v2: dict[str, str], out: Path
) -> None:
    for path in set(files_v1) - set(files_v2):  # v2 copied over v1 without running generate
        (out / path).unlink()
    for path, text in files_v2.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_text(text)
    problems = _problems(compare_output(files_v2, out, "out"))
    assert problems[RESOURCE].startswith(f"is the generated code, but {RECORD} records another")
    assert set(problems) == {path for path in files_v2 if files_v1.get(path) != files_v2[path]}
    write_output(files_v2, out)
    assert compare_output(files_v2, out, "out") == Comparison()


def test_unresolved_conflict_markers_are_drift(files_v1: dict[str, str], out: Path) -> None:
    resource = out / RESOURCE
    resource.write_text(
        resource.read_text().replace(
            "        *,\n",
            "<<<<<<< yours\n        *,  # x\n=======\n        *,\n>>>>>>> generated\n",
            1,
        )
    )
    problems = _problems(compare_output(files_v1, out, "out"))
    assert problems == {RESOURCE: "has unresolved conflict markers (lines 37-41)"}


def test_a_damaged_record_or_pristine_texts_are_drift(files_v1: dict[str, str], out: Path) -> None:
    (out / PRISTINE).write_bytes(b"{}")
    assert _problems(compare_output(files_v1, out, "out")) == {
        PRISTINE: "missing, or not the generated texts that the record lists"
    }
    (out / RECORD).write_text("[]")
    assert (
        "cannot read the generation record"
        in _problems(compare_output(files_v1, out, "out"))[RECORD]
    )
    (out / RECORD).unlink()
    assert "missing" in _problems(compare_output(files_v1, out, "out"))[RECORD]


def test_the_check_command_reports_without_a_traceback(out: Path, tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC_V1))
    assert run_generator("check", "--spec", str(spec), "--out", str(out)).returncode == 0
    (out / "pets" / "__pycache__").mkdir()
    (out / "pets" / "__pycache__" / "x.pyc").write_bytes(b"\x00\xff")
    (out / "README.md").write_bytes(b"\xff\xfe")
    result = run_generator("check", "--spec", str(spec), "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert f"Binary files {out}/README.md and" in result.stdout
    assert f"{out}/pets/__pycache__: error: a tool cache" in result.stderr
    assert "check: 2 difference(s)" in result.stderr
