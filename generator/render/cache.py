"""A content-addressed cache of formatted files, so that a regeneration formats only what changed.

An entry is named by the hash of everything that decides the output (formatter, its version and
options, the unformatted text) and holds a header (magic, its own key, the hash of the formatted
text) before the text. An entry is used only when all three check out, so a truncated, corrupt or
foreign file is a miss, never an output. Entries are written to a temporary file and renamed into
place, so concurrent generations see a whole entry or none. Failing to read or write the cache
never fails a generation: it only costs the formatting time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

CACHE_DIR_ENV = "SPECGEN_CACHE_DIR"
_MAGIC = b"specgen-format-cache/1"
_UNUSED_FOR = 30 * 24 * 3600  # entries not hit for this long are pruned
_PRUNE_EVERY = 24 * 3600


def default_cache_dir() -> Path:
    """``$SPECGEN_CACHE_DIR``, else ``$XDG_CACHE_HOME/specgen``, else ``~/.cache/specgen``."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "specgen"


def cache_key(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        encoded = part.encode("utf-8")
        digest.update(len(encoded).to_bytes(8, "big"))  # so that no two part lists collide
        digest.update(encoded)
    return digest.hexdigest()


class FormatCache:
    def __init__(self, root: Path) -> None:
        self.root = root / "format"
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> str | None:
        path = self._entry(key)
        try:
            data = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        text = _verified(data, key)
        if text is None:
            log.debug("format cache: ignoring the unverifiable entry %s", path)
            self.misses += 1
            return None
        self.hits += 1
        _touch(path)
        return text

    def put(self, key: str, text: str) -> None:
        path = self._entry(key)
        body = text.encode("utf-8")
        header = b" ".join((_MAGIC, key.encode(), hashlib.sha256(body).hexdigest().encode()))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
            try:
                with os.fdopen(handle, "wb") as stream:
                    stream.write(header + b"\n" + body)
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as failure:
            log.debug("format cache: cannot write %s: %s", path, failure)

    def prune(self) -> None:
        """Delete entries unused for 30 days; runs at most once a day."""
        marker = self.root / ".pruned"
        now = time.time()
        try:
            if now - marker.stat().st_mtime < _PRUNE_EVERY:
                return
        except OSError:
            pass
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            marker.touch()
            for entry in self.root.glob("*/*"):
                if now - entry.stat().st_mtime > _UNUSED_FOR:
                    entry.unlink(missing_ok=True)
        except OSError as failure:
            log.debug("format cache: cannot prune %s: %s", self.root, failure)

    def _entry(self, key: str) -> Path:
        return self.root / key[:2] / key


def _verified(data: bytes, key: str) -> str | None:
    header, separator, body = data.partition(b"\n")
    fields = header.split(b" ")
    if not separator or len(fields) != 3 or fields[0] != _MAGIC or fields[1] != key.encode():
        return None
    if hashlib.sha256(body).hexdigest().encode() != fields[2]:
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _touch(path: Path) -> None:
    """A hit marks the entry as used, so pruning keeps it."""
    try:
        os.utime(path)
    except OSError:
        pass
