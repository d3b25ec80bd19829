"""ClassifyRequestTruncate: generated from the API description."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "ClassifyRequestTruncate",
]


ClassifyRequestTruncate: TypeAlias = Literal["NONE", "START", "END"] | str
