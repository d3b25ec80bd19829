"""UsageBilledUnits: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "UsageBilledUnits",
]


class UsageBilledUnits(ApiModel):
    input_tokens: float | None = None
    """The number of billed input tokens."""

    output_tokens: float | None = None
    """The number of billed output tokens."""

    search_units: float | None = None
    """The number of billed search units."""

    classifications: float | None = None
    """The number of billed classifications units."""
