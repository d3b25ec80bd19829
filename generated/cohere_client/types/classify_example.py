"""ClassifyExample: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "ClassifyExample",
]


class ClassifyExample(ApiModel):
    text: str | None = None

    label: str | None = None
