"""DatasetsDeleteResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "DatasetsDeleteResponse",
]


class DatasetsDeleteResponse(ApiModel):
    pass
