"""CreateConnectorServiceAuth: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .auth_token_type import AuthTokenType

__all__ = [
    "CreateConnectorServiceAuth",
]


class CreateConnectorServiceAuth(ApiModel):
    type: AuthTokenType | str

    token: str
