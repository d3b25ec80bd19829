"""ChatContentStartEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel
from .chat_content_start_event_delta import ChatContentStartEventDelta

__all__ = [
    "ChatContentStartEvent",
]


class ChatContentStartEvent(ApiModel):
    """A streamed delta event which signifies that a new content block has started."""

    type: Literal["content-start"] = "content-start"

    index: int | None = None

    delta: ChatContentStartEventDelta | None = None
