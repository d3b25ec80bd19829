"""ApiMetaApiVersion: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "ApiMetaApiVersion",
]


class ApiMetaApiVersion(ApiModel):
    version: str

    is_deprecated: bool | None = None

    is_experimental: bool | None = None
