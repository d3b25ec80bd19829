"""CreateConnectorResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .connector import Connector

__all__ = [
    "CreateConnectorResponse",
]


class CreateConnectorResponse(ApiModel):
    connector: Connector
