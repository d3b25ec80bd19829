"""The one place where text from a spec becomes Python source.

Every description, wire name, literal value and default goes through one of these functions,
so nothing a spec says can end a string early, open a template expression or inject code.
"""

from __future__ import annotations

import datetime
import math
import re
import unicodedata
from typing import Any

# Short escapes that Python and TOML spell alike.
_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def py_literal(value: Any) -> str:
    """A Python expression that evaluates to the JSON value ``value``."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"float({str(value)!r})"
    if isinstance(value, str):
        return _string_literal(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    return py_literal(str(value))


def _string_literal(text: str) -> str:
    """A double-quoted literal of printable ASCII: every other character is an escape, so bidi
    and invisible characters stay visible in review. Characters beyond the BMP are one
    ``\\U`` escape (a JSON-style surrogate pair would be two lone surrogates in Python and
    invalid in TOML); the result is also a valid TOML basic string when ``text`` has no lone
    surrogate."""
    return '"' + "".join(_SHORT_ESCAPES.get(c) or _ascii_or_escape(c) for c in text) + '"'


def _ascii_or_escape(char: str) -> str:
    if " " <= char <= "~":
        return char
    return _codepoint_escape(char)


def _codepoint_escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def py_bytes(value: bytes) -> str:
    """A bytes literal (``b"..."``): every byte that is not printable ASCII is escaped."""
    return 'b"' + "".join(_byte(b) for b in value) + '"'


def _byte(code: int) -> str:
    char = chr(code)
    if char in '"\\':
        return "\\" + char
    return char if 32 <= code < 127 else f"\\x{code:02x}"


def py_datetime(value: datetime.datetime) -> str:
    """``datetime.datetime(...)`` for a parsed date-time (needs ``import datetime``)."""
    return repr(value)


def py_date(value: datetime.date) -> str:
    """``datetime.date(...)`` for a parsed date (needs ``import datetime``)."""
    return repr(value)


def py_tuple(value: tuple[Any, ...]) -> str:
    """A Python tuple expression for a (nested) tuple of JSON values: ``(("a", "b"),)``."""
    items = [py_tuple(v) if isinstance(v, tuple) else py_literal(v) for v in value]
    if len(items) == 1:
        return f"({items[0]},)"
    return "(" + ", ".join(items) + ")"


def docstring(text: str, indent: str = "    ") -> str:
    """A triple-quoted docstring whose content cannot close the string or break the file."""
    safe = _docstring_safe(text)
    if not safe:  # nothing readable (whitespace, NUL): no docstring rather than an empty one
        return ""
    lines = [line.rstrip() for line in safe.split("\n")]
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    body = "\n".join((indent + line) if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{indent}"""'


def docline(text: str) -> str:
    """Text to place inside a docstring that the template opens and closes: one line."""
    return _docstring_safe(" ".join(plain_text(text).split()))


def comment(text: str) -> str:
    """One line of plain text (a ``#`` comment, a Markdown line, a TOML value before quoting):
    no line breaks, no control characters, no lone surrogates, so it cannot spill into code."""
    return " ".join(plain_text(text).split())


def plain_text(text: str) -> str:
    """``text`` with ``\\n`` for every line break, NUL dropped, other control characters and
    Unicode line/paragraph separators as spaces, lone surrogates (from JSON ``\\ud800``) as
    U+FFFD: what any text file can hold and no tool reads as a line break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if _printable(text):  # the common case: _plain_char keeps every printable character
        return text
    return "".join(_plain_char(c) for c in text)


def _printable(text: str) -> bool:
    """True when ``text`` holds nothing but printable characters, line breaks and tabs."""
    return text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable()


def _plain_char(char: str) -> str:
    if char in "\n\t":
        return char
    category = unicodedata.category(char)
    if category in ("Cc", "Zl", "Zp"):
        return " "
    return "\ufffd" if category == "Cs" else char


# What _docstring_safe must rewrite: runs of quotes, backslashes, and anything outside printable
# ASCII (only format characters, category Cf, among those).
_DOCSTRING_SPECIAL = re.compile(r'"+|\\|[^\x20-\x7e\n\t]')


def _docstring_safe(text: str) -> str:
    """Docstring content: backslashes doubled, a quote escaped where it would make three in a
    row or touch the closing quotes, invisible characters as escapes; whitespace trimmed."""
    cleaned = plain_text(text).strip()
    return _DOCSTRING_SPECIAL.sub(lambda match: _docstring_part(match, cleaned), cleaned)


def _docstring_part(match: re.Match[str], text: str) -> str:
    part = match.group()
    if part[0] == '"':
        return _quote_run(len(part), ends_text=match.end() == len(text))
    if part == "\\":
        return "\\\\"
    # Zero-width spaces, bidi marks, BOM: written as escapes, visible in review.
    return _codepoint_escape(part) if unicodedata.category(part) == "Cf" else part


def _quote_run(length: int, ends_text: bool) -> str:
    """A run of quotes with every third escaped, and the last one too when the text ends there."""
    out: list[str] = []
    unescaped = 0
    for index in range(length):
        if unescaped == 2 or (ends_text and index == length - 1):
            out.append('\\"')
            unescaped = 0
        else:
            out.append('"')
            unescaped += 1
    return "".join(out)
