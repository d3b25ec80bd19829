"""Usage: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .usage_billed_units import UsageBilledUnits
from .usage_tokens import UsageTokens

__all__ = [
    "Usage",
]


class Usage(ApiModel):
    billed_units: UsageBilledUnits | None = None

    tokens: UsageTokens | None = None

    cached_tokens: float | None = None
    """The number of prompt tokens that hit the inference cache."""
