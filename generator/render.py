"""Stage 4: lay the IR out through the Jinja templates, format with black.

Returns the whole package as {relative path: text}; writing it is ``output``'s job. Templates
see only the IR and three escaping filters (``docstring``, ``pyliteral``, ``comment``), so the
spec's text reaches the code only through ``escape``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black
import jinja2

from . import escape
from .imports import sort_names
from .ir import Api

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_BLACK_MODE = black.Mode(line_length=100, target_versions={black.TargetVersion.PY310})
# Below this many files, starting worker processes costs more than it saves.
_PARALLEL_THRESHOLD = 200


def render(api: Api) -> dict[str, str]:
    env = _environment()
    package = api.package
    files: dict[str, str] = {
        "pyproject.toml": env.get_template("pyproject.toml.jinja").render(api=api),
        "README.md": env.get_template("README.md.jinja").render(api=api),
        f"{package}/py.typed": "",
    }
    for name in ("__init__.py", "_client.py", "errors.py", "types/__init__.py", "types/_base.py"):
        files[f"{package}/{name}"] = env.get_template(f"package/{name}.jinja").render(api=api)
    type_module = env.get_template("package/types/module.py.jinja")
    for module in api.type_modules:
        files[f"{package}/types/{module.name}.py"] = type_module.render(api=api, module=module)
    resource_template = env.get_template("package/resource.py.jinja")
    for resource in api.resources:
        files[f"{package}/{resource.module}.py"] = resource_template.render(api=api, resource=resource)
    for runtime_file in sorted((TEMPLATES / "package" / "_runtime").glob("*.py")):
        files[f"{package}/_runtime/{runtime_file.name}"] = runtime_file.read_text(encoding="utf-8")
    return _format(files)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["docstring"] = escape.docstring
    env.filters["pyliteral"] = escape.py_literal
    env.filters["comment"] = escape.comment
    env.filters["docline"] = escape.docline
    env.filters["sorted_names"] = sort_names
    return env


def _format(files: dict[str, str]) -> dict[str, str]:
    """Format every generated Python file; the runtime is copied verbatim (already formatted).

    ``ruff format`` (black's style, in Rust) formats a large package in well under a second
    where black takes half a minute; black is the fallback when ruff is not installed.
    """
    python = sorted(path for path in files if path.endswith(".py") and "/_runtime/" not in path)
    ruff = _ruff()
    if ruff is not None and len(python) > 1:
        return {**files, **_ruff_format({path: files[path] for path in python}, ruff)}
    sources = [files[path] for path in python]
    if len(python) >= _PARALLEL_THRESHOLD and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor() as pool:
            formatted = list(pool.map(format_python, sources, python, chunksize=32))
    else:
        formatted = [format_python(source, path) for source, path in zip(sources, python)]
    return {**files, **dict(zip(python, formatted))}


def _ruff() -> str | None:
    beside = Path(sys.executable).parent / "ruff"
    return str(beside) if beside.is_file() else shutil.which("ruff")


def _ruff_format(files: dict[str, str], ruff: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="generator-format-") as tmp:
        root = Path(tmp)
        for relative, text in files.items():
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        done = subprocess.run(
            [ruff, "format", "--isolated", "--no-cache", "--line-length", "100",
             "--target-version", "py310", "--quiet", "."],
            cwd=root, capture_output=True, text=True,
        )
        if done.returncode != 0:
            # A template bug, never the spec's fault: black names the file and the line.
            for relative, text in files.items():
                format_python(text, relative)
            raise RuntimeError(f"ruff format failed: {done.stderr.strip()[:2000]}")
        return {relative: (root / relative).read_text(encoding="utf-8") for relative in files}


def format_python(source: str, path: str = "<generated>") -> str:
    try:
        return black.format_str(source, mode=_BLACK_MODE)
    except black.InvalidInput as exc:
        # A template bug, never the spec's fault: show the file so it can be fixed.
        raise RuntimeError(f"generated {path} is not valid Python: {exc}\n{source}") from exc
