"""ChatContentStartEventDeltaMessageContent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ._base import ApiModel

__all__ = [
    "ChatContentStartEventDeltaMessageContent",
]


class ChatContentStartEventDeltaMessageContent(ApiModel):

    thinking: str | None = None

    text: str | None = None

    type_: Literal["text", "thinking"] | str | None = Field(default=None, alias="type")
