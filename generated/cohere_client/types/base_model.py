"""BaseModel: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .base_type import BaseType
from .strategy import Strategy

__all__ = [
    "BaseModel",
]


class BaseModel(ApiModel):
    name: str | None = None

    version: str | None = None

    base_type: BaseType | str

    strategy: Strategy | str | None = None
