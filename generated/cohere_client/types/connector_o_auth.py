"""ConnectorOAuth: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "ConnectorOAuth",
]


class ConnectorOAuth(ApiModel):
    client_id: str | None = None

    client_secret: str | None = None

    authorize_url: str

    token_url: str

    scope: str | None = None
