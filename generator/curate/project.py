"""The file layout of a repository that curates its spec from excerpts, and its merge step."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import load_config
from ..diagnostics import GeneratorError, error
from ..read.loader import dump_yaml
from ..regen.output import write_file
from .merge import merge
from .validate import validate


@dataclass(frozen=True)
class Project:
    """Where this repository keeps its excerpts, overlay, configuration and output."""

    root: Path

    @property
    def spec_dir(self) -> Path:
        return self.root / "spec"

    @property
    def excerpts(self) -> list[Path]:
        folder = self.spec_dir / "excerpts"
        return sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")])

    @property
    def overlays(self) -> list[Path]:
        """Overlay 1.0 documents, applied in this order: spec/overlay.yaml, then spec/overlays/."""
        first = self.spec_dir / "overlay.yaml"
        rest = sorted((self.spec_dir / "overlays").glob("*.yaml"))
        return ([first] if first.exists() else []) + rest

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
    result = merge(project.excerpts, project.overlays)
    problems = validate(result.document, result.provenance, config)
    if problems:
        raise GeneratorError(problems)
    return result.document, dump_yaml(result.document)


def merge_project(project: Project) -> dict[str, Any]:
    """Write the merged, validated document to ``spec/openapi.yaml``."""
    document, text = merged_document(project)
    write_file(text, project.merged_spec)
    return document
