"""What the generation record (<out>/.specgen/) costs, and what carrying hand edits costs.

Run by hand (never in CI), from the repository root:

    python bench/bench_record.py [--spec /work/shared/corpus/specs/openai.yaml] [--edits 20]

On the files the generator makes for the spec (rendered once, in-process):
- sizes: the output, record.json, pristine.json;
- history: how much a git repository grows (packed, after gc) when a regeneration that changes
  one line of one file is committed, with pristine.json as written, and with the same texts as
  a bzip2 archive instead (the alternative it was chosen over);
- wall time (median of 3) of write_output into an empty directory, of a run that changes
  nothing, and of a run where ``--edits`` files carry a hand edit and their generated text
  changed too (one three-way merge each).
"""

from __future__ import annotations

import argparse
import bz2
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping
from itertools import pairwise
from pathlib import Path

from _measure import revision

from generator.config import Config
from generator.pipeline import generate_files
from generator.read import read_document
from generator.regen.output import write_output
from generator.regen.record import PRISTINE, RECORD, dump_pristine


def timed(action: Callable[[], object], prepare: Callable[[], object] = lambda: None) -> float:
    """Median wall time of ``action()`` over 3 calls, each after an untimed ``prepare()``."""
    samples = []
    for _ in range(3):
        prepare()
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def packed_growth(repo: Path, versions: list[Mapping[str, bytes]]) -> list[int]:
    """Bytes the packed repository grows by with each commit of ``versions`` (path -> bytes)."""
    git = ["git", "-c", "user.name=b", "-c", "user.email=b@b", "-C", str(repo)]
    repo.mkdir()
    subprocess.run([*git, "init", "-q"], check=True)
    sizes = []
    for number, version in enumerate(versions):
        for path, data in version.items():
            (repo / path).parent.mkdir(parents=True, exist_ok=True)
            (repo / path).write_bytes(data)
        subprocess.run([*git, "add", "-A"], check=True)
        subprocess.run([*git, "commit", "-qm", str(number)], check=True)
        subprocess.run([*git, "gc", "-q", "--aggressive"], check=True)
        sizes.append(sum(p.stat().st_size for p in (repo / ".git" / "objects" / "pack").iterdir()))
    return [sizes[0]] + [after - before for before, after in pairwise(sizes)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--spec", type=Path, default=Path("/work/shared/corpus/specs/openai.yaml"))
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args()
    document, _ = read_document(args.spec)
    _, files = generate_files(document, Config())
    modules = sorted(p for p in files if p.endswith(".py") and "/_runtime/" not in p)
    edited = modules[: args.edits]
    one_line = {**files, modules[0]: files[modules[0]] + "# one more line\n"}
    changed = {p: t + "# regenerated\n" if p in edited else t for p, t in files.items()}
    print(f"{args.spec.name}, {revision('generator')}")

    with tempfile.TemporaryDirectory() as work:
        counter = iter(range(1000))
        first = timed(lambda: write_output(files, Path(work, f"fresh{next(counter)}")))
        out = Path(work, "fresh0")
        size = sum(len(t.encode()) for t in files.values())
        record, pristine = (out / RECORD).stat().st_size, (out / PRISTINE).stat().st_size
        print(f"output: {len(files)} files, {size / 1e6:.2f} MB")
        print(f"record.json: {record / 1e3:.0f} kB, pristine.json: {pristine / 1e6:.2f} MB")

        plain = packed_growth(
            Path(work, "git-plain"),
            [{"pristine.json": dump_pristine(files)}, {"pristine.json": dump_pristine(one_line)}],
        )
        packed = packed_growth(
            Path(work, "git-bz2"),
            [{"p.bz2": bz2.compress(dump_pristine(v), 9)} for v in (files, one_line)],
        )
        print(
            f"git, packed: pristine.json {plain[0] / 1e3:.0f} kB, then +{plain[1] / 1e3:.1f} kB "
            f"per one-line regeneration; as bzip2 {packed[0] / 1e3:.0f} kB, then "
            f"+{packed[1] / 1e3:.1f} kB"
        )
        print(f"write_output, empty directory: {first:.2f} s")
        print(f"write_output, nothing changed: {timed(lambda: write_output(files, out)):.2f} s")

        def edit_by_hand() -> None:
            write_output(files, out, keep_custom_edits=False)
            for path in edited:  # a hand edit near the top of each file
                target = out / path
                target.write_text("# edited by hand\n" + target.read_text())

        def regenerate() -> None:
            report = write_output(changed, out)
            assert len(report.carried) == len(edited) and not report.conflicts

        merged = timed(regenerate, prepare=edit_by_hand)
        print(f"write_output, {len(edited)} hand-edited files merged: {merged:.2f} s")


if __name__ == "__main__":
    main()
