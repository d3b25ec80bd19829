"""The whole loop a team goes through, with the command-line tool in a temporary git repository:
generate and commit, edit the client by hand, change the spec, regenerate, check; then a
conflicting edit, its markers, the resolution and a clean run."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import run_generator

from .conftest import EDITED_LINE, HELPER, SPEC_V1, SPEC_V2, edit_resource

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _run(repo: Path, command: str, spec: dict[str, object]) -> subprocess.CompletedProcess[str]:
    (repo / "spec.json").write_text(json.dumps(spec, indent=1))
    return run_generator(command, "--spec", "spec.json", "--out", "client", cwd=repo)


def test_hand_edits_survive_a_spec_change_and_conflicts_are_resolved(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _git(repo, "init", "-q")
    first = _run(repo, "generate", SPEC_V1)
    assert first.returncode == 0, first.stderr
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "client v1")
    assert ".specgen/record.json" in _git(repo, "ls-files", "client/.specgen")

    # Edit a generated method, add a helper method and a file of our own; then change the spec:
    # a parameter for the edited operation and a new operation.
    client = repo / "client"
    resource = client / "pets" / "pets.py"
    edit_resource(client)
    (client / "NOTES.md").write_text("how we use the client\n")
    stale = _run(repo, "check", SPEC_V2)
    assert stale.returncode == 1  # the spec changed and nobody regenerated
    assert "carries your edits, and the generated code has changed" in stale.stderr

    regenerated = _run(repo, "generate", SPEC_V2)
    assert regenerated.returncode == 0, regenerated.stderr
    assert "custom edits carried into the new code: pets/pets.py" in regenerated.stdout
    assert "your files, kept as they are: NOTES.md" in regenerated.stdout
    text = resource.read_text()
    assert EDITED_LINE in text and HELPER in text  # both edits
    assert "verbose: bool | NotGiven = NOT_GIVEN" in text and "def list_pets(" in text  # new code
    checked = _run(repo, "check", SPEC_V2)
    assert checked.returncode == 0, checked.stderr
    assert "custom edits (generate keeps them): pets/pets.py (+5 -0)" in checked.stdout
    assert "your files (generate keeps them): NOTES.md" in checked.stdout
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "client v2, with our edits")

    # A conflicting edit: we change the line of list_pets that the next spec changes too.
    resource.write_text(
        text.replace('            "/pets",\n', '            "/pets/",  # ours\n', 1)
    )
    spec_v3 = copy.deepcopy(SPEC_V2)
    spec_v3["paths"]["/animals"] = spec_v3["paths"].pop("/pets")
    conflicted = _run(repo, "generate", spec_v3)
    assert conflicted.returncode == 1
    assert f"CONFLICT {Path('client/pets/pets.py')}: lines " in conflicted.stderr
    assert "1 file(s) with conflicts" in conflicted.stderr
    marked = resource.read_text()
    assert '<<<<<<< yours\n            "/pets/",  # ours\n=======\n' in marked
    assert '            "/animals",\n>>>>>>> generated\n' in marked
    assert EDITED_LINE in marked and HELPER in marked  # nothing else lost
    assert (client / "NOTES.md").read_text() == "how we use the client\n"
    unresolved = _run(repo, "check", spec_v3)
    assert unresolved.returncode == 1 and "has unresolved conflict markers" in unresolved.stderr

    start, end = marked.index("<<<<<<< yours\n"), marked.index(">>>>>>> generated\n")
    resolved = marked[:start] + '            "/animals/",  # ours\n' + marked[end + 18 :]
    resource.write_text(resolved)
    clean = _run(repo, "generate", spec_v3)
    assert clean.returncode == 0, clean.stderr
    assert resource.read_text() == resolved
    assert _run(repo, "check", spec_v3).returncode == 0
    assert "pets/pets.py" in _git(repo, "status", "--short")
