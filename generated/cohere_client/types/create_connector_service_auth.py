"""CreateConnectorServiceAuth: generated from the API description."""

from __future__ import annotations

from pydantic import Field

from ._base import ApiModel
from .auth_token_type import AuthTokenType

__all__ = [
    "CreateConnectorServiceAuth",
]


class CreateConnectorServiceAuth(ApiModel):

    type_: AuthTokenType | str = Field(alias="type")

    token: str
