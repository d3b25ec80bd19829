"""GetConnectorResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .connector import Connector

__all__ = [
    "GetConnectorResponse",
]


class GetConnectorResponse(ApiModel):
    connector: Connector
