"""ClassifyResponseClassificationsItemLabels: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "ClassifyResponseClassificationsItemLabels",
]


class ClassifyResponseClassificationsItemLabels(ApiModel):
    confidence: float | None = None
