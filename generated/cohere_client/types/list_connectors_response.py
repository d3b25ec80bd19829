"""ListConnectorsResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .connector import Connector

__all__ = [
    "ListConnectorsResponse",
]


class ListConnectorsResponse(ApiModel):
    connectors: list[Connector]

    total_count: float | None = None
