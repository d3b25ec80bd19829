"""ChatContentDeltaEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel
from .chat_content_delta_event_delta import ChatContentDeltaEventDelta
from .logprob_item import LogprobItem

__all__ = [
    "ChatContentDeltaEvent",
]


class ChatContentDeltaEvent(ApiModel):
    """A streamed delta event which contains a delta of chat text content."""

    type: Literal["content-delta"] = "content-delta"

    index: int | None = None

    delta: ChatContentDeltaEventDelta | None = None

    logprobs: LogprobItem | None = None
