"""ChatContentDeltaEventDeltaMessage: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_content_delta_event_delta_message_content import ChatContentDeltaEventDeltaMessageContent

__all__ = [
    "ChatContentDeltaEventDeltaMessage",
]


class ChatContentDeltaEventDeltaMessage(ApiModel):
    content: ChatContentDeltaEventDeltaMessageContent | None = None
