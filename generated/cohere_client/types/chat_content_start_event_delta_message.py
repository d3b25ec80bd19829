"""ChatContentStartEventDeltaMessage: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_content_start_event_delta_message_content import ChatContentStartEventDeltaMessageContent

__all__ = [
    "ChatContentStartEventDeltaMessage",
]


class ChatContentStartEventDeltaMessage(ApiModel):
    content: ChatContentStartEventDeltaMessageContent | None = None
