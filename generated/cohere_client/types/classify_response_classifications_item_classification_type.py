"""ClassifyResponseClassificationsItemClassificationType: generated from the API description."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "ClassifyResponseClassificationsItemClassificationType",
]


ClassifyResponseClassificationsItemClassificationType: TypeAlias = (
    Literal["single-label", "multi-label"] | str
)
