"""ClassifyResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .api_meta import ApiMeta
from .classify_response_classifications_item import ClassifyResponseClassificationsItem

__all__ = [
    "ClassifyResponse",
]


class ClassifyResponse(ApiModel):
    id: str

    classifications: list[ClassifyResponseClassificationsItem]

    meta: ApiMeta | None = None
