"""Stage 1: pull the OpenAPI YAML excerpts out of documentation pages into spec/excerpts/."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..diagnostics import Diagnostic, GeneratorError, error
from ..ir import names as naming
from ..ir.surface import HTTP_METHODS
from ..read.loader import load_yaml_text

_YAML_BLOCK = re.compile(r"^```ya?ml[^\n]*\n(?P<body>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class IngestReport:
    written: list[Path]
    unchanged: list[Path]


def ingest(pages: list[Path], out_dir: Path, tag_prefix: str = "") -> IngestReport:
    """Write each page's OpenAPI excerpt to ``out_dir/<resource>.<operation>.yaml``, verbatim.

    A file that already holds the same text is left alone, so running twice changes nothing.
    """
    excerpts: dict[str, tuple[str, str]] = {}
    problems: list[Diagnostic] = []
    for page in pages:
        for text in _openapi_blocks(page.read_text(encoding="utf-8")):
            name = _excerpt_name(text, str(page), tag_prefix, problems)
            if name is None:
                continue
            if name in excerpts and excerpts[name][1] != text:
                problems.append(
                    error(
                        f"two different excerpts would both be written to {name}",
                        "give the operations distinct tags or operationIds",
                        file=str(page),
                    )
                )
            excerpts[name] = (str(page), text)
    if problems:
        raise GeneratorError(problems)
    out_dir.mkdir(parents=True, exist_ok=True)
    written, unchanged = [], []
    for name, (_, text) in sorted(excerpts.items()):
        target = out_dir / name
        if target.exists() and target.read_text(encoding="utf-8") == text:
            unchanged.append(target)
            continue
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return IngestReport(written, unchanged)


def _openapi_blocks(markdown: str) -> list[str]:
    return [m["body"] for m in _YAML_BLOCK.finditer(markdown) if "openapi:" in m["body"][:200]]


def _excerpt_name(text: str, page: str, tag_prefix: str, problems: list[Diagnostic]) -> str | None:
    try:
        document = load_yaml_text(text, page)
    except GeneratorError as exc:
        problems.extend(exc.diagnostics)
        return None
    if not isinstance(document, dict):
        problems.append(error("an OpenAPI excerpt is not a mapping", file=page))
        return None
    operations = [
        operation
        for path_item in (document.get("paths") or {}).values()
        for method, operation in path_item.items()
        if method in HTTP_METHODS
    ]
    if len(operations) != 1:
        problems.append(
            error(
                f"an excerpt should describe exactly one operation, found {len(operations)}",
                "split the page or name the excerpt by hand",
                file=page,
            )
        )
        return None
    operation = operations[0]
    resource = (_first_tag(operation.get("tags")) or "root").removeprefix(tag_prefix)
    return (
        f"{naming.snake_case(resource)}.{naming.snake_case(operation.get('operationId', ''))}.yaml"
    )


def _first_tag(tags: object) -> str | None:
    """Tags as published are sometimes lists of lists; look through the nesting."""
    if isinstance(tags, list):
        for tag in tags:
            found = _first_tag(tag) if isinstance(tag, list) else tag
            if isinstance(found, str) and found:
                return found
    return None
