"""ChatMessageEndEvent: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel
from .chat_message_end_event_delta import ChatMessageEndEventDelta

__all__ = [
    "ChatMessageEndEvent",
]


class ChatMessageEndEvent(ApiModel):
    """A streamed event which signifies that the chat message has ended."""

    type: Literal["message-end"] = "message-end"

    id: str | None = None

    delta: ChatMessageEndEventDelta | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
