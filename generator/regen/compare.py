"""``check``: is an output directory exactly what ``generate`` would leave there?

Byte for byte: a generated file passes if it is the generated text, or if it carries hand edits
that ``generate`` would keep unchanged (the spec has not changed since they were merged).
Everything else in the directory is accounted for: the user's recorded files pass; an unrecorded
file, a tool cache, a leftover of an interrupted run, a binary or a line-ending change is drift.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .merge import conflict_blocks, merge_text
from .record import (
    PRISTINE,
    RECORD,
    Record,
    RecordError,
    digest,
    dump_pristine,
    is_generator_state,
    load_record,
)
from .survey import TRANSACTION, Survey, survey

_REGENERATE = "run generate and commit the result"
_HUNK = re.compile(r"^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@", re.MULTILINE)


@dataclass(frozen=True)
class Drift:
    path: str  # relative to the output directory
    problem: str
    hint: str
    diff: str = ""


@dataclass(frozen=True)
class Comparison:
    drift: list[Drift] = field(default_factory=list)
    custom_edits: list[tuple[str, int, int]] = field(default_factory=list)  # path, +lines, -lines
    custom_files: list[str] = field(default_factory=list)


def compare_output(
    files: Mapping[str, str], out: Path, label: str, keep_custom_edits: bool = True
) -> Comparison:
    """Compare ``out`` with ``files`` (what the generator makes now); ``label`` names ``out``."""
    result = Comparison()
    if not out.is_dir():
        result.drift.append(Drift("", f"{label} is not a directory", _REGENERATE))
        return result
    record = _record(out, result)
    _compare_pristine(files, out, record, result)
    disk = survey(out, set(files) | set(record.files))
    if disk.interrupted:
        result.drift.append(
            Drift(
                TRANSACTION + "/",
                "a generation was interrupted here (or is running): the output may be half new",
                "run generate: it first restores the previous output, then generates",
            )
        )
    for path, text in sorted(files.items()):
        _compare_generated(path, text, out, label, record, disk, keep_custom_edits, result)
    for path in sorted((disk.files | set(disk.others)) - set(files)):
        _account_for(path, out, label, record, disk, result)
    for cache in disk.caches:
        result.drift.append(
            Drift(cache, "a tool cache, not part of the generated code", "delete it")
        )
    return result


def render_diff(name: str, current: bytes | None, expected: bytes | None) -> str:
    """What would change ``name`` from ``current`` (on disk) to ``expected``, for a reader."""
    if current is not None and expected is not None and current.replace(b"\r\n", b"\n") == expected:
        return f"{name}: only the line endings differ (CRLF on disk, LF generated)\n"
    try:
        old = current.decode("utf-8") if current is not None else ""
        new = expected.decode("utf-8") if expected is not None else ""
    except UnicodeDecodeError:
        return f"Binary files {name} and {name} (regenerated) differ\n"
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=name if current is not None else "/dev/null",
            tofile=f"{name} (regenerated)" if expected is not None else "/dev/null",
        )
    )


def _record(out: Path, result: Comparison) -> Record:
    try:
        record = load_record(out)
    except RecordError as exc:
        result.drift.append(
            Drift(RECORD, str(exc), "restore .specgen/ from version control, then " + _REGENERATE)
        )
        return Record()
    if record is None:
        result.drift.append(
            Drift(
                RECORD,
                "missing: this output was not written by this version of specgen",
                "move the directory away (or delete it), then run generate",
            )
        )
    return record or Record()


def _compare_pristine(
    files: Mapping[str, str], out: Path, record: Record, result: Comparison
) -> None:
    """The base of the next merge must be the generated texts the record lists."""
    if not record.files or any(
        record.files.get(path) != digest(text.encode("utf-8")) for path, text in files.items()
    ):
        return  # no record, or the generated code changed: reported file by file
    try:
        intact = (out / PRISTINE).read_bytes() == dump_pristine(files)
    except OSError:
        intact = False
    if not intact:
        result.drift.append(
            Drift(
                PRISTINE, "missing, or not the generated texts that the record lists", _REGENERATE
            )
        )


def _compare_generated(
    path: str,
    text: str,
    out: Path,
    label: str,
    record: Record,
    disk: Survey,
    keep_custom_edits: bool,
    result: Comparison,
) -> None:
    expected = text.encode("utf-8")
    name = f"{label}/{path}"
    if path in disk.others:
        result.drift.append(
            Drift(
                path,
                f"is {disk.others[path]}, the generator makes a file",
                "delete it, then " + _REGENERATE,
            )
        )
        return
    current = _read(out, path, disk, result)
    recorded = record.files.get(path)
    if current == expected:
        if record.files and recorded != digest(expected):
            result.drift.append(
                Drift(
                    path,
                    f"is the generated code, but {RECORD} records another version of it (the "
                    "file changed without running generate; the next merge would take it for "
                    "a hand edit)",
                    _REGENERATE,
                )
            )
        return
    edited = current is not None and recorded is not None and digest(current) != recorded
    if not edited or current is None or is_generator_state(path):
        result.drift.append(
            Drift(
                path,
                "missing" if current is None else "differs from what the generator makes",
                _REGENERATE,
                render_diff(name, current, expected),
            )
        )
    elif not keep_custom_edits:
        result.drift.append(
            Drift(
                path,
                "edited by hand, and keep_custom_edits is off: generate would drop the edit",
                _REGENERATE,
                render_diff(name, current, expected),
            )
        )
    elif recorded != digest(expected):
        result.drift.append(
            Drift(
                path,
                "carries your edits, and the generated code has changed since they were merged",
                "run generate to merge them with the new code",
                render_diff(name, current, expected),
            )
        )
    else:
        _compare_custom_edit(path, name, current, text, result)


def _compare_custom_edit(
    path: str, name: str, current: bytes, text: str, result: Comparison
) -> None:
    """A hand-edited file whose generated text has not changed: it passes if generate would
    leave it as it is (no conflict markers left, no line-ending change, not binary)."""
    try:
        yours = current.decode("utf-8")
    except UnicodeDecodeError:
        result.drift.append(
            Drift(
                path,
                "is not UTF-8 text (binary?)",
                "restore it, then " + _REGENERATE,
                render_diff(name, current, text.encode("utf-8")),
            )
        )
        return
    blocks = conflict_blocks(yours)
    if blocks:
        lines = ", ".join(f"{start}-{end}" for start, end in blocks)
        result.drift.append(
            Drift(
                path,
                f"has unresolved conflict markers (lines {lines})",
                "resolve each block (keep the lines you want, delete the markers), then run generate",
            )
        )
        return
    merged = merge_text(text, yours, text).text.encode("utf-8")
    if merged != current:
        result.drift.append(
            Drift(
                path,
                "carries your edits, but generate would still change it",
                _REGENERATE,
                render_diff(name, current, merged),
            )
        )
        return
    changes = list(difflib.unified_diff(text.splitlines(), yours.splitlines(), n=0, lineterm=""))
    added = sum(1 for line in changes if line.startswith("+") and not line.startswith("+++"))
    removed = sum(1 for line in changes if line.startswith("-") and not line.startswith("---"))
    result.custom_edits.append((path, added, removed))


def _account_for(
    path: str, out: Path, label: str, record: Record, disk: Survey, result: Comparison
) -> None:
    """A file on disk that the generator does not make now."""
    if path in record.files:
        current = _read(out, path, disk, result)
        result.drift.append(
            Drift(
                path,
                "is no longer generated",
                _REGENERATE + " (it removes the file, or keeps it if you edited it)",
                render_diff(f"{label}/{path}", current, None),
            )
        )
    elif record.is_custom(path):
        result.custom_files.append(path)
    else:
        what = disk.others.get(path, "a file")
        result.drift.append(
            Drift(
                path,
                f"is {what} that the generator does not make and that is not recorded as yours",
                "run generate to keep it as your own file, or delete it",
            )
        )


def _read(out: Path, path: str, disk: Survey, result: Comparison) -> bytes | None:
    if path not in disk.files:
        return None
    try:
        return (out / path).read_bytes()
    except OSError as exc:
        result.drift.append(Drift(path, f"cannot be read: {exc.strerror}", "fix its permissions"))
        return None


def first_changed_line(diff: str) -> int | None:
    """The line, in the file on disk, where a ``render_diff`` diff first changes something."""
    for hunk in _HUNK.finditer(diff):
        line = int(hunk.group(1))
        for row in diff[hunk.end() :].splitlines()[1:]:
            if not row.startswith(" "):
                return max(line, 1)
            line += 1
    return None
