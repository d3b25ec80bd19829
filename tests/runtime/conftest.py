"""Fixtures for the runtime tests: the vendored runtime, the scripted server, sync/async drivers.

The runtime is imported the way a generated package vendors it: generator/templates/package/_runtime is
copied into a throwaway package (`vendored_client._runtime`) in a temporary directory on sys.path.

`connect` builds clients behind a driver (drivers.py), once per client kind.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
RUNTIME_SOURCE = REPO / "generator" / "templates" / "package" / "_runtime"

if str(REPO) not in sys.path:  # `tests.servers` is shared with the generator's end-to-end tests
    sys.path.insert(0, str(REPO))

from tests.servers import ScriptedServer, fixtures

from .drivers import AsyncDriver, Connect, Driver, SyncDriver, bearer_settings

# The shared scripted-server fixture, registered here under a shorter name.
server = fixtures.scripted_server


@pytest.fixture(scope="session")
def rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The runtime package, vendored into a temporary package exactly as the generator does."""
    root = tmp_path_factory.mktemp("vendored")
    package = root / "vendored_client"
    package.mkdir()
    (package / "__init__.py").write_text("")
    shutil.copytree(RUNTIME_SOURCE, package / "_runtime")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("vendored_client._runtime")
    finally:
        sys.path.remove(str(root))


@pytest.fixture(autouse=True)
def fast_backoff(rt: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """Millisecond backoff, so retry tests cost nothing; tests needing others set their own."""
    monkeypatch.setattr(rt._retry, "INITIAL_RETRY_DELAY", 0.001)
    monkeypatch.setattr(rt._retry, "MAX_RETRY_DELAY", 0.004)


@pytest.fixture(params=["sync", "async"])
def connect(
    request: pytest.FixtureRequest, rt: ModuleType, server: ScriptedServer
) -> Iterator[Connect]:
    """`connect(**settings)` builds a driver for a client of `server`; closed after the test.

    `own_http_client=True` passes a caller-made httpx2 client instead of letting the runtime
    create one.
    """
    drivers: list[Driver] = []
    driver_type = SyncDriver if request.param == "sync" else AsyncDriver

    def make(own_http_client: bool = False, **overrides: Any) -> Driver:
        settings = rt.ClientSettings(
            **{
                "base_url": server.url,
                **bearer_settings(rt),
                "timeout": 2.0,
                "max_retries": 2,
                "logger_name": "test_client",
                **overrides,
            }
        )
        driver = driver_type(rt, settings, own_http_client)
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.close()
