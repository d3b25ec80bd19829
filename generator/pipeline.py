"""The stages chained for ``generate`` and ``check``: read -> IR -> render -> output.

No stage logic lives here; each stage is a package with one entry function.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .config import Config, load_config
from .diagnostics import GeneratorError, error
from .ir import build_ir
from .ir.lock import LOCK_FILE, NameLock, dump_lock, read_lock
from .ir.model import Api
from .progress import Progress
from .read import read_document
from .read.loader import load_yaml_text
from .regen.diff import Report, diff_apis
from .regen.output import OutputReport, write_output
from .regen.version import package_version, shipped_version
from .render import render
from .render.cache import FormatCache
from .render.format import Formatter

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class RunOptions:
    """How a run behaves, as opposed to what it makes: caching and the progress display."""

    cache: FormatCache | None = None
    progress: Progress = dataclasses.field(default_factory=lambda: Progress(None))


def generate_files(
    document: dict[str, Any],
    config: Config,
    load_warnings: tuple[str, ...] = (),
    options: RunOptions = RunOptions(),
    lock: NameLock | None = None,
) -> tuple[Api, dict[str, str]]:
    """The package for ``document`` as {relative path: text}, without writing anything.

    ``lock``: the names lock of the output directory; the files include the new one."""
    options.progress.stage("IR")
    api = build_ir(document, config, lock=lock)
    if load_warnings:
        api = dataclasses.replace(api, warnings=(*load_warnings, *api.warnings))
    for message in api.warnings:
        log.warning("%s", message)
    if config.strict and api.warnings:
        hint = "fix the spec or spec/config.yaml; `strict: true` makes every warning an error"
        raise GeneratorError([error(message, hint) for message in api.warnings])
    options.progress.stage("render")
    files = render(api, Formatter(config.formatter), options.cache, options.progress.formatted)
    files[LOCK_FILE] = dump_lock(api)
    return api, files


def generate(
    spec: Path,
    out: Path,
    config_path: Path | None,
    bump: str = "none",
    drop_custom_edits: bool = False,
    options: RunOptions = RunOptions(),
    overlays: Sequence[Path] = (),
) -> tuple[Api, OutputReport]:
    """Read ``spec`` (with ``overlays`` applied), generate its package and write it to ``out``,
    keeping the user's edits there unless ``drop_custom_edits`` or the configuration says
    otherwise.

    ``bump``: what the change report asks of the package version (with ``bump_version``).
    """
    config = versioned(load_config(config_path), shipped_pyproject(out), bump)
    options.progress.stage("read")
    document, load_warnings = read_document(spec, overlays)
    api, files = generate_files(document, config, tuple(load_warnings), options, names_lock(out))
    keep = config.keep_custom_edits and not drop_custom_edits
    options.progress.stage("write")
    return api, write_output(files, out, keep_custom_edits=keep)


def names_lock(out: Path) -> NameLock:
    """The names lock in the output directory (empty when there is none yet)."""
    path = out / LOCK_FILE
    return read_lock(path.read_text(encoding="utf-8") if path.is_file() else None, str(path))


def shipped_pyproject(out: Path) -> str | None:
    """The generated pyproject.toml as it is in ``out`` (where the shipped version is)."""
    pyproject = out / "pyproject.toml"
    return pyproject.read_text(encoding="utf-8") if pyproject.is_file() else None


def versioned(config: Config, shipped_pyproject: str | None, bump: str) -> Config:
    """The configuration with the package version to generate (see ``regen.version``)."""
    if not config.bump_version:
        return config
    version = package_version(config.version, shipped_version(shipped_pyproject), bump)
    return dataclasses.replace(config, version=version)


def spec_report(
    committed: str | None, document: dict[str, Any], config: Config, file: str, lock: NameLock
) -> Report | None:
    """What ``document`` changes for callers against the committed spec text (None: none yet),
    both named as the output's names lock says."""
    old = load_yaml_text(committed, file) if committed is not None else None
    if not isinstance(old, dict):
        return None
    return diff_apis(_surface(old, config, lock), _surface(document, config, lock))


def change_report(
    old: Path, new: Path, config_path: Path | None, lock_path: Path | None = None
) -> Report:
    """What changes for a caller of the client between two API descriptions; ``lock_path``:
    the names lock of the client generated from ``old``, whose names both keep."""
    config = load_config(config_path)
    lock = read_lock(lock_path.read_text(encoding="utf-8"), str(lock_path)) if lock_path else None
    return diff_apis(
        _surface(read_document(old)[0], config, lock), _surface(read_document(new)[0], config, lock)
    )


def _surface(document: dict[str, Any], config: Config, lock: NameLock | None) -> Api:
    """The IR of a description, for comparing: warnings do not stop it, whatever ``strict`` says."""
    return build_ir(document, config, rendering=False, lock=lock)
