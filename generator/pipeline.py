"""The stages chained for ``generate`` and ``check``: read -> IR -> render -> output.

No stage logic lives here; each stage is a package with one entry function.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

from .config import Config, load_config
from .diagnostics import GeneratorError, error
from .ir import build_ir
from .ir.model import Api
from .read import read_document
from .regen.output import write_tree
from .render import render

log = logging.getLogger(__name__)


def generate_files(
    document: dict[str, Any], config: Config, load_warnings: tuple[str, ...] = ()
) -> tuple[Api, dict[str, str]]:
    """The package for ``document`` as {relative path: text}, without writing anything."""
    api = build_ir(document, config)
    if load_warnings:
        api = dataclasses.replace(api, warnings=(*load_warnings, *api.warnings))
    for message in api.warnings:
        log.warning("%s", message)
    if config.strict and api.warnings:
        hint = "fix the spec or spec/config.yaml; `strict: true` makes every warning an error"
        raise GeneratorError([error(message, hint) for message in api.warnings])
    return api, render(api)


def generate(spec: Path, out: Path, config_path: Path | None) -> Api:
    """Read ``spec``, generate its package and write it to ``out``."""
    config = load_config(config_path)
    document, load_warnings = read_document(spec)
    api, files = generate_files(document, config, tuple(load_warnings))
    write_tree(files, out)
    return api
