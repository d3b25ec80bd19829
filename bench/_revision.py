"""What a benchmark measured: printed with every table so a figure can be traced to a commit."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def revision(*folders: str) -> str:
    """The commit measured, and whether ``folders`` had uncommitted changes."""
    head = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--", *folders)
    where = ", ".join(f"{folder}/" for folder in folders)
    return f"commit {head}" + (f" + uncommitted changes in {where}" if dirty else "")


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip()
