"""Generation speed: our generator vs openapi-python-client on the same inputs.

Run by hand (never in CI), from the repository root:

    python bench/bench_generate.py [--runs 3] [--inputs seed,openai,synthetic-yaml,synthetic-json]

Ours is `python -m generator generate --spec X --out DIR` with the repository's
.venv; theirs is `openapi-python-client generate --path X --output-path DIR
--overwrite` from bench/.work/venv-peers (created here if missing), with that
venv's bin/ on PATH so its default ruff post-hooks run, as ours runs black.
Each timing is wall time of the whole command (interpreter start included);
runs are interleaved (input by input, tool order alternating) and the table
shows medians. Operations produced: ours = distinct (method, path) pairs the
generated code sends; theirs = generated endpoint modules (`def sync_detailed`).
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
    import yaml

    text = path.read_text(encoding="utf-8")
    document = (
        json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=yaml.CSafeLoader)
    )
    return sum(1 for item in document["paths"].values() for key in item if key in METHODS)


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


def command(tool: str, spec: Path, out: Path) -> list[str]:
    if tool == "ours":
        return [
            str(OURS_PYTHON),
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(out),
        ]
    return [
        str(PEERS / "bin" / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(out),
        "--overwrite",
    ]


def error_summary(output: str) -> str:
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if _ERROR_LINE.match(line)]
    text = (errors or lines or ["(no output)"])[-1]
    return text if len(text) <= 110 else text[:107] + "..."


def run_once(tool: str, spec: Path, out: Path) -> tuple[float, int, str]:
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "PATH": f"{PEERS / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
    started = time.perf_counter()
    done = subprocess.run(
        command(tool, spec, out),
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    elapsed = time.perf_counter() - started
    return elapsed, done.returncode, done.stdout + done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--inputs", default=",".join(INPUTS))
    args = parser.parse_args()
    ensure_peers()
    names = [name.strip() for name in args.inputs.split(",") if name.strip()]
    if any(name.startswith("synthetic") for name in names):
        ensure_synthetic()
    times: dict[tuple[str, str], list[float]] = {}
    results: dict[tuple[str, str], tuple[int, str]] = {}
    for run in range(args.runs):
        for index, name in enumerate(names):
            tools = ("ours", "theirs") if (run + index) % 2 == 0 else ("theirs", "ours")
            for tool in tools:
                out = WORK / "gen" / f"{tool}-{name}"
                elapsed, code, output = run_once(tool, INPUTS[name], out)
                times.setdefault((tool, name), []).append(elapsed)
                if code != 0:
                    results[(tool, name)] = (-1, error_summary(output))
                elif run == 0:
                    count = our_operations(out) if tool == "ours" else their_operations(out)
                    results[(tool, name)] = (count, "")
                print(
                    f"run {run + 1}/{args.runs} {name:15} {tool:6} {elapsed:7.2f}s rc={code}",
                    file=sys.stderr,
                )

    header = (
        "| input | operations in spec | ours s | theirs s | ours / theirs | ours ops | theirs ops |"
    )
    print(header)
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    notes = []
    for name in names:
        total = spec_operations(INPUTS[name])
        cells = []
        medians = {}
        for tool in ("ours", "theirs"):
            medians[tool] = statistics.median(times[(tool, name)])
        for tool in ("ours", "theirs"):
            count, error = results[(tool, name)]
            if count < 0:
                cells.append(f"FAILED ({tool} error {len(notes) + 1})")
                notes.append(f"{len(notes) + 1}. {tool} on {name}: {error}")
            else:
                lost = total - count
                cells.append(f"{count}" + (f" ({lost} lost)" if lost > 0 else ""))
        ratio = medians["ours"] / medians["theirs"]
        print(
            f"| {name} | {total} | {medians['ours']:.2f} | {medians['theirs']:.2f} | {ratio:.2f}x | "
            f"{cells[0]} | {cells[1]} |"
        )
    print(
        f"\nmedians of {args.runs} interleaved runs; target: ours / theirs <= 0.50x, no operation lost"
    )
    print(f"measured: {revision('generator')}")
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
