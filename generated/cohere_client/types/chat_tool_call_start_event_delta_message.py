"""ChatToolCallStartEventDeltaMessage: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_tool_call import ChatToolCall

__all__ = [
    "ChatToolCallStartEventDeltaMessage",
]


class ChatToolCallStartEventDeltaMessage(ApiModel):
    tool_calls: ChatToolCall | None = None
    """A tool call to be made."""
