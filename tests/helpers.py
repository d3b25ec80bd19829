"""Shared by the tests: paths, running the generator, importing a generated package."""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SHARED = ROOT.parent / "shared"


def run_generator(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m generator`` as a user would, in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        check=False,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        capture_output=True,
        text=True,
        timeout=300,
    )


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under ``root``, dot-files (the generator's record) included."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@contextlib.contextmanager
def generated_package(spec: dict[str, Any], root: Path, package: str) -> Iterator[ModuleType]:
    """Generate a client for ``spec`` under ``root`` through the CLI and import it."""
    (root / "spec.json").write_text(json.dumps(spec))
    result = run_generator(
        "generate", "--spec", str(root / "spec.json"), "--out", str(root / "out")
    )
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(root / "out"))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(root / "out"))
