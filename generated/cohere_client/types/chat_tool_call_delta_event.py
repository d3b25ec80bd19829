"""ChatToolCallDeltaEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel
from .chat_tool_call_delta_event_delta import ChatToolCallDeltaEventDelta

__all__ = [
    "ChatToolCallDeltaEvent",
]


class ChatToolCallDeltaEvent(ApiModel):
    """A streamed event delta which signifies a delta in tool call arguments."""

    type: Literal["tool-call-delta"] = "tool-call-delta"

    index: int | None = None

    delta: ChatToolCallDeltaEventDelta | None = None
