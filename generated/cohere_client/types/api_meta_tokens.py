"""ApiMetaTokens: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "ApiMetaTokens",
]


class ApiMetaTokens(ApiModel):
    input_tokens: float | None = None

    output_tokens: float | None = None
