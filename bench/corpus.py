"""Run the generator over a corpus of real OpenAPI documents and print a markdown table.

    .venv/bin/python bench/corpus.py ../shared/corpus/specs [--only NAME,...] [--jobs N]
        [--no-mypy] [--timeout SECONDS] [--keep DIR] [--json FILE]

For every document: generate into a temporary directory (in a subprocess, with
``--report-json``), import the package and every module in it, then run ``mypy --strict`` and
``ruff check`` on it. A document the generator refuses shows its diagnostic's first line.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Multi-file documents: the root file of each folder.
ROOTS = {"digitalocean": "DigitalOcean-public.v2.yaml"}


@dataclass
class Row:
    spec: str
    spec_operations: int | None = None
    operations: int | None = None
    models: int | None = None
    warnings: int | None = None
    imports: str = "-"
    mypy: str = "-"
    ruff: str = "-"
    seconds: float | None = None
    missing: list[str] = field(default_factory=list)
    diagnostic: str = ""


def documents(corpus: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for entry in sorted(corpus.iterdir()):
        if entry.is_dir():
            root = entry / ROOTS.get(entry.name, "openapi.yaml")
            if root.exists():
                found[entry.name] = root
        elif entry.suffix in (".yaml", ".yml", ".json"):
            found[entry.stem] = entry
    return found


def _load(path: Path) -> object:
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_Loader)


def spec_operations(path: Path) -> int | None:
    """Operations as the document declares them (path items in other files followed)."""
    try:
        document = _load(path)
    except Exception:  # noqa: BLE001 - a broken file is reported by the generator
        return None
    if not isinstance(document, dict):
        return None
    count = 0
    for item in (document.get("paths") or {}).values():
        if (
            isinstance(item, dict)
            and isinstance(item.get("$ref"), str)
            and not item["$ref"].startswith("#")
        ):
            file, _, fragment = item["$ref"].partition("#")
            try:
                item = _load((path.parent / file).resolve())
                for part in [p for p in fragment.split("/") if p]:
                    item = item[part.replace("~1", "/").replace("~0", "~")]
            except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError):
                # Not countable here; the generator refuses such a document with a diagnostic,
                # so the table still shows the document as not handled.
                continue
        if isinstance(item, dict):
            count += sum(1 for m in _HTTP_METHODS if isinstance(item.get(m), dict))
    return count


def _run(args: list[str], cwd: Path, timeout: float) -> tuple[int, str, float]:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            args, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        return -1, "timeout", time.perf_counter() - started
    return done.returncode, done.stdout + done.stderr, time.perf_counter() - started


_IMPORT_CHECK = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
package.Client
for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
    importlib.import_module(info.name)
"""


def check(name: str, path: Path, args: argparse.Namespace, keep: Path | None) -> Row:
    row = Row(name, spec_operations(path))
    work = Path(tempfile.mkdtemp(prefix=f"corpus-{name}-"))
    try:
        out, report = work / "out", work / "report.json"
        code, text, seconds = _run(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                "--spec",
                str(path.resolve()),
                "--out",
                str(out),
                "--report-json",
                str(report),
            ],
            ROOT,
            args.timeout,
        )
        row.seconds = round(seconds, 2)
        if code != 0:
            lines = [l for l in text.splitlines() if l.strip() and not l.startswith("WARNING")]
            row.diagnostic = f"exit {code}: " + (lines[0] if lines else "")[:300]
            if "Traceback" in text:
                row.diagnostic += " (TRACEBACK)"
            if out.exists():
                row.diagnostic += " (PARTIAL OUTPUT)"
            return row
        summary = json.loads(report.read_text(encoding="utf-8"))
        row.operations, row.models = summary["operations"], summary["types"]
        row.warnings = len(summary["warnings"])
        package = summary["package"]
        code, text, _ = _run([sys.executable, "-c", _IMPORT_CHECK, package], out, args.timeout)
        row.imports = "yes" if code == 0 else "no"
        if code != 0:
            row.diagnostic = "import: " + (text.strip().splitlines() or [""])[-1][:200]
        code, text, _ = _run(
            [str(BIN / "ruff"), "check", "--no-cache", "--output-format", "concise", package],
            out,
            args.timeout,
        )
        found = re.search(r"Found (\d+) error", text)
        row.ruff = found.group(1) if found else ("0" if code == 0 else "?")
        if not args.no_mypy:
            code, text, _ = _run(
                [
                    str(BIN / "mypy"),
                    "--strict",
                    "--no-incremental",
                    "--cache-dir",
                    str(work / "mypy"),
                    package,
                ],
                out,
                args.mypy_timeout,
            )
            found = re.search(r"Found (\d+) error", text)
            row.mypy = (
                "timeout"
                if code == -1
                else found.group(1)
                if found
                else ("0" if code == 0 else "?")
            )
        if keep is not None:
            shutil.copytree(out, keep / name, dirs_exist_ok=True)
        return row
    finally:
        shutil.rmtree(work, ignore_errors=True)


def table(rows: list[Row]) -> str:
    head = "| spec | ops in spec | ops generated | models | warnings | imports | mypy errors | ruff errors | seconds |"
    lines = [head, "|" + "---|" * 9]
    for r in rows:
        cells = [
            r.spec,
            r.spec_operations,
            r.operations,
            r.models,
            r.warnings,
            r.imports,
            r.mypy,
            r.ruff,
            r.seconds,
        ]
        lines.append("| " + " | ".join("-" if c is None else str(c) for c in cells) + " |")
    ok = [r for r in rows if r.imports == "yes"]
    lines.append(
        f"| **total {len(rows)}** | {sum(r.spec_operations or 0 for r in rows)} | "
        f"{sum(r.operations or 0 for r in rows)} | {sum(r.models or 0 for r in rows)} | "
        f"{sum(r.warnings or 0 for r in rows)} | {len(ok)} yes | "
        f"{sum(int(r.mypy) for r in rows if r.mypy.isdigit())} | "
        f"{sum(int(r.ruff) for r in rows if r.ruff.isdigit())} | "
        f"{round(sum(r.seconds or 0 for r in rows), 1)} |"
    )
    notes = [f"- {r.spec}: {r.diagnostic}" for r in rows if r.diagnostic]
    return "\n".join(lines + ([""] + notes if notes else []))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--only", default="", help="comma-separated document names")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--no-mypy", action="store_true")
    parser.add_argument("--timeout", type=float, default=300, help="per step, seconds")
    parser.add_argument("--mypy-timeout", type=float, default=600)
    parser.add_argument("--keep", type=Path, default=None, help="copy generated packages here")
    parser.add_argument("--json", type=Path, default=None, help="also write the rows as JSON")
    args = parser.parse_args()
    found = documents(args.corpus)
    if args.only:
        wanted = args.only.split(",")
        unknown = [w for w in wanted if w not in found]
        if unknown:
            parser.error(f"unknown documents: {', '.join(unknown)}")
        found = {n: found[n] for n in wanted}
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        rows = list(pool.map(lambda item: check(item[0], item[1], args, args.keep), found.items()))
    for r in rows:
        if (
            r.spec_operations is not None
            and r.operations is not None
            and r.operations < r.spec_operations
        ):
            r.diagnostic = (r.diagnostic + "; " if r.diagnostic else "") + (
                f"LOST {r.spec_operations - r.operations} operation(s)"
            )
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
