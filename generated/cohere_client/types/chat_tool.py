"""ChatTool: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel
from .chat_tool_function import ChatToolFunction

__all__ = [
    "ChatTool",
]


class ChatTool(ApiModel):
    """A tool (function) available to the model."""

    type: Literal["function"] = "function"

    function: ChatToolFunction | None = None
    """The function to be executed."""

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
