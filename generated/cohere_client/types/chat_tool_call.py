"""ChatToolCall: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel
from .chat_tool_call_function import ChatToolCallFunction

__all__ = [
    "ChatToolCall",
]


class ChatToolCall(ApiModel):
    """A tool call to be made."""

    id: str

    type: Literal["function"] = "function"

    function: ChatToolCallFunction | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
