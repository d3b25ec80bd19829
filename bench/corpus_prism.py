"""Generate each corpus document's client, start Prism on the document, run the client's
generated tests (every operation, sync and async) and its README's examples; print a table.

    .venv/bin/python bench/corpus_prism.py ../shared/corpus/specs [--only NAME,...]
        [--repository] [--jobs N] [--timeout SECONDS] [--json FILE] [--failures FILE]

Per document: operations; operations whose every test passed; tests passed of run; the
requests Prism rejected, by what it objected to (auth, body, query, path, header: from the
violations in its log); why the other tests failed (from pytest's JUnit XML); whether the
README's code blocks ran; and Prism's own failures (a document it cannot load). Prism runs as a
user starts it (`prism mock DOC`): it checks requests, not its own mocked responses. One
exception: Prism resolves every "$ref" key, also those inside examples and vendor extensions
that are data, not references (GitHub's SCIM examples, Cohere's x-fern code samples), and
stops when it cannot follow one; it is then given a copy without those keys (the table says so).
``--repository`` adds this repository's client (spec/openapi.yaml with spec/config.yaml).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus import documents

from tests.prism import PrismFailed, running_prism

REPOSITORY = "(this repository)"
_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
# Prism's log: a request starts with "[HTTP SERVER] post /pets ... Request received".
_REQUEST = re.compile(r"\[HTTP SERVER\] (\w+) (\S+) .*Request received")
_VIOLATION = re.compile(r"\[VALIDATOR\] ✖\s+error\s+Violation: ((?:request|response)[\w.-]*) (.*)")
# Prism's refusals of what the client asked for (not a limit of Prism's).
_OUR_REQUEST = {"NOT_ACCEPTABLE": "accept", "INVALID_CONTENT_TYPE": "content type"}
_REFUSAL = re.compile(r"\[VALIDATOR\] ✖\s+error\s+(?!\s|Violation: )(.*)")
_RESPONDING = re.compile(r'> Responding with "(\d+)"')
_NO_ROUTE = re.compile(r"Request terminated with error: \S*#NO_PATH_MATCHED_ERROR")
# Prism's process dying on a request: Node prints the error and its stack, no "[...]" prefix.
_CRASH = re.compile(r"^(\w*Error: .*)$", re.MULTILINE)
_CRASH_AT = re.compile(r"^\s+at \S+ \(\S*/(prism-\w+/dist/\S+?):\d+:\d+\)$", re.MULTILINE)


@dataclass
class Exchange:
    """One request Prism answered."""

    method: str
    path: str
    rejected: set[str] = field(default_factory=set)  # auth, body, query, header, path, ...
    response_broken: bool = False  # Prism's answer (the spec's example) breaks the spec
    status: int = 0


@dataclass
class Row:
    spec: str
    operations: int | None = None
    operations_passed: int | None = None
    tests: int | None = None
    tests_passed: int | None = None
    requests: int = 0
    rejected: dict[str, int] = field(default_factory=dict)  # why -> requests
    failures: dict[str, int] = field(default_factory=dict)  # cause -> tests
    readme: str = "-"
    prism: str = ""  # Prism's own failure
    prism_copy: str = ""  # what Prism was given instead of the document, and why
    diagnostic: str = ""
    seconds: float = 0.0
    failed_tests: dict[str, str] = field(default_factory=dict)  # test id -> first line
    test_operations: dict[str, str] = field(default_factory=dict)  # test id -> operation
    # Tests that expect a declared error (the operation declares no success): test id -> route
    error_tests: dict[str, str] = field(default_factory=dict)


def _run(
    args: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None
) -> tuple[int, str]:
    try:
        done = subprocess.run(
            args, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False, env=env
        )
    except subprocess.TimeoutExpired:
        return -1, "timeout"
    return done.returncode, done.stdout + done.stderr


def check(
    name: str, spec: Path, config: Path | None, timeout: float, keep: Path | None = None
) -> Row:
    row = Row(name)
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix=f"prism-{name.strip('()').replace(' ', '-')}-"))
    try:
        out, report = work / "out", work / "report.json"
        command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec.resolve())]
        command += ["--out", str(out), "--report-json", str(report)]
        command += ["--config", str(config)] if config else []
        code, text = _run(command, ROOT, timeout)
        if code != 0:
            row.diagnostic = (
                f"generate: exit {code}: " + (text.strip().splitlines() or [""])[-1][:200]
            )
            return row
        summary = json.loads(report.read_text(encoding="utf-8"))
        row.operations = summary["operations"]
        row.error_tests = summary["error_tests"]
        try:
            served, row.prism_copy = prism_document(spec.resolve(), work)
            with running_prism(served, work / "prism.log", timeout=timeout) as prism:
                _run_tests(row, out, prism.url, summary["tests"], timeout)
                _run_readme(row, out, prism.url, summary, timeout)
        except PrismFailed as failed:
            row.prism = _prism_failure(str(failed))
        _explain(row, read_log(work / "prism.log"), prism_crash(work / "prism.log"))
        return row
    finally:
        row.seconds = round(time.perf_counter() - started, 1)
        if keep is not None:
            shutil.copytree(work, keep / name, dirs_exist_ok=True)
        shutil.rmtree(work, ignore_errors=True)


def _run_tests(row: Row, out: Path, url: str, tests: dict[str, str], timeout: float) -> None:
    junit = out.parent / "junit.xml"
    env = {**os.environ, "TEST_API_BASE_URL": url, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"]
    code, text = _run([*command, f"--junitxml={junit}"], out, timeout, env)
    if not junit.exists():
        row.diagnostic = f"pytest: exit {code}: " + (text.strip().splitlines() or [""])[-1][:200]
        return
    results: dict[str, str] = {}  # test id -> "" (passed) or the failure's first line
    for case in ElementTree.parse(junit).getroot().iter("testcase"):
        test_id = _test_id(case)
        problem = case.find("failure")
        problem = problem if problem is not None else case.find("error")
        results[test_id] = "" if problem is None else _failure_line(problem)
    row.tests = len(tests)
    row.tests_passed = sum(1 for t in tests if results.get(t) == "")
    missing = [t for t in tests if t not in results]
    failed = {
        t: results.get(t, "not run (collection failed)") for t in tests if results.get(t) != ""
    }
    row.failed_tests = failed
    row.test_operations = tests
    if missing and not row.diagnostic:
        row.diagnostic = (
            f"{len(missing)} test(s) not collected: " + text.strip().splitlines()[-1][:200]
        )


def _explain(row: Row, exchanges: list[Exchange], crash: str = "") -> None:
    """Requests Prism rejected, by what it objected to; each failed test's cause (a test that
    could not connect after Prism crashed failed for the crash)."""
    row.requests = len(exchanges)
    row.rejected = dict(Counter("+".join(sorted(e.rejected)) for e in exchanges if e.rejected))
    by_call: dict[tuple[str, str], list[Exchange]] = defaultdict(list)
    for exchange in exchanges:
        by_call[(exchange.method, exchange.path)].append(exchange)
    for test, route in row.error_tests.items():
        if test in row.test_operations and test not in row.failed_tests:
            rejected = sorted({why for e in _on_route(exchanges, route) for why in e.rejected})
            if rejected:  # the error it expected was Prism refusing the request
                row.failed_tests[test] = "rejected: " + "+".join(rejected)
                row.tests_passed = (row.tests_passed or 0) - 1
    if row.test_operations:
        failing = {row.test_operations[t] for t in row.failed_tests if t in row.test_operations}
        row.operations_passed = len(set(row.test_operations.values()) - failing)
    causes = {test: _cause(line, by_call) for test, line in row.failed_tests.items()}
    if crash:
        causes = {
            t: f"Prism: crashed ({crash})" if c.startswith("connection:") else c
            for t, c in causes.items()
        }
    row.failures = dict(Counter(causes.values()))
    row.failed_tests = {t: f"{causes[t]} | {line}" for t, line in row.failed_tests.items()}


def _on_route(exchanges: list[Exchange], route: str) -> list[Exchange]:
    """The requests to an operation, ``route`` being "GET /pets/{petId}"."""
    method, template = route.split(" ", 1)
    pattern = re.compile(
        "".join(
            "[^/]+" if part.startswith("{") else re.escape(part)
            for part in re.split(r"(\{[^}]*\})", template.split("#")[0])
        )
        + "$"
    )
    return [e for e in exchanges if e.method == method and pattern.match(urlsplit(e.path).path)]


def _test_id(case: ElementTree.Element) -> str:
    """`tests/test_pets.py::TestPets::test_list` from JUnit's classname and name."""
    parts = case.get("classname", "").split(".")
    module, cls = "/".join(parts[:-1]), parts[-1]
    return f"{module}.py::{cls}::{case.get('name')}"


def _failure_line(problem: ElementTree.Element) -> str:
    text = (problem.get("message") or problem.text or "").strip()
    return " ".join(text.splitlines()[:1])[:300] if text else problem.tag


def _cause(line: str, exchanges: dict[tuple[str, str], list[Exchange]]) -> str:
    """Why a test failed: what Prism rejected in its request (from Prism's log), what Prism
    could not do, or what went wrong in the client; prefixed by whose fault it most likely is."""
    if line.startswith("rejected: "):  # a test that passed on Prism's refusal (_explain)
        return line
    call = re.search(r"\b(\d{3}) [A-Z][\w ]*? for ([A-Z]+) (\S+?):? ", line)
    seen = exchanges.get((call.group(2), urlsplit(call.group(3)).path), []) if call else []
    prism_error = re.search(r"prism/errors#(\w+)", line)
    if call:
        rejected = sorted({why for exchange in seen for why in exchange.rejected})
        if rejected:
            return "rejected: " + "+".join(rejected)
        error = prism_error.group(1) if prism_error else ""
        if error in _OUR_REQUEST:
            return f"rejected: {_OUR_REQUEST[error]}"
        if error:
            return f"Prism: {error}"
        if seen and all(e.status == int(call.group(1)) for e in seen):
            return "spec: no success response (Prism answers a declared error)"
        return f"status {call.group(1)}"
    if "ApiResponseValidationError" in line:
        response = re.search(r"to ([A-Z]+) (\S+) is not", line)
        seen = (
            exchanges.get((response.group(1), urlsplit(response.group(2)).path), [])
            if response
            else []
        )
        if any(exchange.response_broken for exchange in seen):
            return "spec: its example response breaks its schema"
        return "ours: a valid response refused"
    if "Exceeded the maximum number of redirects" in line:
        # A 3xx answer: Prism mocks its Location header ("string"), which leads back to itself.
        return "Prism: a mocked redirect leads back to itself"
    if "ApiConnectionError" in line or "ApiTimeoutError" in line:
        return "connection: " + line.rpartition("(")[2].rstrip(")")[:60]
    if "ValidationError" in line or "AssertionError" in line or line.startswith("assert"):
        return "ours: result is not the declared type"
    exception = re.match(r"([\w.]+(?:Error|Exception))\b", line)
    return f"ours: client raised {exception.group(1).rsplit('.', 1)[-1]}" if exception else "other"


def _run_readme(row: Row, out: Path, url: str, summary: dict[str, object], timeout: float) -> None:
    blocks = _PYTHON_BLOCK.findall((out / "README.md").read_text(encoding="utf-8"))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    credential_env = summary["credential_env"]
    assert isinstance(credential_env, dict)
    for variable in credential_env.values():  # as a user sets them, and Prism accepts
        env[str(variable)] = "My API Key"
    env[str(summary["base_url_env"])] = url
    failed = 0
    for block in blocks:
        code, _ = _run([sys.executable, "-c", block], out, timeout, env)
        failed += code != 0
    row.readme = "-" if not blocks else "yes" if not failed else f"{failed}/{len(blocks)} failed"


def read_log(log: Path) -> list[Exchange]:
    """Every request Prism answered, as its log tells it (tests send one at a time)."""
    exchanges: list[Exchange] = []
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    for line in text.splitlines():
        if request := _REQUEST.search(line):
            exchanges.append(Exchange(request.group(1).upper(), request.group(2)))
        elif not exchanges:
            continue
        elif violation := _VIOLATION.search(line):
            where, message = violation.group(1), violation.group(2)
            if where.startswith("response"):
                exchanges[-1].response_broken = True
            elif where == "request" and "security" in message.lower():
                exchanges[-1].rejected.add("auth")
            else:
                exchanges[-1].rejected.add(where.removeprefix("request.").split(".")[0])
        elif _NO_ROUTE.search(line):
            exchanges[-1].rejected.add("no such path")
        elif refusal := _REFUSAL.search(line):  # when no error response is declared for it
            words = refusal.group(1).lower().split()
            where = words[1] if words[:1] == ["request"] and len(words) > 1 else "request"
            exchanges[-1].rejected.add("auth" if "security" in words else where)
        elif responding := _RESPONDING.search(line):
            exchanges[-1].status = int(responding.group(1))
    return exchanges


# A "$ref" that is no reference: a key of example data (GitHub's SCIM members) or of a vendor
# extension (Cohere's x-fern code samples naming files it does not publish).
_FOREIGN_REF = re.compile(r"""["']?\$ref["']?\s*:\s*["']?(?!#)""")
_NOT_SCHEMA = ("example", "examples", "value")


def prism_document(spec: Path, work: Path) -> tuple[Path, str]:
    """The document Prism serves: ``spec`` itself, or when a "$ref" key inside examples or
    extensions points outside the document (Prism resolves those too, and stops: a URL it
    cannot fetch offline, a file that is not there), a copy without those keys."""
    text = spec.read_text(encoding="utf-8")
    if not _FOREIGN_REF.search(text):
        return spec, ""
    import yaml

    document = json.loads(text) if spec.suffix == ".json" else yaml.load(text, yaml.CSafeLoader)
    dropped = _drop_foreign_refs(document, inside=False)
    if not dropped:
        return spec, ""
    copy = work / f"prism-{spec.stem}.json"
    copy.write_text(json.dumps(document, default=str), encoding="utf-8")
    return copy, f"{dropped} '$ref' key(s) in examples/extensions dropped"


def _drop_foreign_refs(node: object, inside: bool) -> int:
    dropped = 0
    if isinstance(node, dict):
        ref = node.get("$ref")
        if inside and isinstance(ref, str) and not ref.startswith("#"):
            del node["$ref"]
            dropped += 1
        for key, value in node.items():
            deeper = inside or (
                isinstance(key, str) and (key in _NOT_SCHEMA or key.startswith("x-"))
            )
            dropped += _drop_foreign_refs(value, deeper)
    elif isinstance(node, list):
        dropped += sum(_drop_foreign_refs(item, inside) for item in node)
    return dropped


def prism_crash(log: Path) -> str:
    """How Prism died while serving, if it did: the error and where in Prism it was raised."""
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    error = _CRASH.search(text)
    if error is None:
        return ""
    where = _CRASH_AT.search(text, error.end())
    return error.group(1)[:80] + (f" at {where.group(1)}" if where else "")


def _prism_failure(log: str) -> str:
    lines = [l for l in log.splitlines() if "error" in l.lower() or "fatal" in l.lower()]
    return re.sub(r"\s+", " ", (lines or log.splitlines() or ["?"])[0]).strip()[:200]


def table(rows: list[Row]) -> str:
    head = (
        "| spec | operations | operations passing | tests passed | requests | rejected by Prism |"
        " test failures | README | Prism failure |"
    )
    lines = [head, "|" + "---|" * 9]
    for r in rows:
        cells = [
            r.spec,
            r.operations,
            r.operations_passed,
            f"{r.tests_passed}/{r.tests}" if r.tests is not None else None,
            r.requests,
            _counts(r.rejected),
            _counts(r.failures),
            r.readme,
            r.prism
            or r.diagnostic
            or (f"Prism served a copy: {r.prism_copy}" if r.prism_copy else ""),
        ]
        lines.append(
            "| " + " | ".join("-" if c is None or c == "" else str(c) for c in cells) + " |"
        )
    loaded = [r for r in rows if r.operations_passed is not None]
    operations = sum(r.operations or 0 for r in loaded)
    passing = sum(r.operations_passed or 0 for r in loaded)
    rejected: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    for r in rows:
        rejected.update(r.rejected)
        failures.update(r.failures)
    share = f"{100 * passing / operations:.1f}%" if operations else "-"
    lines.append(
        f"| **total {len(rows)} ({len(loaded)} on Prism)** | {operations} | {passing} ({share}) | "
        f"{sum(r.tests_passed or 0 for r in rows)}/{sum(r.tests or 0 for r in loaded)} | "
        f"{sum(r.requests for r in rows)} | {_counts(dict(rejected))} | {_counts(dict(failures))} | "
        f"{sum(1 for r in rows if r.readme == 'yes')} yes | "
        f"{sum(1 for r in rows if r.prism)} |"
    )
    return "\n".join(lines)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])) or "0"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path, nargs="?")
    parser.add_argument("--only", default="", help="comma-separated document names")
    parser.add_argument("--repository", action="store_true", help="also this repository's client")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=900, help="per step, seconds")
    parser.add_argument("--json", type=Path, default=None, help="also write the rows as JSON")
    parser.add_argument("--failures", type=Path, default=None, help="write every failed test")
    parser.add_argument("--keep", type=Path, default=None, help="keep each client and Prism log")
    args = parser.parse_args()
    jobs: list[tuple[str, Path, Path | None]] = []
    if args.repository:
        jobs.append((REPOSITORY, ROOT / "spec" / "openapi.yaml", ROOT / "spec" / "config.yaml"))
    if args.corpus:
        found = documents(args.corpus)
        wanted = args.only.split(",") if args.only else list(found)
        unknown = [w for w in wanted if w not in found]
        if unknown:
            parser.error(f"unknown documents: {', '.join(unknown)}")
        jobs += [(name, found[name], None) for name in wanted]
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        rows = list(pool.map(lambda job: check(*job, args.timeout, args.keep), jobs))
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1), encoding="utf-8")
    if args.failures:
        lines = [f"{r.spec}\t{t}\t{why}" for r in rows for t, why in sorted(r.failed_tests.items())]
        args.failures.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
