"""A one-line progress display (stage, files formatted N/M) for generations that take a while.

It writes only to a terminal, and only once a generation has run for a second (a small document
shows nothing): logs, pipes and CI output never get carriage returns or escape codes.
"""

from __future__ import annotations

import os
import time
from typing import TextIO

PROGRESS_AFTER_ENV = "SPECGEN_PROGRESS_AFTER"
_REDRAW_EVERY = 0.1  # seconds; redrawing for every file formatted would cost more than it shows


class Progress:
    def __init__(self, stream: TextIO | None, after: float = 1.0) -> None:
        self._stream = stream
        self._after = after
        self._started = time.monotonic()
        self._drawn_at = 0.0
        self._stage = ""
        self._shown = False

    @classmethod
    def on(cls, stream: TextIO) -> Progress:
        """A display on ``stream`` if it is a terminal, otherwise one that writes nothing."""
        after = float(os.environ.get(PROGRESS_AFTER_ENV) or 1.0)
        return cls(stream if _is_terminal(stream) else None, after)

    def stage(self, name: str) -> None:
        self._stage = name
        self._draw(name, force=True)

    def formatted(self, done: int, total: int) -> None:
        """``done`` of ``total`` files formatted."""
        self._stage = "format"
        self._draw(f"format {done}/{total}", force=done == total)

    def clear(self) -> None:
        """Remove the line, so that a log message or the final report starts on a clean one."""
        if self._stream is not None and self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._shown = False

    def _draw(self, text: str, force: bool) -> None:
        if self._stream is None:
            return
        now = time.monotonic()
        if now - self._started < self._after or (
            not force and now - self._drawn_at < _REDRAW_EVERY
        ):
            return
        self._stream.write(f"\r\x1b[Kspecgen: {text}")
        self._stream.flush()
        self._drawn_at, self._shown = now, True


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False
