"""The change report's cost on top of loading the two documents.

    .venv/bin/python bench/bench_diff.py [--runs 5] [OLD NEW]

Without arguments: the corpus OpenAI description against a copy with one operation changed (a
required query parameter added to its first operation). Each phase is timed on its own: loading
both documents (read_document), then what the report adds: the IR of each (build_ir without
what only rendering needs) and the comparison (diff_apis). Prints the medians of ``--runs`` runs, in CPU
seconds (process time), which the other processes of a shared machine do not inflate.
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._measure import revision
from generator.config import Config
from generator.ir import build_ir
from generator.read import read_document
from generator.regen.diff import Report, diff_apis

OPENAI = Path("/work/shared/corpus/specs/openai.yaml")


def _one_operation_changed(document: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    path_item = next(iter(changed["paths"].values()))
    operation = next(v for k, v in path_item.items() if k in ("get", "post", "put", "delete"))
    operation.setdefault("parameters", []).append(
        {"name": "bench_only", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    return changed


def _timed(fn: Any, *args: Any, **kwargs: Any) -> tuple[float, Any]:
    """CPU seconds of the call (the machine is shared: wall time would measure the others)."""
    started = time.process_time()
    result = fn(*args, **kwargs)
    return time.process_time() - started, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("old", nargs="?", type=Path)
    parser.add_argument("new", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    phases: dict[str, list[float]] = {"load both": [], "IR both": [], "compare": []}
    report: Report | None = None
    for _ in range(args.runs):
        if args.old and args.new:
            load_old, (old_doc, _) = _timed(read_document, args.old)
            load_new, (new_doc, _) = _timed(read_document, args.new)
            phases["load both"].append(load_old + load_new)
        else:
            load, (old_doc, _) = _timed(read_document, OPENAI)
            phases["load both"].append(2 * load)  # the same file twice
            new_doc = _one_operation_changed(old_doc)
        ir_old, old = _timed(build_ir, old_doc, Config(), rendering=False)
        ir_new, new = _timed(build_ir, new_doc, Config(), rendering=False)
        phases["IR both"].append(ir_old + ir_new)
        compare, report = _timed(diff_apis, old, new)
        phases["compare"].append(compare)
    medians = {phase: statistics.median(times) for phase, times in phases.items()}
    label = f"{args.old} -> {args.new}" if args.old else "openai.yaml, one operation changed"
    print(f"{label}; CPU seconds, medians of {args.runs} runs; {revision('generator')}")
    for phase, seconds in medians.items():
        print(f"  {phase:<10} {seconds:6.3f} s")
    print(f"  report on top of loading: {medians['IR both'] + medians['compare']:.3f} s")
    assert report is not None
    print(report.as_text(), end="")


if __name__ == "__main__":
    main()
