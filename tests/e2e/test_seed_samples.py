"""Every Python sample of the documentation pages runs against Prism, unmodified but for the
import name (``cohere`` -> ``cohere_client``); the base URL and key come from the environment
(CO_API_URL, CO_API_KEY), as the samples expect.

Samples written against names the API has since renamed (``co.delete_dataset``,
``connector_id=``, ``token=``) work through the deprecated aliases of spec/config.yaml: each
prints one DeprecationWarning, at the sample's own line, and nothing else goes wrong.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.helpers import GENERATED, SHARED

PAGES = SHARED / "seeds" / "001_1facff544b63cfd2.txt"
_BLOCK = re.compile(r"^```python[^\n]*\n(.*?)^```", re.DOTALL | re.MULTILINE)
_TITLE = re.compile(r"^# (.+)$", re.MULTILINE)
_OLD_NAMES = re.compile(r"\bdelete_dataset\(|\btoken=|\bconnector_id=")


def _samples() -> list[tuple[str, str]]:
    """(id, source) of every ```python block, named after its page and its label."""
    text = PAGES.read_text(encoding="utf-8")
    samples = []
    for match in _BLOCK.finditer(text):
        title = _TITLE.findall(text[: match.start()])[-1]
        label = text[match.start() : text.index("\n", match.start())].removeprefix("```python")
        samples.append((f"{title} ({label.strip() or 'sync'})", match.group(1)))
    return samples


SAMPLES = _samples()


def _runnable(source: str) -> str:
    """The only edit: the import name of the generated package."""
    return re.sub(r"\bcohere\b", "cohere_client", source)


@pytest.fixture(scope="module")
def runs(
    prism_url: str, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, subprocess.CompletedProcess[str]]:
    """Every sample run as its own script, in parallel (each is a separate process)."""
    folder = tmp_path_factory.mktemp("samples")
    env = {
        **os.environ,
        "PYTHONPATH": str(GENERATED),
        "CO_API_URL": prism_url,
        "CO_API_KEY": "test-key",
        "PYTHONWARNINGS": "",  # the interpreter's default filters, as a user has them
    }

    def run(index: int) -> subprocess.CompletedProcess[str]:
        script = folder / f"sample_{index:02d}.py"
        script.write_text(_runnable(SAMPLES[index][1]), encoding="utf-8")
        return subprocess.run(
            [sys.executable, script.name],
            cwd=folder,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(run, range(len(SAMPLES))))
    return {SAMPLES[i][0]: result for i, result in enumerate(results)}


def test_the_pages_have_the_samples_we_expect() -> None:
    assert len(SAMPLES) == 27  # 13 pages with a sync and an async sample, models.get with one
    assert sum("(Async)" in name for name, _ in SAMPLES) == 13


@pytest.mark.parametrize(("name", "source"), SAMPLES, ids=[name for name, _ in SAMPLES])
def test_each_sample_runs_on_prism(
    name: str, source: str, runs: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    result = runs[name]
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "Warning:" in line]
    if _OLD_NAMES.search(source):
        # One warning, at the sample's own line (the call that uses the old name), naming the
        # current spelling.
        assert len(warnings) == 1, result.stderr
        found = re.search(
            r"sample_\d+\.py:(\d+): DeprecationWarning: .+ is deprecated: use ", warnings[0]
        )
        assert found is not None, warnings[0]
        lines = _runnable(source).splitlines()
        call = "\n".join(lines[int(found.group(1)) - 1 : int(found.group(1)) + 3])
        assert _OLD_NAMES.search(call), (warnings[0], call)
    else:
        assert warnings == [], result.stderr
    if "print(" in source:
        assert result.stdout.strip(), "the sample printed nothing"
