"""A representative slice of the real-world corpus (../shared/corpus): generate, import, lint.

Every operation of the document must be present in the generated package and ruff must find
nothing. The full corpus runs with ``bench/corpus.py``.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.ir import names as naming
from generator.ir.surface import name_operations
from generator.read import read_document
from tests.helpers import ROOT, run_generator

CORPUS = ROOT.parent / "shared" / "corpus" / "specs"
SPECS = [
    "oai-petstore-3.0.yaml",
    "readme-schema-circular-3.0.yaml",
    "readme-parameters-style-3.1.yaml",
    "swagger-petstore-3.1.yaml",
    "apisguru-hsbc-opendata.yaml",  # Swagger 2.0, converted
    "apisguru-pdfbroker.yaml",
    "redocly-museum.yaml",
]
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not available")


def _generate(spec: Path, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """Generate a client for ``spec``; returns its folder and the ``--report-json`` summary."""
    out, report = tmp_path / "out", tmp_path / "report.json"
    done = run_generator(
        "generate", "--spec", str(spec), "--out", str(out), "--report-json", str(report)
    )
    assert done.returncode == 0, done.stderr
    summary: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    return out, summary


def _spec_operations(path: Path) -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from corpus import spec_operations  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    count = spec_operations(path)
    assert count is not None
    return count


@pytest.mark.parametrize("name", SPECS)
def test_corpus_document(name: str, tmp_path: Path) -> None:
    spec = CORPUS / name
    if not spec.exists():
        pytest.skip(f"{name} is not in the corpus")
    out, summary = _generate(spec, tmp_path)
    assert summary["operations"] == _spec_operations(spec)
    package = summary["package"]
    check = (
        "import functools, importlib, json, pkgutil, sys\n"
        "p = importlib.import_module(sys.argv[1])\n"
        "p.Client; p.AsyncClient\n"
        "for i in pkgutil.walk_packages(p.__path__, p.__name__ + '.'):\n"
        "    importlib.import_module(i.name)\n"
        "def members(obj, prefix):\n"  # methods, and resources' members, at any depth
        "    for n in dir(type(obj)):\n"
        "        if n.startswith('_'): continue\n"
        "        yield prefix + n\n"
        "        if isinstance(getattr(type(obj), n), functools.cached_property) and n != 'with_raw_response':\n"
        "            yield from members(getattr(obj, n), prefix + n + '.')\n"
        "c = p.Client(base_url='http://localhost')\n"
        "print(json.dumps(sorted(members(c, ''))))\n"
    )
    imported = subprocess.run(
        [sys.executable, "-c", check, package],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    members = set(json.loads(imported.stdout))
    missing = [m for m in summary["methods"] if m not in members]
    assert not missing, f"operations missing from the client: {missing}"
    ruff = subprocess.run(
        [str(Path(sys.executable).parent / "ruff"), "check", "--no-cache", package],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout


_NESTED_CHECK = """
import asyncio, sys
sys.path.insert(0, sys.argv[2])
from tests.servers import Reply, ScriptedServer
package = __import__(sys.argv[1])

with ScriptedServer() as server:
    server.enqueue(*(Reply(200, json={"text": "hello"}) for _ in range(3)))
    with package.Client(api_key="k", base_url=server.url, max_retries=0) as co:
        assert type(co.audio).__name__ == "AudioResource"
        assert callable(co.audio.transcriptions.create)
        assert not hasattr(co.audio, "create")  # the operation is on the sub-resource only
        assert co.audio.transcriptions.create(model="m", language="en", file=b"RIFF").text == "hello"
        raw = co.with_raw_response.audio.transcriptions.create(
            model="m", language="en", file=("a.wav", b"RIFF", "audio/wav")
        )
        assert raw.status_code == 200 and raw.parse().text == "hello"

    async def main() -> str:
        async with package.AsyncClient(api_key="k", base_url=server.url, max_retries=0) as co:
            return (
                await co.audio.transcriptions.create(model="m", language="en", file=b"RIFF")
            ).text

    assert asyncio.run(main()) == "hello"
    assert [(r.method, r.path) for r in server.requests] == [("POST", "/v2/audio/transcriptions")] * 3
    assert all(r.headers["content-type"].startswith("multipart/form-data") for r in server.requests)
    assert all(b'name="model"' in r.body and b"RIFF" in r.body for r in server.requests)
"""


def test_nested_fern_group(tmp_path: Path) -> None:
    """`x-fern-sdk-group-name: [audio, transcriptions]` -> `co.audio.transcriptions.create`."""
    spec = CORPUS / "cohere.yaml"
    if not spec.exists():
        pytest.skip("cohere.yaml is not in the corpus")
    out, summary = _generate(spec, tmp_path)
    assert "audio.transcriptions.create" in summary["methods"]
    assert not any(m.startswith("audio.create") for m in summary["methods"])
    ran = subprocess.run(
        [sys.executable, "-c", _NESTED_CHECK, summary["package"], str(ROOT)],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr


_VERB_SUFFIX = re.compile(r"_(get|post|put|patch|delete|head|options|trace)$")


def _spelled_path(method: str, path: str) -> list[str]:
    """What in a method name spells the path instead of naming the call."""
    found = naming.words(method)
    path_words = set(naming.words(path))
    problems = []
    suffix = _VERB_SUFFIX.search(method)
    if suffix and suffix[1] not in path_words:  # "branches_where_head" is the path's own word
        problems.append("an HTTP verb suffix")
    if found and naming.is_version(found[0]):
        problems.append("a version prefix")
    for parameter in re.findall(r"\{([^{}]+)\}", path):
        run = naming.words(parameter)
        if len(run) > 1 and any(found[i : i + len(run)] == run for i in range(len(found))):
            problems.append(f"the path parameter {parameter}")
    return problems


def test_no_method_name_in_the_corpus_spells_its_path() -> None:
    """Every document, no configuration: method names are calls, not paths
    (``get_merchants_merchant_id_terminal_orders_order_id`` is what this rules out)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from corpus import documents
    finally:
        sys.path.pop(0)
    problems, operations = [], 0
    for name, spec in documents(CORPUS).items():
        document, _ = read_document(spec)
        for entry in name_operations(document, Config()):
            operations += 1
            where = f"{name}: {entry.method.upper()} {entry.path} -> {entry.group}.{entry.name}"
            problems += [f"{where} has {p}" for p in _spelled_path(entry.name, entry.path)]
    assert operations > 5000
    assert not problems, "\n".join(problems)
