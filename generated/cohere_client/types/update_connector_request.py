"""UpdateConnectorRequest: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .create_connector_o_auth import CreateConnectorOAuth
from .create_connector_service_auth import CreateConnectorServiceAuth

__all__ = [
    "UpdateConnectorRequest",
]


class UpdateConnectorRequest(ApiModel):
    name: str | None = None

    url: str | None = None

    excludes: list[str] | None = None

    oauth: CreateConnectorOAuth | None = None

    active: bool | None = None

    continue_on_failure: bool | None = None

    service_auth: CreateConnectorServiceAuth | None = None
