"""ChatMessageStartEventDelta: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_message_start_event_delta_message import ChatMessageStartEventDeltaMessage

__all__ = [
    "ChatMessageStartEventDelta",
]


class ChatMessageStartEventDelta(ApiModel):
    message: ChatMessageStartEventDeltaMessage | None = None
