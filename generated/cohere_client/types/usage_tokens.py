"""UsageTokens: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "UsageTokens",
]


class UsageTokens(ApiModel):
    input_tokens: float | None = None
    """The number of tokens used as input to the model."""

    output_tokens: float | None = None
    """The number of tokens produced by the model."""
