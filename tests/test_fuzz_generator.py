"""The generator under random valid documents (tests/openapi_documents.py): each one generates a
package, or is refused with diagnostics; then every package imports and passes ``ruff check``,
and every fourth ``mypy --strict``, each tool run once over the whole batch. CI draws 200
documents (formatted with ruff, the faster formatter: formatting is not what is fuzzed), the
same 200 on every run (derandomized: a CI failure is a regression, reproducible by running this
test again); ``bench/fuzz_generator.py`` explores, 10,000 at a time with seeds of its own (see
bench/README.md). ``SPECGEN_FUZZ_EXAMPLES`` sets the count."""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz_batch import Batch, check, generate
from tests.openapi_documents import documents

EXAMPLES = int(os.environ.get("SPECGEN_FUZZ_EXAMPLES", "200"))
MYPY_EVERY = 4


def test_random_documents_give_packages_that_import_and_type_check(tmp_path: Path) -> None:
    batch = Batch(tmp_path)
    counter = itertools.count()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(documents(), st.booleans())
    def generates_or_refuses(document: dict[str, Any], as_yaml: bool) -> None:
        index = next(counter)
        generate(batch, index, document, as_yaml, formatter="ruff")
        crashed = [spec for specs in batch.failures.values() for spec in specs]
        assert f"spec{index}.json" not in crashed and f"spec{index}.yaml" not in crashed, (
            batch.failures
        )

    generates_or_refuses()
    assert len(batch.packages) > EXAMPLES // 2, batch.refused  # most valid documents generate
    check(batch, MYPY_EVERY)
    assert not batch.failures, "\n".join(
        f"{kind}: {len(specs)}\n  " + "\n  ".join(specs[:5]) + "\n" + _document(tmp_path, specs[0])
        for kind, specs in batch.failures.items()
    )


def _document(root: Path, failure: str) -> str:
    """The text of the document a failure names (``spec12 p12/...``), to reproduce it anywhere
    (another version of hypothesis, or a change to the strategies, draws other documents)."""
    name = failure.split()[0].split(".")[0]
    text = "".join(p.read_text(encoding="utf-8") for p in root.glob(f"{name}.*"))
    return f"  {name}:\n{text[:4000]}"
