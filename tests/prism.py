"""Stoplight Prism (`node_modules/.bin/prism`, pinned in package.json) mocking a document on
127.0.0.1, for the end-to-end tests and bench/corpus_prism.py."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
_LISTENING = "Prism is listening"


class PrismFailed(Exception):
    """Prism did not start on a document (its log says why)."""


@dataclass(frozen=True)
class Prism:
    url: str
    log: Path  # what Prism printed: each request, its violations and the answer


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def running_prism(
    spec: Path, log: Path, *, errors: bool = False, timeout: float = 60
) -> Iterator[Prism]:
    """Prism mocking ``spec`` until the block ends; its output goes to ``log``.

    ``errors``: Prism's ``--errors``, which also answers 500 when its own mocked response
    breaks the document (without it, only requests are checked).
    """
    if not PRISM.exists():
        raise PrismFailed("Prism is not installed: run `npm ci` (the README's test command does)")
    port = free_port()
    command = [str(PRISM), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port)]
    with log.open("w") as sink:
        process = subprocess.Popen(
            [*command, *(["--errors"] if errors else [])], stdout=sink, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + timeout
        while _LISTENING not in log.read_text(errors="replace"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise PrismFailed(log.read_text(errors="replace")[-4000:] or "no output")
            time.sleep(0.1)
        yield Prism(f"http://127.0.0.1:{port}", log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
