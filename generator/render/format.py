"""Format the rendered Python files, so that the output reads as written by hand.

black is the formatter (pinned in pyproject.toml: another version may format differently, and the
output must be byte-for-byte stable); ``ruff format`` is the opt-in alternative (``formatter:
ruff``, installed with ``specgen[ruff]``). A file whose unformatted text was formatted before, by
the same formatter, version and options, comes from the cache; the others are formatted on all
cores. The runtime is copied verbatim: it is black-formatted at the source, once.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..diagnostics import GeneratorError, error
from .cache import FormatCache, cache_key

if TYPE_CHECKING:
    import black

FormatterName = Literal["black", "ruff"]
LINE_LENGTH = 100
PYTHON_MINIMUM = (3, 11)  # typing.Self in the runtime, and httpx2 itself needs 3.11
TARGET_VERSION = "py{}{}".format(*PYTHON_MINIMUM)
# Below this much text a process pool costs more than it saves.
_PARALLEL_FROM_CHARS = 200_000

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Formatter:
    name: FormatterName = "black"

    @property
    def identity(self) -> str:
        """Everything besides the input that decides the output: part of every cache key."""
        return f"{self.name} {_version(self.name)} line-length={LINE_LENGTH} {TARGET_VERSION}"

    def format(self, texts: dict[str, str], progress: Progress | None) -> dict[str, str]:
        """``{path: formatted text}`` for ``{path: text}``."""
        if self.name == "ruff":
            formatted = _ruff(texts)
            if progress is not None:
                progress(len(texts), len(texts))
            return formatted
        return _black_all(texts, progress)


def format_files(
    files: dict[str, str],
    formatter: Formatter,
    cache: FormatCache | None = None,
    progress: Progress | None = None,
) -> dict[str, str]:
    """``files`` with every rendered Python file formatted (the runtime's are already)."""
    rendered = {
        path: text
        for path, text in files.items()
        if path.endswith(".py") and "/_runtime/" not in path
    }
    identity = formatter.identity
    keys = {path: cache_key(identity, text) for path, text in rendered.items()}
    formatted: dict[str, str] = {}
    if cache is not None:
        for path, key in keys.items():
            hit = cache.get(key)
            if hit is not None:
                formatted[path] = hit
    missing = {path: text for path, text in rendered.items() if path not in formatted}
    done = len(formatted)

    def advance(count: int, _total: int) -> None:
        if progress is not None:
            progress(done + count, len(rendered))

    fresh = formatter.format(missing, advance) if missing else {}
    if cache is not None:
        for path, text in fresh.items():
            cache.put(keys[path], text)
        cache.prune()
    return {**files, **formatted, **fresh}


def _version(name: FormatterName) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        raise GeneratorError(
            [
                error(
                    f"the configuration asks for the formatter {name}, which is not installed",
                    f"pip install 'specgen[{name}]', or remove `formatter: {name}`",
                )
            ]
        ) from None


# --- black: in-process API, one file per task, on all cores ---


@functools.cache
def _black_mode() -> black.Mode:
    import black
    from black.mode import TargetVersion

    mode = black.Mode(
        line_length=LINE_LENGTH, target_versions={TargetVersion[TARGET_VERSION.upper()]}
    )
    # black's first call sets up its parser (~50 ms); done once here, forked workers inherit it.
    black.format_str("warm_up = 1\n", mode=mode)
    return mode


def _black_one(item: tuple[str, str]) -> tuple[str, str]:
    import black
    from black.parsing import InvalidInput
    from black.report import NothingChanged

    path, text = item
    try:
        return path, black.format_file_contents(text, fast=True, mode=_black_mode())
    except NothingChanged:
        return path, text
    except InvalidInput as failure:
        # A template bug, never the spec's fault: name the file and black's message.
        raise RuntimeError(f"{path} is not valid Python: {failure}") from None


def _black_all(texts: dict[str, str], progress: Progress | None) -> dict[str, str]:
    # Largest first, so that no core is left with one big file at the end.
    items = sorted(texts.items(), key=lambda item: len(item[1]), reverse=True)
    _black_mode()  # black imported and set up before the pool forks, so the workers share it
    workers = min(_cpu_count(), len(items))
    if workers < 2 or sum(len(text) for _, text in items) < _PARALLEL_FROM_CHARS:
        return dict(_reporting(map(_black_one, items), len(items), progress))
    with ProcessPoolExecutor(workers, mp_context=_pool_context()) as pool:
        futures = [pool.submit(_black_one, item) for item in items]
        completed = (future.result() for future in as_completed(futures))
        return dict(_reporting(completed, len(items), progress))


def _reporting(
    results: Iterator[tuple[str, str]], total: int, progress: Progress | None
) -> Iterator[tuple[str, str]]:
    for count, result in enumerate(results, 1):
        if progress is not None:
            progress(count, total)
        yield result


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _pool_context() -> multiprocessing.context.BaseContext:
    # fork shares black, already imported, with the workers; elsewhere the platform's default.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


# --- ruff: one process formats the whole batch (ruff uses every core itself) ---


def _ruff(texts: dict[str, str]) -> dict[str, str]:
    from ruff.__main__ import find_ruff_bin

    with tempfile.TemporaryDirectory(prefix="generator-format-") as tmp:
        root = Path(tmp)
        for relative, text in texts.items():
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        done = subprocess.run(
            [
                find_ruff_bin(),
                "format",
                "--isolated",
                "--no-cache",
                "--line-length",
                str(LINE_LENGTH),
                "--target-version",
                TARGET_VERSION,
                "--quiet",
                ".",
            ],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            # A template bug, never the spec's fault: ruff names the file and the line.
            raise RuntimeError(
                f"a rendered file is not valid Python:\n{done.stderr.strip()[:4000]}"
            )
        return {relative: (root / relative).read_text(encoding="utf-8") for relative in texts}
