"""ClassifyResponse: generated from the API description."""

from __future__ import annotations

from pydantic import Field

from ._base import ApiModel
from .api_meta import ApiMeta
from .classify_response_classifications_item import ClassifyResponseClassificationsItem

__all__ = [
    "ClassifyResponse",
]


class ClassifyResponse(ApiModel):

    id_: str = Field(alias="id")

    classifications: list[ClassifyResponseClassificationsItem]

    meta: ApiMeta | None = None
