"""WandbConfig: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "WandbConfig",
]


class WandbConfig(ApiModel):
    project: str

    api_key: str

    entity: str | None = None
