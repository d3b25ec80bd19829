"""Stage 5: write a generated tree atomically, and compare trees for `check`."""

from __future__ import annotations

import difflib
import os
import shutil
import tempfile
from pathlib import Path


def write_tree(files: dict[str, str], destination: Path) -> None:
    """Replace ``destination`` by exactly ``files``; on any failure it stays as it was."""
    destination = destination.resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=destination.parent))
    try:
        for relative, text in files.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        old = None
        if destination.exists():
            old = destination.with_name(f".{destination.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(destination, old)
        os.replace(staging, destination)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def write_file(text: str, destination: Path) -> None:
    """Write one file atomically (temporary file in the same folder, then rename)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{destination.name}.", dir=destination.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, destination)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read_tree(root: Path) -> dict[str, str]:
    if not root.is_dir():
        return {}
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file() and not _is_tool_artefact(path.relative_to(root))
    }


def _is_tool_artefact(relative: Path) -> bool:
    """Caches and build output that tools leave in a generated tree are not part of it."""
    return any(
        part.startswith(".")
        or part == "__pycache__"
        or part.endswith(".egg-info")
        or part == "build"
        for part in relative.parts
    )


def diff_trees(expected: dict[str, str], actual: dict[str, str], label: str) -> str:
    """A unified diff from what is committed (``actual``) to what the generator makes."""
    chunks: list[str] = []
    for relative in sorted(set(expected) | set(actual)):
        old, new = actual.get(relative), expected.get(relative)
        if old == new:
            continue
        chunks.extend(
            difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                (new or "").splitlines(keepends=True),
                fromfile=f"{label}/{relative}" if old is not None else "/dev/null",
                tofile=f"{label}/{relative} (regenerated)" if new is not None else "/dev/null",
            )
        )
    return "".join(chunks)
