"""Connector: generated from the API description."""

from __future__ import annotations

import datetime

from ._base import ApiModel
from .connector_auth_status import ConnectorAuthStatus
from .connector_o_auth import ConnectorOAuth

__all__ = [
    "Connector",
]


class Connector(ApiModel):
    id: str

    organization_id: str | None = None

    name: str

    description: str | None = None

    url: str | None = None

    created_at: datetime.datetime

    updated_at: datetime.datetime

    excludes: list[str] | None = None

    auth_type: str | None = None

    oauth: ConnectorOAuth | None = None

    auth_status: ConnectorAuthStatus | str | None = None

    active: bool | None = None

    continue_on_failure: bool | None = None
