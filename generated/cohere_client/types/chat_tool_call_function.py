"""ChatToolCallFunction: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "ChatToolCallFunction",
]


class ChatToolCallFunction(ApiModel):
    name: str | None = None

    arguments: str | None = None
    """The arguments of the call, as a JSON-encoded string."""
