"""Stage 4: lay the IR out through the Jinja templates, format with ruff (black's style).

Returns the whole package as {relative path: text}; writing it is ``output``'s job. Templates
see only the IR and the escaping filters of ``escape`` (``docstring``, ``docline``, ``pyliteral``,
``comment``), so the
spec's text reaches the code only through ``escape``.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import jinja2
from ruff.__main__ import find_ruff_bin

from . import escape
from .imports import sort_names
from .ir import Api

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


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
        files[f"{package}/{resource.module}.py"] = resource_template.render(
            api=api, resource=resource
        )
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
    """Format every rendered Python file with ``ruff format`` (black's style).

    One ruff process formats a whole package in well under a second where black takes half a
    minute on a large API; the version is pinned in pyproject.toml so that the bytes do not
    depend on the machine. The runtime is copied verbatim: it is formatted at the source.
    """
    rendered = {
        path: text
        for path, text in files.items()
        if path.endswith(".py") and "/_runtime/" not in path
    }
    with tempfile.TemporaryDirectory(prefix="generator-format-") as tmp:
        root = Path(tmp)
        for relative, text in rendered.items():
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
                "100",
                "--target-version",
                "py311",
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
        formatted = {
            relative: (root / relative).read_text(encoding="utf-8") for relative in rendered
        }
    return {**files, **formatted}
