"""The official Cohere description (../shared/corpus/specs/cohere.yaml) with
spec/official/config.yaml gives the official SDK's call surface, tried over HTTP against Prism.

spec/official/overlay.yaml (a standard Overlay 1.0.0) fixes the description's flaws: with it the
description generates without a warning, and Prism opens it and checks its own answers against
it (``--errors``): code samples that refer to unpublished files, `required` names the schemas do
not declare, discriminated unions whose members match each other's values, and the v2 chat
stream declared as JSON.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.read import read_document
from generator.read.loader import load_document
from tests.helpers import ROOT, SHARED, run_generator
from tests.prism import running_prism

OFFICIAL = SHARED / "corpus" / "specs" / "cohere.yaml"
CONFIG = ROOT / "spec" / "official" / "config.yaml"
OVERLAY = ROOT / "spec" / "official" / "overlay.yaml"

pytestmark = pytest.mark.skipif(not OFFICIAL.exists(), reason="../shared/corpus is not available")

_CALLS = """
import asyncio, sys
from cohere_client import AsyncClientV2, Client, ClientV2, DatasetsGetResponse

co = ClientV2(api_key="k", base_url=sys.argv[1], max_retries=0)
reply = co.chat(model="command-a-03-2025", messages=[{"role": "user", "content": "Hello"}])
assert reply.id and reply.finish_reason, reply
embedded = co.embed(
    model="embed-v4.0", texts=["hello"], input_type="classification", embedding_types=["float"]
)
assert embedded.id, embedded
ranked = co.rerank(model="rerank-v3.5", query="q", documents=["a", "b"], top_n=1)
assert ranked.results is not None, ranked
dataset = co.datasets.get(id="dataset-id")  # the spec's parameter name, as the official SDK has it
assert isinstance(dataset, DatasetsGetResponse), dataset
assert co.with_raw_response.chat(
    model="command-a-03-2025", messages=[{"role": "user", "content": "Hi"}]
).status_code == 200
v1 = Client(api_key="k", base_url=sys.argv[1], max_retries=0)  # the v1 endpoints stay reachable
assert v1.chat(message="Hello").text is not None
assert v1.datasets.get("dataset-id").dataset is not None


async def main() -> None:
    async with AsyncClientV2(api_key="k", base_url=sys.argv[1], max_retries=0) as aco:
        assert (await aco.chat(model="m", messages=[{"role": "user", "content": "Hi"}])).id
        assert (await aco.datasets.get(id="dataset-id")).dataset is not None


asyncio.run(main())
from cohere_client import UnprocessableEntityError
try:  # Prism checks what the client sends: a body the spec refuses is answered 422
    co.chat(model="m", messages=[{"role": "nobody"}])
except UnprocessableEntityError:
    print("ok")
"""


@pytest.fixture(scope="module")
def official_prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism serving the description as the overlay fixes it, answering 500 when its own
    answer breaks the description (so each call also checks the fixed schemas)."""
    root = tmp_path_factory.mktemp("official")
    document, warnings = read_document(OFFICIAL, [OVERLAY])
    assert warnings == []
    served = root / "cohere.json"
    served.write_text(json.dumps(document, default=str), encoding="utf-8")
    with running_prism(served, root / "prism.log", errors=True) as prism:
        yield prism.url


def test_the_official_description_gives_the_official_call_surface(
    official_prism: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    done = run_generator(
        "generate",
        *("--spec", str(OFFICIAL), "--config", str(CONFIG), "--overlay", str(OVERLAY)),
        *("--out", str(out)),
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr  # no warning, no repair
    assert ", 0 warnings ->" in done.stdout, done.stdout
    ran = subprocess.run(
        [sys.executable, "-c", _CALLS, official_prism],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "ok"


def _flaws(node: object, where: str = "#") -> list[str]:
    """Where the document refers to files that are not there, or requires a property its
    schema does not declare (no value can be valid)."""
    found = []
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            found.append(f"{where}: $ref {ref}")
        properties, required = node.get("properties"), node.get("required")
        if isinstance(properties, dict) and isinstance(required, list):
            found += [f"{where}: requires {r}" for r in required if r not in properties]
        for key, value in node.items():
            found += _flaws(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _flaws(value, f"{where}/{index}")
    return found


def test_the_overlay_fixes_the_published_flaws() -> None:
    published = _flaws(load_document(OFFICIAL))
    assert len(published) == 18, published  # 7 code samples; 11 names in 7 schemas
    document, _ = read_document(OFFICIAL, [OVERLAY])
    assert _flaws(document) == []
    schemas = document["components"]["schemas"]
    # a tool message is no longer also a chat message, nor a tool source a document source
    assert schemas["ChatToolMessage"]["properties"]["role"]["enum"] == ["TOOL"]
    assert schemas["ChatDocumentSource"]["properties"]["type"]["enum"] == ["document"]
    content = document["paths"]["/v2/chat"]["post"]["responses"]["200"]["content"]
    assert "text/event-stream" in content
