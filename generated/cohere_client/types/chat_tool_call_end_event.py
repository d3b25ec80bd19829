"""ChatToolCallEndEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel

__all__ = [
    "ChatToolCallEndEvent",
]


class ChatToolCallEndEvent(ApiModel):
    """A streamed event delta which signifies a tool call has finished streaming."""

    type: Literal["tool-call-end"] = "tool-call-end"

    index: int | None = None
