"""UpdateConnectorResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .connector import Connector

__all__ = [
    "UpdateConnectorResponse",
]


class UpdateConnectorResponse(ApiModel):
    connector: Connector
