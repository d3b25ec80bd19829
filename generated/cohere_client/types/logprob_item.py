"""LogprobItem: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "LogprobItem",
]


class LogprobItem(ApiModel):
    text: str | None = None
    """The text chunk for which the log probabilities was calculated."""

    token_ids: list[int]
    """The token ids of each token used to construct the text chunk."""

    logprobs: list[float] | None = None
    """The log probability of each token used to construct the text chunk."""
