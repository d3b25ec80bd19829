"""OAuthAuthorizeResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "OAuthAuthorizeResponse",
]


class OAuthAuthorizeResponse(ApiModel):
    redirect_url: str | None = None
