"""Client runtime: our generated client vs bare httpx2 (the floor) vs the official SDK.

Run by hand (never in CI), from the repository root:

    python bench/bench_client.py [--rounds 21] [--batch 200] [--import-runs 30] [--profile]

Re-executes itself with bench/.work/venv-peers/bin/python (which has cohere,
httpx2, pydantic, uvicorn; see bench_generate.py for how it is made); our client
is imported from generated/ (PYTHONPATH=generated). A local uvicorn server
(bench/_servers.py) runs in its own process.

- per call: batches of `--batch` calls, the three clients interleaved (order
  rotating) for `--rounds` rounds; the table shows the median per-call time.
  The official SDK's tokenize is called with offline=False so that it sends the
  request (by default it downloads a tokenizer instead).
- import: `python -c "<import>"` in fresh processes, interleaved; time of the
  import statement itself (perf_counter around it) and of the whole process.
- memory: RSS growth (VmRSS) across the import in a fresh process, and
  tracemalloc's peak during the import in another one; medians of 5.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from _measure import GENERATED, PEERS_PYTHON, profile, reexec_in_peers_venv, revision

ROOT = Path(__file__).resolve().parent.parent


IMPORTS = {
    "httpx2 + pydantic": "import httpx2, pydantic",
    "ours": "from cohere_client import Client",
    "official SDK": "from cohere import ClientV2",
}

_TIMED_IMPORT = "import time; _t = time.perf_counter(); {stmt}; print(time.perf_counter() - _t)"
_RSS_IMPORT = """
def rss():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmRSS:'):
                return int(line.split()[1]) * 1024
before = rss(); {stmt}; print(rss() - before)
"""
_TRACEMALLOC_IMPORT = (
    "import tracemalloc; tracemalloc.start(); {stmt}; print(tracemalloc.get_traced_memory()[1])"
)


def _subprocess_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(GENERATED)}


def _run_python(code: str) -> tuple[float, float]:
    started = time.perf_counter()
    out = subprocess.run(
        [str(PEERS_PYTHON), "-c", code],
        env=_subprocess_env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(out.strip().splitlines()[-1]), time.perf_counter() - started


def measure_imports(runs: int) -> dict[str, tuple[float, float]]:
    for stmt in IMPORTS.values():  # warm the bytecode caches
        _run_python(_TIMED_IMPORT.format(stmt=stmt))
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in IMPORTS}
    names = list(IMPORTS)
    for run in range(runs):
        for name in names[run % 3 :] + names[: run % 3]:
            samples[name].append(_run_python(_TIMED_IMPORT.format(stmt=IMPORTS[name])))
    return {
        name: (statistics.median(s[0] for s in values), statistics.median(s[1] for s in values))
        for name, values in samples.items()
    }


def measure_memory(runs: int = 5) -> dict[str, tuple[float, float]]:
    result = {}
    for name, stmt in IMPORTS.items():
        rss = statistics.median(_run_python(_RSS_IMPORT.format(stmt=stmt))[0] for _ in range(runs))
        peak = statistics.median(
            _run_python(_TRACEMALLOC_IMPORT.format(stmt=stmt))[0] for _ in range(runs)
        )
        result[name] = (rss, peak)
    return result


def make_calls(base_url: str) -> dict[str, dict[str, object]]:
    import cohere
    import cohere_client
    import httpx2

    http = httpx2.Client()
    auth = {"Authorization": "Bearer bench-key"}
    tokenize_url, models_url = f"{base_url}/v1/tokenize", f"{base_url}/v1/models"

    def bare_tokenize() -> object:
        return json.loads(
            http.post(
                tokenize_url, json={"text": "hello world", "model": "command"}, headers=auth
            ).content
        )

    def bare_models() -> object:
        return json.loads(http.get(models_url, headers=auth).content)

    ours = cohere_client.Client(api_key="bench-key", base_url=base_url)
    sdk = cohere.Client(
        api_key="bench-key", base_url=base_url, log_warning_experimental_features=False
    )

    calls = {
        "tokenize": {
            "bare httpx2": bare_tokenize,
            "ours": lambda: ours.tokenize(text="hello world", model="command"),
            "official SDK": lambda: sdk.tokenize(
                text="hello world", model="command", offline=False
            ),
        },
        "models.list": {
            "bare httpx2": bare_models,
            "ours": lambda: ours.models.list(),
            "official SDK": lambda: sdk.models.list(),
        },
    }
    # Check that every call works and sees the server's data before timing anything.
    assert bare_tokenize()["tokens"] == [1, 2, 3]
    for name in ("ours", "official SDK"):
        tokens = calls["tokenize"][name]()
        assert list(tokens.tokens) == [1, 2, 3], (name, tokens)
        page = calls["models.list"][name]()
        assert len(page.models) == 20 and page.next_page_token == "page-2", (name, page)
    return calls


def measure_calls(
    calls: dict[str, dict[str, object]], rounds: int, batch: int
) -> dict[str, dict[str, float]]:
    samples: dict[str, dict[str, list[float]]] = {
        op: {name: [] for name in fns} for op, fns in calls.items()
    }
    for op, fns in calls.items():  # warm-up
        for fn in fns.values():
            for _ in range(50):
                fn()
    for run in range(rounds):
        for op, fns in calls.items():
            names = list(fns)
            for name in names[run % 3 :] + names[: run % 3]:
                fn = fns[name]
                started = time.perf_counter()
                for _ in range(batch):
                    fn()
                samples[op][name].append((time.perf_counter() - started) / batch)
    return {
        op: {name: statistics.median(values) for name, values in by_name.items()}
        for op, by_name in samples.items()
    }


def profile_calls(calls: dict[str, dict[str, Callable[[], object]]], count: int = 3000) -> None:
    for op in calls:
        profile(f"ours {op}", calls[op]["ours"], count)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--import-runs", type=int, default=30)
    parser.add_argument("--profile", action="store_true", help="also cProfile our calls")
    args = parser.parse_args()
    reexec_in_peers_venv()
    from _servers import running_server

    imports = measure_imports(args.import_runs)
    memory = measure_memory()
    with running_server() as base_url:
        calls = make_calls(base_url)
        per_call = measure_calls(calls, args.rounds, args.batch)
        if args.profile:
            profile_calls(calls)

    floor = imports["httpx2 + pydantic"][0]
    print(
        "| measure | bare httpx2 (+ pydantic) | ours | official SDK | ours / floor | SDK / floor | target |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    targets = {"tokenize": 1.15, "models.list": 1.3}
    for op, by_name in per_call.items():
        bare, ours, sdk = by_name["bare httpx2"], by_name["ours"], by_name["official SDK"]
        mark = "ok" if ours / bare <= targets[op] else "MISSED"
        print(
            f"| {op} per call | {bare * 1e6:.0f} us | {ours * 1e6:.0f} us | {sdk * 1e6:.0f} us | "
            f"{ours / bare:.2f}x | {sdk / bare:.2f}x | <= {targets[op]}x {mark} |"
        )
    ours_import, sdk_import = imports["ours"][0], imports["official SDK"][0]
    mark = "ok" if ours_import / floor <= 1.3 else "MISSED"
    print(
        f"| import (statement) | {floor * 1e3:.0f} ms | {ours_import * 1e3:.0f} ms | {sdk_import * 1e3:.0f} ms | "
        f"{ours_import / floor:.2f}x | {sdk_import / floor:.2f}x | <= 1.3x {mark} |"
    )
    walls = [imports[name][1] for name in IMPORTS]
    print(
        f"| import (whole process) | {walls[0] * 1e3:.0f} ms | {walls[1] * 1e3:.0f} ms | {walls[2] * 1e3:.0f} ms | "
        f"{walls[1] / walls[0]:.2f}x | {walls[2] / walls[0]:.2f}x | |"
    )
    mem = [memory[name] for name in IMPORTS]
    for index, label in ((0, "RSS growth"), (1, "tracemalloc peak")):
        values = [m[index] for m in mem]
        ratio_to_sdk = values[1] / values[2]
        mark = "ok" if ratio_to_sdk <= 0.5 else "MISSED"
        print(
            f"| memory after import ({label}) | {values[0] / 2**20:.1f} MiB | {values[1] / 2**20:.1f} MiB | "
            f"{values[2] / 2**20:.1f} MiB | {values[1] / values[0]:.2f}x | {values[2] / values[0]:.2f}x | "
            f"ours / SDK = {ratio_to_sdk:.2f}x (<= 0.5x {mark}) |"
        )
    print(
        f"\nper call: medians of {args.rounds} interleaved rounds of {args.batch} calls; "
        f"import: medians of {args.import_runs} fresh processes; memory: medians of 5"
    )
    print(f"measured: {revision('generated', 'generator/templates')}")


if __name__ == "__main__":
    main()
