"""CreateConnectorOAuth: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "CreateConnectorOAuth",
]


class CreateConnectorOAuth(ApiModel):
    client_id: str | None = None

    client_secret: str | None = None

    authorize_url: str | None = None

    token_url: str | None = None

    scope: str | None = None
