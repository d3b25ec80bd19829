"""Stoplight Prism mocking spec/openapi.yaml on 127.0.0.1, and the generated client on sys.path."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import GENERATED, ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"

if str(GENERATED) not in sys.path:
    sys.path.insert(0, str(GENERATED))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not PRISM.exists():
        pytest.fail("Prism is not installed: run `npm ci` (the README's test command does)")
    port = _free_port()
    log = Path(tmp_path_factory.mktemp("prism")) / "prism.log"
    with log.open("w") as sink:
        process = subprocess.Popen(
            [
                str(PRISM),
                "mock",
                str(ROOT / "spec" / "openapi.yaml"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "--errors",
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while "Prism is listening" not in log.read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Prism did not start:\n{log.read_text()}")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
