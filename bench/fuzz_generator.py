"""The generator fuzzer at scale: N random valid OpenAPI documents (tests/openapi_documents.py),
each generated in process; the packages are checked in batches (one import process, one
``mypy --strict`` and one ``ruff check`` per batch). Prints counts: generated, refused with a
clean diagnostic (by kind), failures by class, and the time taken.

Run by hand: ``.venv/bin/python bench/fuzz_generator.py [--examples 10000] [--batch 250]
[--seed 0] [--keep DIR] [--minutes M]``. The CI test (tests/test_fuzz_generator.py) runs 200,
the same ones each time.
"""

from __future__ import annotations

import argparse
import logging
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from _measure import ROOT, revision

sys.path.insert(0, str(ROOT))  # the strategies and the batch checks live beside the tests

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.render.format import FormatterName
from tests.fuzz_batch import Batch, check, generate
from tests.openapi_documents import documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=250)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, default=None, help="keep failing specs here")
    parser.add_argument(
        "--minutes",
        type=float,
        default=None,
        help="stop after the batch that passes this time budget (the report gives the count)",
    )
    parser.add_argument("--formatter", choices=["black", "ruff"], default="ruff")
    parser.add_argument(
        "--mypy-every", type=int, default=10, help="mypy --strict on every Nth package"
    )
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # the generator's warnings, thousands of them
    started = time.perf_counter()
    totals = {"documents": 0, "generated": 0, "typed": 0}
    refused: Counter[str] = Counter()
    failures: dict[str, list[str]] = {}
    check_seconds = 0.0
    rng = random.Random(args.seed)
    done = 0
    while done < args.examples and not (
        args.minutes and time.perf_counter() - started > args.minutes * 60
    ):
        size = min(args.batch, args.examples - done)
        with tempfile.TemporaryDirectory(prefix="fuzz-generator-") as tmp:
            batch = Batch(Path(tmp))
            documents_of_batch(batch, size, rng.randrange(2**32), args.formatter)
            checked = time.perf_counter()
            totals["typed"] += check(batch, args.mypy_every)
            check_seconds += time.perf_counter() - checked
            totals["documents"] += size
            totals["generated"] += len(batch.packages)
            refused.update(batch.refused)
            for kind, specs in batch.failures.items():
                failures.setdefault(kind, []).extend(specs)
                if args.keep:
                    keep(batch.root, specs, args.keep)
        done += size
        elapsed = time.perf_counter() - started
        print(
            f"{done}/{args.examples} documents, {sum(map(len, failures.values()))} failures, "
            f"{elapsed:.0f}s",
            flush=True,
        )
    report(totals, refused, failures, time.perf_counter() - started, check_seconds, args)


def documents_of_batch(batch: Batch, size: int, seed: int, formatter: FormatterName) -> None:
    counter = iter(range(size))

    @settings(
        max_examples=size,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate],  # no shrinking: count, do not stop
    )
    @given(documents(), st.booleans())
    def one(document: dict[str, object], as_yaml: bool) -> None:
        generate(batch, next(counter, size), document, as_yaml, formatter)

    one._hypothesis_internal_use_seed = seed  # type: ignore[attr-defined]
    one()


def keep(root: Path, specs: list[str], target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for entry in specs:
        name = entry.split()[0].split(".")[0]  # "spec12.json" (a crash) or "spec12 p12/..."
        for source in root.glob(f"{name}.*"):
            shutil.copy(source, target / f"{root.name}-{source.name}")


def report(
    totals: dict[str, int],
    refused: Counter[str],
    failures: dict[str, list[str]],
    seconds: float,
    check_seconds: float,
    args: argparse.Namespace,
) -> None:
    documents, generated = totals["documents"], totals["generated"]
    print(
        f"\n## Generator fuzzing: {documents} documents (seed {args.seed}, batches of "
        f"{args.batch}, formatter {args.formatter})\n"
    )
    print("| outcome | documents |")
    print("| --- | ---: |")
    print(
        f"| generated: imported and ruff-checked (mypy --strict: {totals['typed']}) | {generated} |"
    )
    print(f"| refused with a clean diagnostic | {sum(refused.values())} |")
    print(f"| failures | {sum(len(s) for s in failures.values())} |")
    for kind, count in refused.most_common(10):
        print(f"\nrefused: {count} x {kind}")
    for kind, specs in sorted(failures.items()):
        print(f"\nFAILURE {kind}: {len(specs)}")
        for spec in specs[:3]:
            print(f"    {spec}")
    print(
        f"\ntime: {seconds:.0f}s in all ({seconds / max(documents, 1) * 1000:.0f} ms a document; "
        f"batch checks {check_seconds:.0f}s); measured: {revision('generator', 'tests')}"
    )


if __name__ == "__main__":
    main()
