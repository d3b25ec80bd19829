"""CitationType: generated from the API description."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "CitationType",
]


CitationType: TypeAlias = Literal["TEXT_CONTENT", "THINKING_CONTENT", "PLAN"] | str
"""The type of citation which indicates what part of the response the citation is for."""
