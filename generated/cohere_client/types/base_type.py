"""BaseType: generated from the API description."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "BaseType",
]


BaseType: TypeAlias = (
    Literal[
        "BASE_TYPE_UNSPECIFIED",
        "BASE_TYPE_GENERATIVE",
        "BASE_TYPE_CLASSIFICATION",
        "BASE_TYPE_RERANK",
        "BASE_TYPE_CHAT",
    ]
    | str
)
