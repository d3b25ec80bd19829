"""ChatToolCallDeltaEventDelta: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_tool_call_delta_event_delta_message import ChatToolCallDeltaEventDeltaMessage

__all__ = [
    "ChatToolCallDeltaEventDelta",
]


class ChatToolCallDeltaEventDelta(ApiModel):
    message: ChatToolCallDeltaEventDeltaMessage | None = None
