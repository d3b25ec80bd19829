"""ConnectorAuthStatus: generated from the API description."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "ConnectorAuthStatus",
]


ConnectorAuthStatus: TypeAlias = Literal["valid", "expired"] | str
