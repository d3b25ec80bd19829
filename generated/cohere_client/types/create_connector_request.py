"""CreateConnectorRequest: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .create_connector_o_auth import CreateConnectorOAuth
from .create_connector_service_auth import CreateConnectorServiceAuth

__all__ = [
    "CreateConnectorRequest",
]


class CreateConnectorRequest(ApiModel):
    name: str

    description: str | None = None

    url: str

    excludes: list[str] | None = None

    oauth: CreateConnectorOAuth | None = None

    active: bool | None = None

    continue_on_failure: bool | None = None

    service_auth: CreateConnectorServiceAuth | None = None
