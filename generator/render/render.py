"""Lay the IR out through the Jinja templates, then format the Python files.

Returns the whole package as {relative path: text}; writing it is ``output``'s job. Templates
see only the IR and the escaping filters of ``escape`` (``docstring``, ``docline``, ``pyliteral``,
``comment``), so the
spec's text reaches the code only through ``escape``.
"""

from __future__ import annotations

import functools
from pathlib import Path

import jinja2

from ..ir.imports import sort_members, sort_names
from ..ir.model import Api
from . import escape
from .cache import FormatCache
from .format import LINE_LENGTH, PYTHON_MINIMUM, TARGET_VERSION, Formatter, Progress, format_files

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def render(
    api: Api,
    formatter: Formatter | None = None,
    cache: FormatCache | None = None,
    progress: Progress | None = None,
) -> dict[str, str]:
    """The package as {relative path: text}; ``progress(done, total)`` follows the formatting."""
    env = _environment()
    package = api.package
    files: dict[str, str] = {
        "pyproject.toml": env.get_template("pyproject.toml.jinja").render(
            api=api,
            python_minimum=".".join(map(str, PYTHON_MINIMUM)),
            target_version=TARGET_VERSION,
            line_length=LINE_LENGTH,
        ),
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
    files.update(_tests(env, api))
    return format_files(files, formatter or Formatter(), cache, progress)


def _tests(env: jinja2.Environment, api: Api) -> dict[str, str]:
    """``tests/`` beside the package: a conftest with the clients, one module per resource."""
    files = {
        "tests/__init__.py": "",
        "tests/utils.py": (TEMPLATES / "tests" / "utils.py").read_text(encoding="utf-8"),
        "tests/conftest.py": env.get_template("tests/conftest.py.jinja").render(api=api),
    }
    module_template = env.get_template("tests/module.py.jinja")
    for module in api.suite.modules:
        files[f"tests/{module.name}.py"] = module_template.render(api=api, module=module)
    return files


@functools.cache  # compiled templates are kept for the next render in this process
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
    env.filters["pytuple"] = escape.py_tuple
    env.filters["comment"] = escape.comment
    env.filters["docline"] = escape.docline
    env.filters["sorted_names"] = sort_names
    env.filters["sorted_members"] = sort_members
    return env
