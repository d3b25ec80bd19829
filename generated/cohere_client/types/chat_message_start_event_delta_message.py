"""ChatMessageStartEventDeltaMessage: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel

__all__ = [
    "ChatMessageStartEventDeltaMessage",
]


class ChatMessageStartEventDeltaMessage(ApiModel):
    role: Literal["assistant"] | None = "assistant"
    """The role of the message."""
