"""ChatMessageEndEvent: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ._base import ApiModel
from .chat_message_end_event_delta import ChatMessageEndEventDelta

__all__ = [
    "ChatMessageEndEvent",
]


class ChatMessageEndEvent(ApiModel):
    """A streamed event which signifies that the chat message has ended."""

    type_: Literal["message-end"] = Field(default="message-end", alias="type")

    id_: str | None = Field(default=None, alias="id")

    delta: ChatMessageEndEventDelta | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type_"])
