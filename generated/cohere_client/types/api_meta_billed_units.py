"""ApiMetaBilledUnits: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "ApiMetaBilledUnits",
]


class ApiMetaBilledUnits(ApiModel):
    images: float | None = None

    input_tokens: float | None = None

    output_tokens: float | None = None

    search_units: float | None = None

    classifications: float | None = None
