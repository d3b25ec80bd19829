"""ChatContentDeltaEventDeltaMessageContent: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "ChatContentDeltaEventDeltaMessageContent",
]


class ChatContentDeltaEventDeltaMessageContent(ApiModel):
    thinking: str | None = None

    text: str | None = None
