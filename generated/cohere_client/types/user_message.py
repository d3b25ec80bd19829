"""UserMessage: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel
from .user_message_content_item import UserMessageContentItem

__all__ = [
    "UserMessage",
]


class UserMessage(ApiModel):
    """A message from the user."""

    role: Literal["user"] = "user"

    content: str | list[UserMessageContentItem]
    """The content of the message. This can be a string or a list of content blocks.
    If a string is provided, it will be treated as a text content block.
    """

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["role"])
