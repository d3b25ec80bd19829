"""Deprecation warnings that point at the caller's line, however deep in the client they start."""

from __future__ import annotations

import os
import sys
import warnings
from typing import TypeVar

from ._types import NOT_GIVEN, NotGiven

T = TypeVar("T")

# The generated package (this file is in its _runtime folder), wherever it was vendored.
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def warn_deprecated(message: str) -> None:
    """Raise a DeprecationWarning attributed to the first frame outside this package.

    A page iterator, a raw-response wrapper or an alias calls the deprecated method from inside
    the package; the warning still names the caller's line, so the usual filters apply to the
    caller's code: shown once per call site, and by default only for code run as ``__main__``
    (``python -W default`` or pytest show the rest; ``-W error`` turns them into errors).
    """
    level = 2  # the frame that called warn_deprecated
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame = frame.f_back
        level += 1
    warnings.warn(message, DeprecationWarning, stacklevel=level)


def renamed_argument(value: T, old_value: T, message: str, *, missing: object = NOT_GIVEN) -> T:
    """The value of an argument that may also come under its old name (with a warning).

    ``missing`` is what both names hold when the caller leaves them out.
    """
    if old_value is missing:
        return value
    warn_deprecated(message)
    if value is not missing:
        raise TypeError(f"{message}; it was passed under both names")
    return old_value


def required_argument(value: T | NotGiven, message: str) -> T:
    """A required argument the signature could not insist on (it has an old name too)."""
    if isinstance(value, NotGiven):
        raise TypeError(message)
    return value
