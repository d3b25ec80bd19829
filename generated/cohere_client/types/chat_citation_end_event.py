"""ChatCitationEndEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel

__all__ = [
    "ChatCitationEndEvent",
]


class ChatCitationEndEvent(ApiModel):
    """A streamed event which signifies a citation has finished streaming."""

    type: Literal["citation-end"] = "citation-end"

    index: int | None = None
