"""ChatToolCallDeltaEventDeltaMessage: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_tool_call_delta_event_delta_message_tool_calls import (
    ChatToolCallDeltaEventDeltaMessageToolCalls,
)

__all__ = [
    "ChatToolCallDeltaEventDeltaMessage",
]


class ChatToolCallDeltaEventDeltaMessage(ApiModel):
    tool_calls: ChatToolCallDeltaEventDeltaMessageToolCalls | None = None
