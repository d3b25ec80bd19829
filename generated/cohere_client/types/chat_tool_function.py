"""ChatToolFunction: generated from the API description."""

from __future__ import annotations

from typing import Any

from ._base import ApiModel

__all__ = [
    "ChatToolFunction",
]


class ChatToolFunction(ApiModel):
    """The function to be executed."""

    name: str
    """The name of the function."""

    description: str | None = None
    """The description of the function."""

    parameters: dict[str, Any]
    """The parameters of the function as a JSON schema."""
