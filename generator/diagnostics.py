"""Diagnostics: what went wrong, where (file, JSON pointer, line) and how to fix it."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Diagnostic:
    severity: str  # "error" or "warning"
    message: str
    hint: str = ""
    file: str = ""
    pointer: str = ""
    line: int | None = None

    def __str__(self) -> str:
        where = self.file or "<spec>"
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer:
            where += f" (at {self.pointer})"
        text = f"{where}: {self.severity}: {self.message}"
        if self.hint:
            text += f"\n    fix: {self.hint}"
        return text

    def as_json(self) -> dict[str, Any]:
        """The fields a CI annotation needs; empty ones are null, so every key is always there."""
        return {
            "severity": self.severity,
            "file": self.file or None,
            "line": self.line,
            "pointer": self.pointer or None,
            "message": self.message,
            "hint": self.hint or None,
        }


class GeneratorError(Exception):
    """Raised by a stage that cannot go on; carries every error it found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


def error(message: str, hint: str = "", file: str = "", pointer: str = "") -> Diagnostic:
    return Diagnostic("error", message, hint, file, pointer, line_of(file, pointer))


def warning(message: str, hint: str = "", file: str = "", pointer: str = "") -> Diagnostic:
    return Diagnostic("warning", message, hint, file, pointer)


def pointer(*parts: object) -> str:
    """A JSON pointer (RFC 6901) from path parts."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def split_pointer(ptr: str) -> list[str]:
    if not ptr:
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in ptr.lstrip("/").split("/")]


def line_of(file: str, ptr: str) -> int | None:
    """The 1-based line of a JSON pointer in a YAML/JSON file, or None when it cannot be found.

    Only called when reporting, so re-reading the file here costs nothing on the happy path.
    """
    if not file or not Path(file).is_file():
        return None
    node = _composed(file, Path(file).stat().st_mtime_ns)
    line = node.start_mark.line + 1 if node is not None else None
    for part in split_pointer(ptr):
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if str(k.value) == part), None)
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            match = node.value[int(part)]
        else:
            match = None
        if match is None:
            break
        node, line = match, match.start_mark.line + 1
    return line


@functools.lru_cache(maxsize=4)
def _composed(file: str, mtime_ns: int) -> yaml.Node | None:
    """The file's node tree (positions, no values), read once for all of a run's diagnostics."""
    try:
        return yaml.compose(Path(file).read_text(encoding="utf-8"), Loader=_Loader)
    except (yaml.YAMLError, ValueError, RecursionError):  # not YAML, not UTF-8, too deep
        return None
