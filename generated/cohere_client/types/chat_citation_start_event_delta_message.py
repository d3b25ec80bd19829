"""ChatCitationStartEventDeltaMessage: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .citation import Citation

__all__ = [
    "ChatCitationStartEventDeltaMessage",
]


class ChatCitationStartEventDeltaMessage(ApiModel):
    citations: Citation | None = None
    """Citation information containing sources and the text cited."""
