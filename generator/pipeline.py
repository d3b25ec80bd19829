"""The stages chained: what each CLI command runs. No stage logic lives here."""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .build_ir import build_ir
from .config import Config, load_config
from .diagnostics import GeneratorError, error
from .ir import Api
from .loader import dump_yaml, load_spec
from .merge import merge
from .output import write_file, write_tree
from .render import render
from .validate import validate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Project:
    """The file layout of a repository that generates a client from excerpts."""

    root: Path

    @property
    def spec_dir(self) -> Path:
        return self.root / "spec"

    @property
    def excerpts(self) -> list[Path]:
        return sorted((self.spec_dir / "excerpts").glob("*.yaml"))

    @property
    def overlay(self) -> Path | None:
        path = self.spec_dir / "overlay.yaml"
        return path if path.exists() else None

    @property
    def config(self) -> Path | None:
        path = self.spec_dir / "config.yaml"
        return path if path.exists() else None

    @property
    def merged_spec(self) -> Path:
        return self.spec_dir / "openapi.yaml"

    @property
    def generated(self) -> Path:
        return self.root / "generated"


def merged_document(project: Project) -> tuple[dict[str, Any], str]:
    """Merge and validate the excerpts; returns the document and its YAML text."""
    if not project.excerpts:
        raise GeneratorError(
            [
                error(
                    "there are no OpenAPI excerpts to merge",
                    "run `python -m generator ingest DOCS...`, or add an excerpt by hand",
                    file=str(project.spec_dir / "excerpts"),
                )
            ]
        )
    config = load_config(project.config)
    result = merge(project.excerpts, project.overlay)
    problems = validate(result.document, result.provenance, config.resource_tag_prefix)
    if problems:
        raise GeneratorError(problems)
    return result.document, dump_yaml(result.document)


def merge_project(project: Project) -> dict[str, Any]:
    document, text = merged_document(project)
    write_file(text, project.merged_spec)
    return document


def generate_files(
    document: dict[str, Any], config: Config, load_warnings: tuple[str, ...] = ()
) -> tuple[Api, dict[str, str]]:
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
    config = load_config(config_path)
    document, load_warnings = load_spec(spec)
    api, files = generate_files(document, config, tuple(load_warnings))
    write_tree(files, out)
    return api
