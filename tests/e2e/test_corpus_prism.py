"""bench/corpus_prism.py in CI: this repository's client and a few small corpus documents
with different kinds of auth, each generated, mocked by Prism, and its generated tests (sync
and async) and README examples run; every test passes and Prism rejects no request.

The whole corpus runs by hand (`python bench/corpus_prism.py ../shared/corpus/specs`); its
table is in bench/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ROOT

CORPUS = ROOT.parent / "shared" / "corpus" / "specs"
# name -> (document, configuration)
DOCUMENTS: dict[str, tuple[Path, Path | None]] = {
    "repository (bearer)": (ROOT / "spec" / "openapi.yaml", ROOT / "spec" / "config.yaml"),
    "pdfbroker (oauth2 client credentials)": (CORPUS / "apisguru-pdfbroker.yaml", None),
    "redocly-museum (http basic)": (CORPUS / "redocly-museum.yaml", None),
    "swagger-petstore-3.0 (apiKey header or oauth2, per operation)": (
        CORPUS / "swagger-petstore-3.0.yaml",
        None,
    ),
    "readme-petstore-3.1 (operations that declare only errors)": (
        CORPUS / "readme-petstore-3.1.yaml",
        None,
    ),
}


def _check(*args: Any) -> Any:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from corpus_prism import check  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    return check(*args)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_the_generated_tests_pass_on_prism(name: str) -> None:
    spec, config = DOCUMENTS[name]
    if not spec.exists():
        pytest.skip(f"{spec} is not available")
    row = _check(name, spec, config, 300)
    assert not (row.prism or row.diagnostic), row.prism or row.diagnostic
    assert row.tests and row.tests_passed == row.tests, row.failed_tests
    assert row.operations_passed == row.operations
    assert row.rejected == {}, row.rejected
    assert row.readme == "yes"
