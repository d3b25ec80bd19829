"""ToolMessage: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel
from .tool_message_content_item import ToolMessageContentItem

__all__ = [
    "ToolMessage",
]


class ToolMessage(ApiModel):
    """A message with Tool outputs."""

    role: Literal["tool"] = "tool"

    tool_call_id: str
    """The id of the associated tool call that has provided the given content"""

    content: str | list[ToolMessageContentItem]
    """Outputs from a tool. The content should formatted as a JSON object string, or a list of tool content blocks"""

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["role"])
