"""AuthTokenType: generated from the API description."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "AuthTokenType",
]


AuthTokenType: TypeAlias = Literal["bearer", "basic", "noscheme"] | str
