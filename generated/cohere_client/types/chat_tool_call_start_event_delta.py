"""ChatToolCallStartEventDelta: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_tool_call_start_event_delta_message import ChatToolCallStartEventDeltaMessage

__all__ = [
    "ChatToolCallStartEventDelta",
]


class ChatToolCallStartEventDelta(ApiModel):
    message: ChatToolCallStartEventDeltaMessage | None = None
