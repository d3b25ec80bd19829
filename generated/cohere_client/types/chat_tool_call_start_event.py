"""ChatToolCallStartEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel
from .chat_tool_call_start_event_delta import ChatToolCallStartEventDelta

__all__ = [
    "ChatToolCallStartEvent",
]


class ChatToolCallStartEvent(ApiModel):
    """A streamed event delta which signifies a tool call has started streaming."""

    type: Literal["tool-call-start"] = "tool-call-start"

    index: int | None = None

    delta: ChatToolCallStartEventDelta | None = None
