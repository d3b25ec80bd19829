"""Generate many documents into one folder, then check them together: one process imports every
package, one ``mypy --strict`` run and one ``ruff check`` cover them all (a run per package
would cost minutes where the batch costs seconds).

The property per document: it generates, or the generator refuses it with diagnostics
(``GeneratorError``); anything else is a failure, classed by its exception and where it arose.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.config import Config
from generator.diagnostics import GeneratorError
from generator.pipeline import generate_files
from generator.read import read_document
from generator.render.format import FormatterName


@dataclass
class Batch:
    """What became of each document of a batch."""

    root: Path
    packages: dict[str, int] = field(default_factory=dict)  # package folder -> document index
    refused: Counter[str] = field(default_factory=Counter)  # first diagnostic's message kind
    failures: dict[str, list[str]] = field(default_factory=dict)  # class -> documents (files)

    def fail(self, kind: str, where: str) -> None:
        self.failures.setdefault(kind, []).append(where)


def generate(
    batch: Batch,
    index: int,
    document: dict[str, Any],
    as_yaml: bool = False,
    formatter: FormatterName = "black",
) -> None:
    """Write document ``index`` and generate its package into ``batch.root`` (as ``p<index>``)."""
    spec = batch.root / f"spec{index}.{'yaml' if as_yaml else 'json'}"
    if as_yaml:
        import yaml

        spec.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    else:
        spec.write_text(json.dumps(document), encoding="utf-8")
    package = f"p{index}"
    try:
        read, warnings = read_document(spec)
        config = Config(package=package, formatter=formatter)
        _, files = generate_files(read, config, tuple(warnings))
    except GeneratorError as refused:
        batch.refused[_shape(refused.diagnostics[0].message)] += 1
        return
    except Exception as exc:  # noqa: BLE001 - the property: nothing but GeneratorError escapes
        batch.fail(_crash_class(exc), spec.name)
        return
    pyproject = batch.root / "pyproject.toml"  # the generated ruff settings, for ruff check
    if not pyproject.exists():
        pyproject.write_text(files["pyproject.toml"], encoding="utf-8")
    for relative, text in files.items():
        if relative.startswith(f"{package}/"):
            target = batch.root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    batch.packages[package] = index


def check(batch: Batch, mypy_every: int = 1) -> int:
    """Import every package with all its modules, ruff check all, and mypy --strict every
    ``mypy_every``-th (mypy costs most); returns how many packages mypy checked."""
    if not batch.packages:
        return 0
    names = sorted(batch.packages, key=lambda name: batch.packages[name])
    _record(batch, "import", _run([sys.executable, "-c", _IMPORT_ALL, *names], batch.root))
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary"]
    typed = names[::mypy_every]
    _record(batch, "mypy", _run([*mypy, *typed], batch.root))
    ruff = [sys.executable, "-m", "ruff", "check", "--quiet", "--output-format", "concise"]
    _record(batch, "ruff", _run([*ruff, *names], batch.root))
    return len(typed)


_IMPORT_ALL = """
import importlib, pkgutil, sys, traceback
for name in sys.argv[1:]:
    try:
        package = importlib.import_module(name)
        for module in pkgutil.walk_packages(package.__path__, name + "."):
            importlib.import_module(module.name)
    except Exception as exc:
        print(f"{name}/: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
"""


def _run(command: list[str], cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def _record(batch: Batch, tool: str, output: str) -> None:
    """One failure per package a tool complains about, classed by the complaint's kind."""
    for line in output.splitlines():
        match = re.match(r"(p\d+)[/\\]", line)
        if match is None:
            continue
        code = re.search(r"\[([a-z-]+)\]$|\b([A-Z]+\d+)\b|: (\w+Error)", line)
        kind = next((g for g in code.groups() if g), "other") if code else "other"
        batch.fail(f"{tool}: {kind}", f"spec{batch.packages.get(match[1], -1)} {line[:300]}")


def _crash_class(exc: Exception) -> str:
    """The exception type and the generator function it came from."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/generator/" in f.filename]
    where = f"{Path(frames[-1].filename).stem}.{frames[-1].name}" if frames else "?"
    return f"crash: {type(exc).__name__} in {where}"


def _shape(message: str) -> str:
    """A diagnostic's message without its particulars, to count refusals by kind."""
    return re.sub(r"'[^']*'|\"[^\"]*\"|\d+", "…", message)[:80]
