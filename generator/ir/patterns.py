"""A short string that a regular expression (a schema's ``pattern``) matches.

Walks the expression as Python's own parser reads it (``re._parser``, the same route the
regex-example libraries take), choosing at each step the first option and the fewest
repetitions that still make a readable value. ECMA-262 named groups (``(?<name>``) are read as
Python's; a pattern Python cannot read gets no example.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_CATEGORY_CHARS = {
    sre.CATEGORY_DIGIT: "0",
    sre.CATEGORY_NOT_DIGIT: "a",
    sre.CATEGORY_WORD: "a",
    sre.CATEGORY_NOT_WORD: "-",
    sre.CATEGORY_SPACE: " ",
    sre.CATEGORY_NOT_SPACE: "a",
}
_CANDIDATES = "a0A-_x. "


def string_matching(pattern: str, min_length: int = 0) -> str | None:
    """A string ``pattern`` matches (``re.search``), preferably ``min_length`` long; or None."""
    python_pattern = re.sub(r"\(\?<(?=[A-Za-z_])", "(?P<", pattern)
    try:
        parsed = sre_parse.parse(python_pattern)
        compiled = re.compile(python_pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    found = [_attempt(parsed, repeat) for repeat in dict.fromkeys((1, max(min_length, 1)))]
    matching = [text for text in found if text is not None and compiled.search(text)]
    long_enough = [text for text in matching if len(text) >= min_length]
    best = long_enough or matching
    return best[0] if best else None


def _attempt(parsed: Any, repeat: int) -> str | None:
    try:
        return _Writer(repeat).write(parsed)
    except (ValueError, RecursionError):
        return None


class _Writer:
    def __init__(self, repeat: int) -> None:
        self.repeat = repeat
        self.groups: dict[int, str] = {}

    def write(self, parsed: Any) -> str:
        return "".join(self._item(op, arg) for op, arg in parsed)

    def _item(self, op: Any, arg: Any) -> str:
        if op is sre.LITERAL:
            return chr(arg)
        if op is sre.NOT_LITERAL:
            return "a" if chr(arg) != "a" else "b"
        if op is sre.ANY:
            return "a"
        if op is sre.IN:
            return _one_of(arg)
        if op is sre.BRANCH:
            return self.write(arg[1][0])
        if op is sre.SUBPATTERN:
            group, _, _, inner = arg
            text = self.write(inner)
            if group is not None:
                self.groups[group] = text
            return text
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, high, inner = arg
            count = max(low, min(high, self.repeat))
            return "".join(self.write(inner) for _ in range(count))
        if op is sre.GROUPREF:
            return self.groups.get(arg, "")
        if op is sre.CATEGORY:
            return _CATEGORY_CHARS.get(arg, "a")
        if op is sre.ATOMIC_GROUP:
            return self.write(arg)
        return ""  # anchors, lookarounds: nothing to write


def _one_of(items: list[tuple[Any, Any]]) -> str:
    """A character of a ``[...]`` set."""
    negated = bool(items) and items[0][0] is sre.NEGATE
    if negated:
        allowed = re.compile("[^" + "".join(_spelled(op, arg) for op, arg in items[1:]) + "]")
        for char in _CANDIDATES:
            if allowed.fullmatch(char):
                return char
        raise ValueError("no character outside the set")
    op, arg = items[0]
    if op is sre.LITERAL:
        return chr(arg)
    if op is sre.RANGE:
        return chr(arg[0])
    if op is sre.CATEGORY:
        return _CATEGORY_CHARS.get(arg, "a")
    raise ValueError(f"unsupported set item {op}")


def _spelled(op: Any, arg: Any) -> str:
    if op is sre.LITERAL:
        return re.escape(chr(arg))
    if op is sre.RANGE:
        return f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}"
    if op is sre.CATEGORY:
        return {
            sre.CATEGORY_DIGIT: r"\d",
            sre.CATEGORY_NOT_DIGIT: r"\D",
            sre.CATEGORY_WORD: r"\w",
            sre.CATEGORY_NOT_WORD: r"\W",
            sre.CATEGORY_SPACE: r"\s",
            sre.CATEGORY_NOT_SPACE: r"\S",
        }.get(arg, "")
    return ""
