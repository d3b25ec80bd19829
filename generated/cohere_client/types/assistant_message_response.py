"""AssistantMessageResponse: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel
from .assistant_message_content_item import AssistantMessageContentItem
from .chat_tool_call import ChatToolCall
from .citation import Citation

__all__ = [
    "AssistantMessageResponse",
]


class AssistantMessageResponse(ApiModel):
    """A message from the assistant role can contain text and tool call information."""

    role: Literal["assistant"] = "assistant"

    tool_calls: list[ChatToolCall] | None = None

    tool_plan: str | None = None
    """A chain-of-thought style reflection and plan that the model generates when working with Tools."""

    content: list[AssistantMessageContentItem] | None = None

    citations: list[Citation] | None = None
