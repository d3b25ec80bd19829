"""A generation SIGKILLed at every step on disk: the previous output comes back whole, the next
run finishes the job and no staging area is left behind.

Each run is a real forked process that kills itself (SPECGEN_TEST_KILL_AT) between two changes;
the last test does the same to the command-line tool.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from generator.regen import journal
from generator.regen.compare import compare_output
from generator.regen.output import write_output
from generator.regen.survey import TRANSACTION
from tests.helpers import run_generator

from .conftest import SPEC_V1, SPEC_V2, edit_resource, snapshot


def _killed_at(step: int, action: Callable[[], object]) -> bool:
    """Run ``action`` in a child process that SIGKILLs itself at ``step``; True if it did."""
    child = os.fork()
    if child == 0:  # pragma: no cover - the child
        os.environ[journal._KILL_AT] = str(step)
        try:
            action()
        finally:
            os._exit(0)
    _, status = os.waitpid(child, 0)
    if os.WIFSIGNALED(status):
        assert os.WTERMSIG(status) == signal.SIGKILL
        return True
    assert os.WEXITSTATUS(status) == 0
    return False


@pytest.fixture()
def previous(files_v1: dict[str, str], tmp_path: Path) -> Path:
    """Version 1 with a hand edit, a file of the user's and a cache, as a user would have it."""
    out = tmp_path / "previous"
    write_output(files_v1, out)
    edit_resource(out)
    (out / "NOTES.md").write_text("mine\n")
    (out / "pets" / "__pycache__").mkdir()
    (out / "pets" / "__pycache__" / "x.pyc").write_bytes(b"\x00")
    write_output(files_v1, out)  # records NOTES.md as the user's
    return out


def test_a_run_killed_at_any_step_leaves_the_previous_output_or_the_new_one(
    previous: Path, files_v1: dict[str, str], files_v2: dict[str, str], tmp_path: Path
) -> None:
    before = snapshot(previous)
    finished = tmp_path / "finished"
    shutil.copytree(previous, finished, symlinks=True)
    write_output(files_v2, finished)
    after = snapshot(finished)

    step, pending_steps = 0, []
    while True:
        step += 1
        out = tmp_path / f"killed-{step}"
        shutil.copytree(previous, out, symlinks=True)
        if not _killed_at(step, partial(write_output, files_v2, out)):
            break  # past the last step: the run completed
        if (out / TRANSACTION / "journal.json").exists():
            pending_steps.append(step)
            journal.recover(out)  # what the next run does first
            assert snapshot(out) == before, step
        else:  # killed while staging, or after the commit
            journal.recover(out)
            assert snapshot(out) in (before, after), step
        assert not (out / TRANSACTION).exists()
    assert step > 20 and len(pending_steps) > 10  # each file staged, linked, renamed; the commit
    # While a run is pending, check says so instead of passing a half-new output; the next
    # generate rolls it back and finishes.
    out = tmp_path / "pending"
    shutil.copytree(previous, out, symlinks=True)
    assert _killed_at(pending_steps[len(pending_steps) // 2], partial(write_output, files_v2, out))
    drift = compare_output(files_v1, out, "out").drift
    assert [d.path for d in drift if "interrupted" in d.problem] == [TRANSACTION + "/"]
    assert write_output(files_v2, out).recovered
    assert snapshot(out) == after


def test_a_recovery_killed_at_any_step_is_finished_by_the_next_run(
    previous: Path, files_v2: dict[str, str], tmp_path: Path
) -> None:
    finished = tmp_path / "finished"
    shutil.copytree(previous, finished, symlinks=True)
    write_output(files_v2, finished)
    interrupted = tmp_path / "interrupted"
    shutil.copytree(previous, interrupted, symlinks=True)
    assert _killed_at(20, lambda: write_output(files_v2, interrupted))  # in the middle of apply
    assert (interrupted / TRANSACTION / "journal.json").exists()

    after = snapshot(finished)
    pending = json.loads((interrupted / TRANSACTION / "journal.json").read_text())
    rollback_steps = len(pending["writes"]) + len(pending["removals"])
    for step in range(1, rollback_steps + 2):
        out = tmp_path / f"recovery-{step}"
        shutil.copytree(interrupted, out, symlinks=True)
        assert _killed_at(step, partial(write_output, files_v2, out))
        write_output(files_v2, out)
        assert snapshot(out) == after, step


def test_the_command_line_tool_killed_mid_run(previous: Path, tmp_path: Path) -> None:
    specs = {}
    for name, spec in (("v1", SPEC_V1), ("v2", SPEC_V2)):
        specs[name] = tmp_path / f"{name}.json"
        specs[name].write_text(json.dumps(spec))
    before = snapshot(previous)
    out = str(previous)

    killed = run_generator(
        "generate", "--spec", str(specs["v2"]), "--out", out, env={journal._KILL_AT: "20"}
    )
    assert killed.returncode == -signal.SIGKILL
    check = run_generator("check", "--spec", str(specs["v1"]), "--out", out)
    assert check.returncode == 1 and "a generation was interrupted here" in check.stderr
    assert "Traceback" not in check.stderr

    again = run_generator("generate", "--spec", str(specs["v1"]), "--out", out)
    assert again.returncode == 0, again.stderr
    assert "an interrupted earlier run was rolled back first" in again.stdout
    assert snapshot(previous) == before  # the edit, the user's file and the cache included
    check = run_generator("check", "--spec", str(specs["v1"]), "--out", out)
    assert check.returncode == 1  # only because of the cache, which is not the generator's
    assert "pets/__pycache__: error: a tool cache" in check.stderr and "1 difference(s)" in check.stderr
