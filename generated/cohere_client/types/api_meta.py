"""ApiMeta: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .api_meta_api_version import ApiMetaApiVersion
from .api_meta_billed_units import ApiMetaBilledUnits
from .api_meta_tokens import ApiMetaTokens

__all__ = [
    "ApiMeta",
]


class ApiMeta(ApiModel):
    api_version: ApiMetaApiVersion | None = None

    billed_units: ApiMetaBilledUnits | None = None

    tokens: ApiMetaTokens | None = None

    cached_tokens: float | None = None

    warnings: list[str] | None = None
