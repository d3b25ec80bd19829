"""pytest fixtures over the scripted server. Import them into a conftest.py:

from tests.servers.fixtures import scripted_server  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .scripted import ScriptedServer

__all__ = ["scripted_server"]


@pytest.fixture
def scripted_server() -> Iterator[ScriptedServer]:
    """A fresh ScriptedServer per test, stopped (with its connections) when the test ends."""
    with ScriptedServer() as server:
        yield server
