"""ChatCitationStartEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel
from .chat_citation_start_event_delta import ChatCitationStartEventDelta

__all__ = [
    "ChatCitationStartEvent",
]


class ChatCitationStartEvent(ApiModel):
    """A streamed event which signifies a citation has been created."""

    type: Literal["citation-start"] = "citation-start"

    index: int | None = None

    delta: ChatCitationStartEventDelta | None = None
