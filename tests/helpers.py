"""Shared by the tests: paths, running the generator, importing a generated package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
