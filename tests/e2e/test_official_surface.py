"""The official Cohere description (../shared/corpus/specs/cohere.yaml) with
spec/official/config.yaml gives the official SDK's call surface, tried over HTTP against Prism.

Prism cannot open the published file itself: its ``x-fern-examples`` point at code snippets
(``./snippets/node/...``) that are not published with it. The test serves what our reader makes
of the file, without those examples.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.read import read_document
from tests.helpers import ROOT, SHARED, run_generator
from tests.prism import running_prism

OFFICIAL = SHARED / "corpus" / "specs" / "cohere.yaml"

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
    root = tmp_path_factory.mktemp("official")
    document, _ = read_document(OFFICIAL)
    served = root / "cohere.json"
    served.write_text(json.dumps(_without_examples(document), default=str), encoding="utf-8")
    # The published examples break the spec's own oneOfs (chat citations, logprobs): Prism
    # checks requests only, and the client still parses what it answers.
    with running_prism(served, root / "prism.log", errors=False) as prism:
        yield prism.url


def _without_examples(node: object) -> object:
    if isinstance(node, dict):
        return {k: _without_examples(v) for k, v in node.items() if k != "x-fern-examples"}
    if isinstance(node, list):
        return [_without_examples(v) for v in node]
    return node


def test_the_official_description_gives_the_official_call_surface(
    official_prism: str, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    config = ROOT / "spec" / "official" / "config.yaml"
    done = run_generator(
        "generate", "--spec", str(OFFICIAL), "--config", str(config), "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
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
