"""Generation speed: our generator (black and ruff, cold and warm) vs openapi-python-client.

Run by hand (never in CI), from the repository root:

    python bench/bench_generate.py [--runs 3] [--inputs seed,openai,synthetic-yaml]

Theirs is `openapi-python-client generate --path X --output-path DIR --overwrite` from
bench/.work/venv-peers (created here if missing), with that venv's bin/ on PATH so its default
ruff post-hooks run. Ours is `python -m generator generate --spec X --out DIR --config C` with
the repository's .venv, where C says `formatter: black` or `formatter: ruff`:
- cold: an empty format cache (SPECGEN_CACHE_DIR) and no output directory;
- warm: right after a cold run, the same document with one operation changed (an optional query
  parameter added to its first operation), regenerated into the same output with the cache the
  cold run filled: what a developer waits for after an upstream change.
The seed main job is `python -m generator` (merge + generate) in a copy of spec/ with an empty
cache. Each timing is wall time of the whole command (interpreter start included); runs are
interleaved (input by input, tool order alternating) and the table shows medians. Operations
produced: ours = distinct (method, path) pairs the generated code sends; theirs = generated
endpoint modules (`def sync_detailed`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _measure import revision

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "bench" / ".work"
PEERS = WORK / "venv-peers"
OURS_PYTHON = ROOT / ".venv" / "bin" / "python"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
INPUTS = {
    "seed": ROOT / "spec" / "openapi.yaml",
    "openai": Path("/work/shared/corpus/specs/openai.yaml"),
    "synthetic-yaml": WORK / "synthetic.yaml",
    "synthetic-json": WORK / "synthetic.json",
}
DEFAULT_INPUTS = "seed,openai,synthetic-yaml"
# Ours, as (formatter, cold or warm); theirs has no cache: one timing per input.
VARIANTS = (("black", "cold"), ("black", "warm"), ("ruff", "cold"), ("ruff", "warm"))
TARGETS = {  # ours / theirs on OpenAI (from issue 8)
    ("black", "cold"): 1.0,
    ("black", "warm"): 0.2,
    ("ruff", "cold"): 0.3,
}
SEED_MAIN_JOB_TARGET = 1.5  # seconds, cold
_OUR_CALL = re.compile(
    r"self\._client\.\w+\(\s*\"(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|TRACE)\",\s*\"([^\"]*)\"",
    re.DOTALL,
)
_ERROR_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception)\b.*")


def ensure_peers() -> None:
    if (PEERS / "bin" / "openapi-python-client").exists():
        return
    subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
    subprocess.run(
        [
            str(PEERS / "bin" / "pip"),
            "install",
            "-q",
            "openapi-python-client",
            "cohere",
            "httpx2",
            "pydantic",
            "uvicorn",
            "pyinstrument",
            "pyyaml",
        ],
        check=True,
    )


def ensure_synthetic() -> None:
    if not (WORK / "synthetic.yaml").exists() or not (WORK / "synthetic.json").exists():
        subprocess.run([str(OURS_PYTHON), str(ROOT / "bench" / "synthetic_spec.py")], check=True)


def spec_operations(path: Path) -> int:
    document = load(path)
    return sum(1 for item in document["paths"].values() for key in item if key in METHODS)


def error_summary(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if _ERROR_LINE.match(line)]
    text = (errors or lines or ["(no output)"])[-1]
    return text if len(text) <= 110 else text[:107] + "..."


def our_operations(out: Path) -> int:
    pairs = set()
    for file in out.rglob("*.py"):
        pairs.update(_OUR_CALL.findall(file.read_text(encoding="utf-8")))
    return len(pairs)


def their_operations(out: Path) -> int:
    return sum(
        1
        for file in out.rglob("api/**/*.py")
        if "def sync_detailed(" in file.read_text(encoding="utf-8")
    )


def load(path: Path) -> dict[str, Any]:
    import yaml

    text = path.read_text(encoding="utf-8")
    loaded = (
        json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=yaml.CSafeLoader)
    )
    assert isinstance(loaded, dict)
    return loaded


def changed_copy(name: str, spec: Path) -> Path:
    """The document with one operation changed: an optional query parameter on the first one."""
    import yaml

    target = WORK / f"changed-{name}{spec.suffix}"
    document = load(spec)
    first = next(
        operation
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    )
    first.setdefault("parameters", []).append(
        {"name": "bench_flag", "in": "query", "required": False, "schema": {"type": "boolean"}}
    )
    if spec.suffix == ".json":
        target.write_text(json.dumps(document), encoding="utf-8")
    else:
        target.write_text(
            yaml.dump(document, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True),
            encoding="utf-8",
        )
    return target


def ours(spec: Path, out: Path, formatter: str) -> list[str]:
    config = WORK / f"config-{formatter}.yaml"
    config.write_text(f"formatter: {formatter}\n", encoding="utf-8")
    return [str(OURS_PYTHON), "-m", "generator", "generate", "--spec", str(spec)] + [
        "--out",
        str(out),
        "--config",
        str(config),
    ]


def theirs(spec: Path, out: Path) -> list[str]:
    return [
        str(PEERS / "bin" / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(out),
        "--overwrite",
    ]


def timed(command: list[str], cache: Path, cwd: Path = ROOT) -> tuple[float, int, str]:
    env = {
        **os.environ,
        "PATH": f"{PEERS / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "SPECGEN_CACHE_DIR": str(cache),
    }
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=3600, check=False
    )
    return time.perf_counter() - started, done.returncode, done.stdout + done.stderr


def fresh(*paths: Path) -> None:
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)


def run_ours(name: str, formatter: str, changed: Path) -> dict[str, tuple[float, int, str]]:
    """A cold run, then the warm regeneration of the changed document into the same output."""
    out, cache = WORK / "gen" / f"ours-{formatter}-{name}", WORK / "cache" / formatter
    fresh(out, cache)
    cold = timed(ours(INPUTS[name], out, formatter), cache)
    warm = timed(ours(changed, out, formatter), cache)
    return {"cold": cold, "warm": warm}


def seed_main_job() -> tuple[float, int, str]:
    project, cache = WORK / "seed-project", WORK / "cache" / "main-job"
    fresh(project, cache)
    shutil.copytree(ROOT / "spec", project / "spec")
    shutil.copytree(ROOT / "generated", project / "generated")
    return timed([str(OURS_PYTHON), "-m", "generator"], cache, cwd=project)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--inputs", default=DEFAULT_INPUTS)
    args = parser.parse_args()
    ensure_peers()
    names = [name.strip() for name in args.inputs.split(",") if name.strip()]
    if any(name.startswith("synthetic") for name in names):
        ensure_synthetic()
    changed = {name: changed_copy(name, INPUTS[name]) for name in names}
    times: dict[tuple[str, str], list[float]] = {}
    failures: dict[tuple[str, str], str] = {}
    counts: dict[tuple[str, str], int] = {}
    main_job: list[float] = []
    for run in range(args.runs):
        elapsed, code, output = seed_main_job()
        main_job.append(elapsed)
        if code != 0:
            failures[("main job", "seed")] = error_summary(output)
        for index, name in enumerate(names):
            order = ("ours", "theirs") if (run + index) % 2 == 0 else ("theirs", "ours")
            for tool in order:
                if tool == "theirs":
                    out = WORK / "gen" / f"theirs-{name}"
                    fresh(out)
                    results = {
                        "theirs": timed(theirs(INPUTS[name], out), WORK / "cache" / "unused")
                    }
                    counts.setdefault(("theirs", name), their_operations(out))
                else:
                    results = {}
                    for formatter in ("black", "ruff"):
                        for phase, result in run_ours(name, formatter, changed[name]).items():
                            results[f"{formatter} {phase}"] = result
                    counts.setdefault(
                        ("ours", name), our_operations(WORK / "gen" / f"ours-black-{name}")
                    )
                for label, (elapsed, code, output) in results.items():
                    times.setdefault((label, name), []).append(elapsed)
                    if code != 0:
                        failures[(label, name)] = error_summary(output)
                    print(
                        f"run {run + 1}/{args.runs} {name:15} {label:11} {elapsed:7.2f}s rc={code}",
                        file=sys.stderr,
                    )
    print_table(names, times, counts, failures, main_job, args.runs)


def print_table(
    names: list[str],
    times: dict[tuple[str, str], list[float]],
    counts: dict[tuple[str, str], int],
    failures: dict[tuple[str, str], str],
    main_job: list[float],
    runs: int,
) -> None:
    labels = [f"{formatter} {phase}" for formatter, phase in VARIANTS]
    print(
        "| input | operations | theirs s | "
        + " | ".join(f"ours {label} s (/ theirs)" for label in labels)
        + " | ours ops | theirs ops |"
    )
    print("| --- | ---: | ---: | " + " | ".join("---:" for _ in labels) + " | ---: | ---: |")
    for name in names:
        base = statistics.median(times[("theirs", name)])
        cells = []
        for label in labels:
            median = statistics.median(times[(label, name)])
            cells.append(f"{median:.2f} ({median / base:.2f}x)")
        total = spec_operations(INPUTS[name])
        print(
            f"| {name} | {total} | {base:.2f} | "
            + " | ".join(cells)
            + f" | {counts.get(('ours', name), '?')} | {counts.get(('theirs', name), '?')} |"
        )
    print(f"\nmedians of {runs} interleaved runs; {revision('generator')}")
    if "openai" in names:
        base = statistics.median(times[("theirs", "openai")])
        for (formatter, phase), limit in TARGETS.items():
            ratio = statistics.median(times[(f"{formatter} {phase}", "openai")]) / base
            verdict = "met" if ratio <= limit else "MISSED"
            print(
                f"target on openai: {formatter} {phase} <= {limit}x theirs: {ratio:.2f}x {verdict}"
            )
    seconds = statistics.median(main_job)
    verdict = "met" if seconds < SEED_MAIN_JOB_TARGET else "MISSED"
    print(f"seed main job (python -m generator, cold): {seconds:.2f} s (target < 1.5 s) {verdict}")
    for (label, name), message in failures.items():
        print(f"FAILED: {label} on {name}: {message}")


if __name__ == "__main__":
    main()
