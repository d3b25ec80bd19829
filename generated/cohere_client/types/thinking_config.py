"""ThinkingConfig: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel

__all__ = [
    "ThinkingConfig",
]


class ThinkingConfig(ApiModel):
    """Configuration for [reasoning features](https://docs.cohere.com/docs/reasoning)."""

    type: Literal["enabled", "disabled"] | str
    """Reasoning is enabled by default for models that support it, but can be turned off by setting `"type": "disabled"`."""

    token_budget: int | None = None
    """The maximum number of tokens the model can use for thinking, which must be set to a positive integer.
    The model will stop thinking if it reaches the thinking token budget and will proceed with the response.
    """
