"""ChatContentStartEventDeltaMessageContent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel

__all__ = [
    "ChatContentStartEventDeltaMessageContent",
]


class ChatContentStartEventDeltaMessageContent(ApiModel):
    thinking: str | None = None

    text: str | None = None

    type: Literal["text", "thinking"] | str | None = None
