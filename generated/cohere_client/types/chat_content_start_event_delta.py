"""ChatContentStartEventDelta: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_content_start_event_delta_message import ChatContentStartEventDeltaMessage

__all__ = [
    "ChatContentStartEventDelta",
]


class ChatContentStartEventDelta(ApiModel):
    message: ChatContentStartEventDeltaMessage | None = None
