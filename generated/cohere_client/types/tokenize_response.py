"""TokenizeResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .api_meta import ApiMeta

__all__ = [
    "TokenizeResponse",
]


class TokenizeResponse(ApiModel):
    tokens: list[int]

    token_strings: list[str]

    meta: ApiMeta | None = None
