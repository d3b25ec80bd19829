"""Reading and writing spec documents: YAML (libyaml's C parser when present) or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from ..diagnostics import GeneratorError, error

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load_document(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GeneratorError([error(f"cannot read the file: {exc.strerror}", file=str(path))])
    if path.suffix == ".json":
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise GeneratorError(
                [
                    error(
                        f"not valid JSON (line {exc.lineno}): {exc}",
                        "fix the syntax at that line",
                        file=str(path),
                    )
                ]
            )
    else:
        document = load_yaml_text(text, str(path))
    if not isinstance(document, dict):
        raise GeneratorError(
            [error("the document is not a mapping", "an OpenAPI document is an object", str(path))]
        )
    return document


def load_yaml_text(text: str, file: str) -> Any:
    """Parse YAML text; a syntax error is a diagnostic naming ``file`` and the line."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise GeneratorError(
            [
                error(
                    f"not valid YAML{f' (line {line + 1})' if line is not None else ''}: {exc}",
                    "fix the syntax at that line",
                    file=file,
                )
            ]
        )


def dump_yaml(document: dict[str, Any]) -> str:
    return str(yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100))


def load_spec(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Load an API description for generation: bundle other files, convert Swagger 2.0,
    repair what is safe to repair. Returns the document and a warning per repair."""
    from . import repair, swagger2
    from .bundle import Bundler, has_external_refs

    document = load_document(path)
    warnings: list[str] = []
    version = str(document.get("openapi") or document.get("swagger") or "")
    if not version.startswith(("3.", "2.")):
        raise GeneratorError(
            [
                error(
                    f"not an OpenAPI 3.x or Swagger 2.0 document (openapi/swagger field: {version or 'missing'})",
                    "point --spec at the root file of an OpenAPI description",
                    file=str(path),
                )
            ]
        )
    warnings += [f"{path.name}: {w}" for w in repair.repair(document)]
    if has_external_refs(document):
        bundler = Bundler(path, document, load_document)
        document = bundler.bundle()
        warnings += [f"{path.name}: {w}" for w in bundler.warnings]
        warnings += [f"{path.name}: {w}" for w in repair.repair(document)]
    if swagger2.is_swagger2(document):
        document, converted = swagger2.convert(document)
        warnings.append(f"{path.name}: Swagger 2.0 document converted to OpenAPI 3.0")
        warnings += [f"{path.name}: {w}" for w in converted]
    return document, warnings
