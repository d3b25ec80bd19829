"""ChatMessageStartEvent: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ._base import ApiModel
from .chat_message_start_event_delta import ChatMessageStartEventDelta

__all__ = [
    "ChatMessageStartEvent",
]


class ChatMessageStartEvent(ApiModel):
    """A streamed event which signifies that a stream has started."""

    type_: Literal["message-start"] = Field(default="message-start", alias="type")

    id_: str | None = Field(default=None, alias="id")
    """Unique identifier for the generated reply."""

    delta: ChatMessageStartEventDelta | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type_"])
