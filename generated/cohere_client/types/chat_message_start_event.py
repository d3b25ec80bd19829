"""ChatMessageStartEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel
from .chat_message_start_event_delta import ChatMessageStartEventDelta

__all__ = [
    "ChatMessageStartEvent",
]


class ChatMessageStartEvent(ApiModel):
    """A streamed event which signifies that a stream has started."""

    type: Literal["message-start"] = "message-start"

    id: str | None = None
    """Unique identifier for the generated reply."""

    delta: ChatMessageStartEventDelta | None = None
