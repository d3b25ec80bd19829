"""Three-way merge of a hand-edited file with its new generated version.

The merge is Breezy's ``merge3`` (diff3, pure Python) over Breezy's ``patiencediff`` alignment,
so generating needs no ``git`` binary. Patience diff matters for code: with difflib's alignment,
an edit at the end of a method was moved into a new, similar method that the generator added
after it (git's merge-file and patience both keep it in place).

One rule differs from plain diff3: where both sides only *added* lines at the same place (a
helper method appended to a class that also gains a generated method), both are kept, the
generated lines first, separated like the code around them. Where both sides changed the same
lines, the file gets standard conflict markers. Without a base (the user's own file where a new
generated file goes), every difference is a conflict, as in git's add/add.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import merge3
import patiencediff

YOURS = "<<<<<<< yours"
SEPARATOR = "======="
GENERATED = ">>>>>>> generated"


# patiencediff declares its matcher as a difflib.SequenceMatcher, whose get_matching_blocks
# returns named tuples; merge3's protocol asks for plain tuples. They are the same at run time.
_PATIENCE = cast("type[merge3.SequenceMatcherProtocol[str]]", patiencediff.PatienceSequenceMatcher)


@dataclass(frozen=True)
class Merged:
    text: str
    conflicts: tuple[tuple[int, int], ...]  # 1-based first and last line of each marked block


def merge_text(base: str | None, yours: str, generated: str) -> Merged:
    """Your changes (base -> yours) and the generator's (base -> generated), combined."""
    merge = merge3.Merge3(
        _lines(base or ""),
        _lines(yours),
        _lines(generated),
        sequence_matcher=_PATIENCE,
    )
    out: list[str] = []
    for region in merge.merge_regions():
        if region[0] != "conflict":
            out.extend(_taken(merge, region))
        elif base is not None and region[1] == region[2]:  # both only added lines here
            _keep_both(out, merge.b[region[5] : region[6]], merge.a[region[3] : region[4]])
        else:
            for part in merge.reprocess_merge_regions(iter([region])):
                if part[0] != "conflict":
                    out.extend(_taken(merge, part))
                else:
                    out.extend(
                        [YOURS + "\n", *merge.a[part[3] : part[4]], SEPARATOR + "\n"]
                        + [*merge.b[part[5] : part[6]], GENERATED + "\n"]
                    )
    text = "".join(out)
    return Merged(text, conflict_blocks(text))


def conflict_blocks(text: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` still holds our conflict markers (also after the user saved the file)."""
    blocks: list[tuple[int, int]] = []
    start = None
    for number, line in enumerate(text.splitlines(), start=1):
        if line == YOURS:
            start = number
        elif line == GENERATED and start is not None:
            blocks.append((start, number))
            start = None
    return tuple(blocks)


def _taken(merge: merge3.Merge3[str], region: tuple[object, ...]) -> Sequence[str]:
    """The lines of a region that is not a conflict."""
    kind, start, end = region[0], region[1], region[2]
    assert isinstance(start, int) and isinstance(end, int)
    source = {"unchanged": merge.base, "b": merge.b}.get(str(kind), merge.a)  # "a" and "same"
    return source[start:end]


def _keep_both(out: list[str], generated: Sequence[str], yours: Sequence[str]) -> None:
    """Both sides' additions, whole (one that holds the other counts once); between them, as
    many blank lines as the code above ends with."""
    if _holds(generated, yours) or _holds(yours, generated):
        out.extend(generated if len(generated) >= len(yours) else yours)
        return
    blank_run = 0
    while blank_run < len(out) and not out[-1 - blank_run].strip():
        blank_run += 1
    out.extend(generated)
    if generated[-1].strip() and yours[0].strip():
        out.extend(["\n"] * blank_run)
    out.extend(yours)


def _holds(outer: Sequence[str], inner: Sequence[str]) -> bool:
    """Whether ``inner``'s lines are a run of ``outer``'s (every line ends with a newline)."""
    return "\n" + "".join(inner) in "\n" + "".join(outer)


def _lines(text: str) -> list[str]:
    """Lines with LF endings, the last one terminated too.

    A file saved with CRLF or without a final newline would otherwise conflict on every line,
    or glue a conflict marker to its last line.
    """
    text = text.replace("\r\n", "\n")
    if text and not text.endswith("\n"):
        text += "\n"
    return text.splitlines(keepends=True)
