"""ClassifyResponseClassificationsItem: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .classify_response_classifications_item_classification_type import (
    ClassifyResponseClassificationsItemClassificationType,
)
from .classify_response_classifications_item_labels import ClassifyResponseClassificationsItemLabels

__all__ = [
    "ClassifyResponseClassificationsItem",
]


class ClassifyResponseClassificationsItem(ApiModel):
    id: str

    input: str | None = None

    prediction: str | None = None

    predictions: list[str]

    confidence: float | None = None

    confidences: list[float]

    labels: dict[str, ClassifyResponseClassificationsItemLabels]

    classification_type: ClassifyResponseClassificationsItemClassificationType | str
