"""Shared by the benchmarks: which commit a table measured, and profiling our side."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEERS_PYTHON = ROOT / "bench" / ".work" / "venv-peers" / "bin" / "python"
GENERATED = ROOT / "generated"


def reexec_in_peers_venv() -> None:
    """Continue in the peers' venv (official SDK installed there), importing ours from generated/."""
    if Path(sys.prefix).resolve() != PEERS_PYTHON.parent.parent.resolve():
        if not PEERS_PYTHON.exists():
            sys.exit(
                "bench/.work/venv-peers is missing: run python bench/bench_generate.py once, "
                "or see bench/README.md"
            )
        os.execv(str(PEERS_PYTHON), [str(PEERS_PYTHON), *sys.argv])
    sys.path.insert(0, str(GENERATED))


def revision(*folders: str) -> str:
    """The commit measured, and whether ``folders`` had uncommitted changes."""
    head = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--", *folders)
    where = ", ".join(f"{folder}/" for folder in folders)
    return f"commit {head}" + (f" + uncommitted changes in {where}" if dirty else "")


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip()


def profile(label: str, fn: Callable[[], object], count: int) -> None:
    """Print cProfile's top 15 functions (own time) over ``count`` calls of ``fn``."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(count):
        fn()
    profiler.disable()
    print(f"\n### cProfile: {label} x{count} (top 15 by own time)")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)
