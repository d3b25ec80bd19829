"""Stage 5: write a generated package into its output directory without losing anything there.

- Only a directory that specgen generated (it holds ``.specgen/record.json``, see record.py), an
  empty one or a new one is written to. Anything else (a source folder, ``.``, a file) is refused
  before anything is touched.
- A generated file that the user changed since the last run is merged three ways: base = the
  pristine text the last run wrote, yours = the file, generated = the new text (merge.py). A
  clean merge keeps both; a conflict leaves standard markers and is reported. With
  ``keep_custom_edits`` off, the new text replaces the edit and the report says so.
- A file that the user added is kept as it is and recorded as theirs. Tool caches
  (``__pycache__``, ``.mypy_cache``, ``build``, ...) are neither recorded nor touched.
- A generated file that is no longer generated is deleted, unless the user edited it: then it is
  kept, as the user's.
- Every change, the record included, is one transaction (journal.py): a killed run leaves the
  previous output, restored on the next run. Files get the user's umask; unchanged files are not
  rewritten, so their timestamps stay.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import Diagnostic, GeneratorError
from . import journal
from .merge import merge_text
from .record import (
    ATTRIBUTES,
    ATTRIBUTES_TEXT,
    INTERNAL,
    METADATA,
    PRISTINE,
    RECORD,
    Record,
    RecordError,
    digest,
    dump_pristine,
    dump_record,
    is_generator_state,
    load_pristine,
    load_record,
)
from .survey import TRANSACTION, custom_entries, parent_dirs, survey

_TEMPORARY = ".specgen-tmp-"  # part of write_file's temporary names, found again by that part


@dataclass(frozen=True)
class OutputReport:
    """What a generation did in its output directory, for the user."""

    written: tuple[str, ...] = ()  # created or changed
    removed: tuple[str, ...] = ()  # no longer generated
    carried: tuple[str, ...] = ()  # hand-edited, merged cleanly with the new code
    conflicts: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)
    dropped: tuple[str, ...] = ()  # hand edits replaced by the new code (keep_custom_edits off)
    orphaned: tuple[str, ...] = ()  # hand-edited, no longer generated: kept as the user's
    adopted: tuple[str, ...] = ()  # the user's files, new since the last run, kept
    restored: tuple[str, ...] = ()  # generated files that had been deleted, written again
    recovered: bool = False  # an interrupted run was rolled back first


def write_output(
    files: Mapping[str, str], out: Path, keep_custom_edits: bool = True
) -> OutputReport:
    """Bring ``out`` to ``files`` (relative path -> text), carrying over what the user did there."""
    _refuse_non_directory(out)
    with _disk_errors(out):
        out.mkdir(parents=True, exist_ok=True)
        with journal.locked(out):
            _refuse_foreign(out)
            recovered = journal.recover(out)
            plan = _Plan(files, out, keep_custom_edits)
            journal.apply(out, plan.writes, plan.removals)
    return plan.report(recovered)


class _Plan:
    """The changes that bring ``out`` to ``files``, decided before anything is written."""

    def __init__(self, files: Mapping[str, str], out: Path, keep_custom_edits: bool) -> None:
        self.out, self.keep = out, keep_custom_edits
        self.record = load_record(out) or Record()
        self.disk = survey(out, set(files) | set(self.record.files))
        self.problems: list[Diagnostic] = []
        self.writes: dict[str, bytes] = {}
        self.removals: list[str] = []
        self.carried: list[str] = []
        self.conflicts: dict[str, tuple[tuple[int, int], ...]] = {}
        self.dropped: list[str] = []
        self.orphaned: list[str] = []
        self.restored: list[str] = []
        self._pristine: dict[str, str] | None = None
        for path, text in sorted(files.items()):
            self._generated_file(path, text)
        for path in sorted(set(self.record.files) - set(files)):
            self._stale_file(path)
        self._refuse_obstacles(files)
        if self.problems:
            raise GeneratorError(self.problems)
        user_files = self._user_files(files)
        self.adopted = sorted(
            p for p in user_files if not self.record.is_custom(p) and p not in self.orphaned
        )
        self._write_record(files, custom_entries(user_files, parent_dirs(files)))

    def report(self, recovered: bool) -> OutputReport:
        return OutputReport(
            written=tuple(sorted(set(self.writes) - INTERNAL)),
            removed=tuple(self.removals),
            carried=tuple(self.carried),
            conflicts=self.conflicts,
            dropped=tuple(self.dropped),
            orphaned=tuple(self.orphaned),
            adopted=tuple(self.adopted),
            restored=tuple(self.restored),
            recovered=recovered,
        )

    def _generated_file(self, path: str, text: str) -> None:
        new = text.encode("utf-8")
        current = self._read(path)
        recorded = self.record.files.get(path)
        if current == new:
            return
        if current is None:
            self.writes[path] = new
            if recorded is not None:
                self.restored.append(path)
        elif digest(current) == recorded or is_generator_state(path):  # untouched, or ours
            self.writes[path] = new
        elif not self.keep and recorded is not None:
            self.writes[path] = new
            self.dropped.append(path)
        else:
            self._merge(path, current, text)

    def _merge(self, path: str, current: bytes, text: str) -> None:
        try:
            yours = current.decode("utf-8")
        except UnicodeDecodeError:
            self.problems.append(
                _problem(
                    f"{path} was changed by hand into something that is not UTF-8 text, so it "
                    "cannot be merged with the new generated code",
                    "move the file away (or restore it), then run again",
                    where=str(self.out / path),
                )
            )
            return
        merged = merge_text(self._base(path), yours, text)
        if merged.text.encode("utf-8") != current:
            self.writes[path] = merged.text.encode("utf-8")
        if merged.conflicts:
            self.conflicts[path] = merged.conflicts
        elif merged.text != text:
            self.carried.append(path)

    def _stale_file(self, path: str) -> None:
        """``path`` was generated last time and is not any more."""
        current = self._read(path)
        if current is None:
            return
        if digest(current) == self.record.files[path] or not self.keep:
            self.removals.append(path)
            if digest(current) != self.record.files[path]:
                self.dropped.append(path)
        else:
            self.orphaned.append(path)

    def _user_files(self, files: Mapping[str, str]) -> set[str]:
        """What is on disk and neither generated now nor a generated file being removed."""
        on_disk = self.disk.files | set(self.disk.others)
        return {path for path in on_disk if path not in files and path not in self.removals}

    def _base(self, path: str) -> str | None:
        """The pristine text of ``path`` from the last run; None when unknown (the user's file
        where a new generated file goes, or damaged pristine texts): then every difference conflicts."""
        if self._pristine is None:
            try:
                self._pristine = load_pristine(self.out, self.record)
            except RecordError:
                self._pristine = {}
        return self._pristine.get(path)

    def _write_record(self, files: Mapping[str, str], custom: tuple[str, ...]) -> None:
        """The record and the pristine texts, where they differ from what is on disk (which
        also repairs them after a bad merge of .specgen/ in version control)."""
        record = Record(
            {path: digest(text.encode("utf-8")) for path, text in files.items()}, custom
        )
        own = {
            RECORD: dump_record(record),
            PRISTINE: dump_pristine(files),
            ATTRIBUTES: ATTRIBUTES_TEXT,
        }
        for path, data in own.items():
            if self._read(path, internal=True) != data:
                self.writes[path] = data

    def _refuse_obstacles(self, files: Mapping[str, str]) -> None:
        """Generated files that cannot be written because something of the user's is in the way."""
        in_the_way = (self.disk.files - set(self.removals)) | set(self.disk.others)
        for path in sorted(files):
            blockers = [
                (folder, "a directory") for folder in _ancestors(path) if folder in in_the_way
            ]
            if path in self.disk.others or (
                path not in self.disk.files and (self.out / path).is_dir()
            ):
                blockers.append((path, "a file"))
            for blocker, needed in blockers:
                what = self.disk.others.get(blocker) or (
                    "a directory" if blocker == path else "a file"
                )
                self.problems.append(
                    _problem(
                        f"{blocker} is {what}, where the generator writes {needed} ({path})",
                        "move it away, then run again",
                        where=str(self.out / blocker),
                    )
                )

    def _read(self, path: str, internal: bool = False) -> bytes | None:
        if not internal and path not in self.disk.files:
            return None
        try:
            return (self.out / path).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            self.problems.append(
                _problem(f"cannot read {path}: {exc.strerror}", where=str(self.out / path))
            )
            return None


def write_file(text: str, destination: Path) -> None:
    """Write one file atomically: a temporary file in the same folder, then a rename.

    The temporary name carries the writer's process id, so that the next write of
    ``destination`` deletes what a killed writer left, and never a live writer's file.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temporaries(destination)
    temporary = destination.with_name(
        f".{destination.name}{_TEMPORARY}{os.getpid()}-{secrets.token_hex(4)}"
    )
    try:
        with open(temporary, "x", encoding="utf-8", newline="\n") as stream:  # the user's umask
            stream.write(text)
        os.replace(temporary, destination)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _remove_stale_temporaries(destination: Path) -> None:
    for leftover in destination.parent.glob(f".{destination.name}{_TEMPORARY}*"):
        writer = leftover.name.rpartition(_TEMPORARY)[2].partition("-")[0]
        if writer.isdigit() and not _is_running(int(writer)):
            leftover.unlink(missing_ok=True)


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _refuse_non_directory(out: Path) -> None:
    if os.path.lexists(out) and not out.is_dir():
        what = "a file" if out.is_file() else "not a directory"
        raise GeneratorError(
            [
                _problem(
                    f"the output {out} is {what}; the generator writes a directory there",
                    "choose another --out (a new or empty directory, or an earlier output)",
                    where=str(out),
                )
            ]
        )


def _refuse_foreign(out: Path) -> None:
    """Refuse a directory that holds something and no sign of having been generated."""
    if (out / RECORD).exists() or (out / TRANSACTION).exists():
        return
    entries = sorted(
        name
        for name in os.listdir(out)
        if not (name == METADATA and (out / name).is_dir() and not os.listdir(out / name))
    )
    if entries:
        shown = ", ".join(entries[:5]) + (", ..." if len(entries) > 5 else "")
        raise GeneratorError(
            [
                _problem(
                    f"the output {out} is not empty ({shown}) and was not generated by specgen "
                    f"(there is no {RECORD}), so it is left as it is",
                    "choose a new or empty directory for --out; to regenerate an output made by "
                    "an earlier specgen, move it away or delete it first",
                    where=str(out),
                )
            ]
        )


@contextlib.contextmanager
def _disk_errors(out: Path) -> Iterator[None]:
    """Errors of the file system (permissions, a full disk, a lock) as diagnostics."""
    try:
        yield
    except journal.BusyError as exc:
        raise GeneratorError([_problem(str(exc), "wait for it to finish", where=str(out))]) from exc
    except RecordError as exc:
        raise GeneratorError(
            [_problem(str(exc), "restore .specgen/ from version control", where=str(out))]
        ) from exc
    except OSError as exc:
        where = exc.filename or out
        raise GeneratorError(
            [_problem(f"cannot write the output: {exc.strerror}", where=str(where))]
        ) from exc


def _ancestors(path: str) -> list[str]:
    parts = path.split("/")[:-1]
    return ["/".join(parts[: depth + 1]) for depth in range(len(parts))]


def _problem(message: str, hint: str = "", where: str = "") -> Diagnostic:
    """An error about a file of the output (not a spec: no line or pointer to look up)."""
    return Diagnostic("error", message, hint, where)
