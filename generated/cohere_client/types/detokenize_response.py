"""DetokenizeResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .api_meta import ApiMeta

__all__ = [
    "DetokenizeResponse",
]


class DetokenizeResponse(ApiModel):
    text: str

    meta: ApiMeta | None = None
