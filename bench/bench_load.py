"""Reading documents: ``load_document`` (safe YAML/JSON loading) on the seed and large specs.

The loader refuses alias bombs, duplicate keys, unreadable numbers and deep nesting; this
measures what those checks cost on ordinary documents, against the bare parse they add to
(``yaml.load`` with libyaml's CSafeLoader, or ``json.loads``), runs interleaved.
Run by hand: ``.venv/bin/python bench/bench_load.py [RUNS]``.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import yaml
from _measure import ROOT, revision

from generator.read.loader import load_document

CORPUS = ROOT.parent / "shared" / "corpus" / "specs"
INPUTS = {
    "seed (spec/openapi.yaml)": ROOT / "spec" / "openapi.yaml",
    "openai.yaml": CORPUS / "openai.yaml",
    "asana.yaml": CORPUS / "asana.yaml",
    "github.json": CORPUS / "github.json",
    "kubernetes.json": CORPUS / "kubernetes.json",
}


def bare_parse(path: Path) -> object:
    text = path.read_bytes().decode("utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=yaml.CSafeLoader)


def medians(path: Path, runs: int) -> tuple[float, float]:
    """Median seconds of (bare parse, load_document), interleaved."""
    bare, ours = [], []
    for _ in range(runs):
        for times, load in ((bare, bare_parse), (ours, load_document)):
            started = time.perf_counter()
            load(path)
            times.append(time.perf_counter() - started)
    return statistics.median(bare), statistics.median(ours)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(f"| input | size KiB | bare parse s | load_document s | ratio |  (medians of {runs})")
    print("| --- | ---: | ---: | ---: | ---: |")
    for label, path in INPUTS.items():
        if path.exists():
            bare, ours = medians(path, runs)
            kib = path.stat().st_size // 1024
            print(f"| {label} | {kib} | {bare:.3f} | {ours:.3f} | {ours / bare:.2f}x |")
    print(f"\nmeasured: {revision('generator')}")


if __name__ == "__main__":
    main()
