"""Import blocks and ``__all__`` lists in the order ruff's isort rules expect.

The generated code must pass ``ruff check`` as it is, so the order is decided here, once.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable

_THIRD_PARTY = frozenset({"httpx2", "pydantic", "pydantic_core", "pytest", "pytest_asyncio"})


_DIGITS = re.compile(r"(\d+)")


@functools.cache  # the same few thousand names are sorted over and over
def natural(text: str) -> tuple[tuple[int, int], ...]:
    """Natural order, as ruff sorts (``Variant2`` before ``Variant10``): digit runs compare
    as numbers, other characters by code point (digits sort before letters and ``_``)."""
    key: list[tuple[int, int]] = []
    for index, chunk in enumerate(_DIGITS.split(text)):
        if index % 2:
            key.append((0, int(chunk)))
        else:
            key.extend((1, ord(c)) for c in chunk)
    return tuple(key)


@functools.cache
def _category(name: str) -> int:
    """isort's order-by-type: CONSTANTS, then Classes, then everything else."""
    if name.isupper() and len(name) > 1:
        return 0
    return 1 if name[:1].isupper() else 2


@functools.cache
def name_key(name: str) -> tuple[int, tuple[tuple[int, int], ...]]:
    """The order of ``__all__`` (ruff RUF022): by type, then natural order as written."""
    return _category(name), natural(name)


@functools.cache
def member_key(name: str) -> tuple[int, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The order of the names one ``from`` statement imports (ruff I001, isort's defaults): by
    type, then case folded (``AsyncX`` before ``AZ``), then as written."""
    return _category(name), natural(name.lower()), natural(name)


def from_types_package(module: str) -> str:
    """A TypeRef's import, written as the package's root sees it (``.types._base``), as the
    modules of the types package see it (``._base``)."""
    return module.removeprefix(".types") if module.startswith(".types.") else module


def sort_names(names: Iterable[str]) -> list[str]:
    """Names of ``__all__``, in order."""
    return sorted(set(names), key=name_key)


def sort_members(names: Iterable[str]) -> list[str]:
    """Names imported by one ``from`` statement, in order."""
    return sorted(set(names), key=member_key)


def import_lines(
    entries: Iterable[tuple[str, Iterable[str]]], first_party: Iterable[str] = ()
) -> tuple[str, ...]:
    """``(module, names)`` pairs -> import statements grouped into sections.

    An empty ``names`` means ``import module``. Sections are separated by an empty string.
    ``first_party``: top-level packages imported absolutely from beside the importing code
    (the generated tests import the package and ``tests``).
    """
    own = frozenset(first_party)
    wanted: dict[str, set[str]] = defaultdict(set)
    plain: set[str] = set()
    for module, names in entries:
        names = set(names)
        if not names or "" in names:  # `import pydantic` beside `from pydantic import Field`
            plain.add(module)
        if names - {""}:
            wanted[module] |= names - {""}
    sections: dict[int, list[str]] = defaultdict(list)
    for module in sorted(plain, key=lambda m: natural(m.lower())):
        sections[_section(module, own)].append(f"import {module}")
    for module in sorted(wanted, key=lambda m: natural(m.lower())):
        sections[_section(module, own)].append(
            f"from {module} import {', '.join(sort_members(wanted[module]))}"
        )
    lines: list[str] = []
    for section in sorted(sections):
        if lines:
            lines.append("")
        lines.extend(sections[section])
    return tuple(lines)


def _section(module: str, first_party: frozenset[str]) -> int:
    if module == "__future__":
        return 0
    if module.startswith("."):
        return 4
    top = module.split(".")[0]
    if top in first_party:
        return 3
    return 2 if top in _THIRD_PARTY else 1
