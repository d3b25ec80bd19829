"""Stoplight Prism mocking spec/openapi.yaml on 127.0.0.1, and the generated client on sys.path."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import GENERATED, ROOT
from tests.prism import PrismFailed, running_prism

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))


def _prism(tmp_path_factory: pytest.TempPathFactory, *, errors: bool) -> Iterator[str]:
    log = Path(tmp_path_factory.mktemp("prism")) / "prism.log"
    try:
        with running_prism(ROOT / "spec" / "openapi.yaml", log, errors=errors) as prism:
            yield prism.url
    except PrismFailed as failed:
        pytest.fail(f"Prism did not start:\n{failed}")


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism with ``--errors``: its own mocked responses are checked against the spec too."""
    yield from _prism(tmp_path_factory, errors=True)


@pytest.fixture(scope="session")
def prism_mock_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Prism as a user starts it (`prism mock spec/openapi.yaml`): it checks requests only,
    so it can serve the chat stream's example (an event stream is no JSON object)."""
    yield from _prism(tmp_path_factory, errors=False)
