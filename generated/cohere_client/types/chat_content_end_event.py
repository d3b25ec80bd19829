"""ChatContentEndEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel

__all__ = [
    "ChatContentEndEvent",
]


class ChatContentEndEvent(ApiModel):
    """A streamed delta event which signifies that the content block has ended."""

    type: Literal["content-end"] = "content-end"

    index: int | None = None
