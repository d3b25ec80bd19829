"""ChatToolCallDeltaEventDeltaMessageToolCalls: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_tool_call_delta_event_delta_message_tool_calls_function import (
    ChatToolCallDeltaEventDeltaMessageToolCallsFunction,
)

__all__ = [
    "ChatToolCallDeltaEventDeltaMessageToolCalls",
]


class ChatToolCallDeltaEventDeltaMessageToolCalls(ApiModel):
    function: ChatToolCallDeltaEventDeltaMessageToolCallsFunction | None = None
