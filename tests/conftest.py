"""Every test, and every generator it starts, uses a format cache of its own, never the user's."""

from __future__ import annotations

import os
import tempfile

import pytest

from generator.render.cache import CACHE_DIR_ENV

_CACHE = tempfile.TemporaryDirectory(prefix="specgen-test-cache-")


def pytest_configure(config: pytest.Config) -> None:
    os.environ[CACHE_DIR_ENV] = _CACHE.name


def pytest_unconfigure(config: pytest.Config) -> None:
    _CACHE.cleanup()
