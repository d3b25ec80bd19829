"""The one place where text from a spec becomes Python source.

Every description, wire name, literal value and default goes through one of these functions,
so nothing a spec says can end a string early, open a template expression or inject code.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any


def py_literal(value: Any) -> str:
    """A Python expression that evaluates to the JSON value ``value``."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"float({str(value)!r})"
    if isinstance(value, str):
        # json.dumps escapes quotes, backslashes and every control character; ensure_ascii keeps
        # bidi and other invisible characters visible in review.
        return json.dumps(value, ensure_ascii=True)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    return py_literal(str(value))


_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]"
)


def docstring(text: str, indent: str = "    ") -> str:
    """A triple-quoted docstring whose content cannot close the string or break the file."""
    if not text:
        return ""
    lines = [line.rstrip() for line in _docstring_safe(text).split("\n")]
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    body = "\n".join((indent + line) if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{indent}"""'


def docline(text: str) -> str:
    """Text to place inside a docstring that the template opens and closes: one line."""
    return " ".join(_docstring_safe(text).split())


def _docstring_safe(text: str) -> str:
    cleaned = (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\\", "\\\\")
        .replace('"""', '\\"\\"\\"')
        .replace("\x00", "")
    )
    cleaned = "".join(
        c if c == "\n" or c == "\t" or (ord(c) >= 32 and c not in "\u2028\u2029\x7f") else " "
        for c in cleaned
    ).strip()
    # Invisible characters (zero-width space, bidi marks, BOM) are written as escapes.
    cleaned = _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", cleaned)
    if cleaned.endswith('"') and not cleaned.endswith('\\"'):  # would merge with the closing quotes
        cleaned = cleaned[:-1] + '\\"'
    return cleaned


def comment(text: str) -> str:
    """A one-line ``#`` comment body: no newlines, so it cannot spill into code."""
    return " ".join(text.split())
