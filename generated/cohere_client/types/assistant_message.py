"""AssistantMessage: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel
from .assistant_message_content_item import AssistantMessageContentItem
from .chat_tool_call import ChatToolCall
from .citation import Citation

__all__ = [
    "AssistantMessage",
]


class AssistantMessage(ApiModel):
    """A message from the assistant role can contain text and tool call information."""

    role: Literal["assistant"] = "assistant"

    tool_calls: list[ChatToolCall] | None = None

    tool_plan: str | None = None
    """A chain-of-thought style reflection and plan that the model generates when working with Tools."""

    content: str | list[AssistantMessageContentItem] | None = None

    citations: list[Citation] | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["role"])
