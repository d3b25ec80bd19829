"""What is in an output directory, sorted into the kinds that ``generate`` and ``check`` treat
differently: regular files, other entries (symbolic links, sockets, ...), and tool caches.

Nothing is read here but directory entries, so a large cache or a binary file costs nothing.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from .record import INTERNAL, METADATA

TRANSACTION = f"{METADATA}/txn"  # an unfinished generation's staging area and journal
_INTERNAL = INTERNAL | {TRANSACTION}

# Directories that tools make next to Python code: neither the generator's nor the user's work.
_CACHE_NAMES = frozenset(
    {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis", ".tox", ".nox"}
    | {"build", "dist"}
)


@dataclass(frozen=True)
class Survey:
    files: frozenset[str]  # regular files (relative POSIX paths)
    others: dict[str, str]  # path -> what it is, for entries that are neither file nor directory
    caches: tuple[str, ...]  # tool-cache directories, not looked into
    interrupted: bool  # an interrupted generation left its transaction behind


def survey(out: Path, generated: Collection[str]) -> Survey:
    """Every entry under ``out`` except specgen's own record; ``generated`` are the paths that
    the generator makes or made, so that a cache-like name among them is not taken for a cache."""
    generated_dirs = parent_dirs(generated)
    files: set[str] = set()
    others: dict[str, str] = {}
    caches: list[str] = []
    pending = [""]
    while pending:
        folder = pending.pop()
        with os.scandir(out / folder) as entries:
            for entry in entries:
                relative = f"{folder}{entry.name}"
                if relative in _INTERNAL:
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if _is_cache(entry.name) and relative not in generated_dirs:
                        caches.append(relative + "/")
                    else:
                        pending.append(relative + "/")
                elif entry.is_file(follow_symlinks=False):
                    files.add(relative)
                else:
                    others[relative] = describe(entry.stat(follow_symlinks=False).st_mode)
    return Survey(frozenset(files), others, tuple(sorted(caches)), (out / TRANSACTION).exists())


def parent_dirs(paths: Iterable[str]) -> frozenset[str]:
    """Every folder that holds one of ``paths`` (relative, without a trailing slash)."""
    folders: set[str] = set()
    for path in paths:
        parts = path.split("/")[:-1]
        folders.update("/".join(parts[: depth + 1]) for depth in range(len(parts)))
    return frozenset(folders)


def custom_entries(paths: Iterable[str], generated_dirs: Collection[str]) -> tuple[str, ...]:
    """The user's ``paths`` as record entries: a folder that holds nothing generated is one
    entry (``extras/``), so files added there later are the user's too; other paths are listed."""
    entries: set[str] = set()
    for path in paths:
        parts = path.split("/")
        own_folder = next(
            (
                "/".join(parts[: depth + 1])
                for depth in range(len(parts) - 1)
                if "/".join(parts[: depth + 1]) not in generated_dirs
            ),
            None,
        )
        entries.add(path if own_folder is None else own_folder + "/")
    return tuple(sorted(entries))


def describe(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISREG(mode):
        return "a file"
    return "a special file (fifo, socket or device)"


def _is_cache(name: str) -> bool:
    return name in _CACHE_NAMES or name.endswith(".egg-info")
