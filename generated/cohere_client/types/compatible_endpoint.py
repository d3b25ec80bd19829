"""CompatibleEndpoint: generated from the API description."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "CompatibleEndpoint",
]


CompatibleEndpoint: TypeAlias = (
    Literal["chat", "embed", "classify", "summarize", "rerank", "rate", "generate"] | str
)
