"""Keeping credentials out of messages, logs and error bodies.

A Redactor knows the secret values of one client (keys, passwords, tokens, also as they look
percent-encoded in a URL or base64-encoded in a Basic header) and replaces them with
``<redacted>`` wherever text leaves the client: exception messages, ``error.body``, our log
lines, and httpx2's own log line, which names the request URL (and so any query-string key).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

__all__ = ["NO_REDACTION", "REDACTED", "Redactor"]

REDACTED = "<redacted>"


class Redactor:
    """Replaces known secret values; thread-safe (the set of secrets is swapped, never mutated)."""

    __slots__ = ("__weakref__", "_secrets")

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets: tuple[str, ...] = ()
        self.add(*secrets)

    def add(self, *secrets: str) -> None:
        """Also redact these values (and their URL-encoded spellings) from now on."""
        spellings = {form for secret in secrets if secret for form in _spellings(secret)}
        if spellings - set(self._secrets):
            # Longest first, so that a secret containing another is replaced whole.
            self._secrets = tuple(sorted(set(self._secrets) | spellings, key=len, reverse=True))
        if self._secrets:
            _install_httpx_log_filter(self)

    def __bool__(self) -> bool:
        return bool(self._secrets)

    def __repr__(self) -> str:
        return f"<Redactor of {len(self._secrets)} values>"

    def text(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def value(self, value: object) -> object:
        """A decoded JSON value with every string redacted, keys included."""
        if not self._secrets:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(str(k)): self.value(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.value(item) for item in value]
        return value


NO_REDACTION = Redactor()


def _spellings(secret: str) -> set[str]:
    return {secret, quote(secret, safe=""), quote_plus(secret, safe="")}


class _HttpxLogFilter(logging.Filter):
    """Scrubs httpx2's per-request INFO line (`HTTP Request: GET <url> ...`) of every live
    client's secrets: a key sent in the query string is part of that URL."""

    def __init__(self) -> None:
        super().__init__()
        self.redactors: weakref.WeakSet[Redactor] = weakref.WeakSet()

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and record.args:
            record.args = tuple(self._scrub(arg) for arg in record.args)
        record.msg = self._scrub(record.msg)
        return True

    def _scrub(self, value: object) -> object:
        if isinstance(value, (int, float)):
            return value
        text = str(value)
        redacted = text
        for redactor in list(self.redactors):
            redacted = redactor.text(redacted)
        return value if redacted == text else redacted


_httpx_log_filter = _HttpxLogFilter()


def _install_httpx_log_filter(redactor: Redactor) -> None:
    logger = logging.getLogger("httpx2")
    if _httpx_log_filter not in logger.filters:
        logger.addFilter(_httpx_log_filter)
    _httpx_log_filter.redactors.add(redactor)
