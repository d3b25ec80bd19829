"""DeleteConnectorResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "DeleteConnectorResponse",
]


class DeleteConnectorResponse(ApiModel):
    pass
