"""When to retry a request and how long to wait before the next attempt.

The delays are module-level so that tests (and callers with special needs) can change them.
"""

from __future__ import annotations

import email.utils
import math
import random
import time

import httpx2

__all__ = [
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRY_JITTER",
    "is_retryable_error",
    "is_retryable_response",
    "retry_delay",
]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# Fraction of each backoff delay removed at random, so that clients failing together spread out.
RETRY_JITTER = 0.25
# A server-requested wait longer than this is ignored in favour of our own backoff.
MAX_RETRY_AFTER = 60.0

_RETRY_STATUSES = frozenset({408, 409, 429})


def is_retryable_response(response: httpx2.Response) -> bool:
    forced = response.headers.get("x-should-retry")
    if forced is not None:
        forced = forced.strip().lower()
        if forced == "true":
            return True
        if forced == "false":
            return False
    status = response.status_code
    return status >= 500 or status in _RETRY_STATUSES


def is_retryable_error(exc: httpx2.HTTPError) -> bool:
    # A malformed request or an unsupported URL scheme fails the same way every time.
    return isinstance(exc, httpx2.TransportError) and not isinstance(
        exc, (httpx2.UnsupportedProtocol, httpx2.LocalProtocolError)
    )


def retry_delay(retries_done: int, response: httpx2.Response | None) -> float:
    """Seconds to wait before retry number `retries_done + 1`."""
    if response is not None:
        requested = _retry_after(response.headers)
        if requested is not None:
            return requested
    delay = min(INITIAL_RETRY_DELAY * 2.0**retries_done, MAX_RETRY_DELAY)
    return delay * (1.0 - RETRY_JITTER * random.random())


def _retry_after(headers: httpx2.Headers) -> float | None:
    seconds: float | None = None
    millis = headers.get("retry-after-ms")
    if millis is not None:
        seconds = _parse_float(millis)
        if seconds is not None:
            seconds /= 1000.0
    if seconds is None:
        value = headers.get("retry-after")
        if value is None:
            return None
        seconds = _parse_float(value)
        if seconds is None:
            seconds = _seconds_until(value)
    if seconds is None or seconds > MAX_RETRY_AFTER:
        return None
    return max(seconds, 0.0)


def _parse_float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    # float() accepts "nan" and "inf", which are no delays at all.
    return value if math.isfinite(value) else None


def _seconds_until(http_date: str) -> float | None:
    try:
        parsed = email.utils.parsedate_tz(http_date)
    except (TypeError, ValueError):
        return None
    if parsed is None:
        return None
    return email.utils.mktime_tz(parsed) - time.time()
