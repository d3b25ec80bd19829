"""ChatCitationStartEventDelta: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_citation_start_event_delta_message import ChatCitationStartEventDeltaMessage

__all__ = [
    "ChatCitationStartEventDelta",
]


class ChatCitationStartEventDelta(ApiModel):
    message: ChatCitationStartEventDeltaMessage | None = None
