"""ChatMessageEndEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel
from .chat_message_end_event_delta import ChatMessageEndEventDelta

__all__ = [
    "ChatMessageEndEvent",
]


class ChatMessageEndEvent(ApiModel):
    """A streamed event which signifies that the chat message has ended."""

    type: Literal["message-end"] = "message-end"

    id: str | None = None

    delta: ChatMessageEndEventDelta | None = None
