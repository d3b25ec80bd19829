"""ChatContentDeltaEventDelta: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_content_delta_event_delta_message import ChatContentDeltaEventDeltaMessage

__all__ = [
    "ChatContentDeltaEventDelta",
]


class ChatContentDeltaEventDelta(ApiModel):
    message: ChatContentDeltaEventDeltaMessage | None = None
