"""Strategy: generated from the API description."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "Strategy",
]


Strategy: TypeAlias = Literal["STRATEGY_UNSPECIFIED", "STRATEGY_VANILLA", "STRATEGY_TFEW"] | str
