"""ChatDebugEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel

__all__ = [
    "ChatDebugEvent",
]


class ChatDebugEvent(ApiModel):
    """A debug event."""

    type: Literal["debug"] = "debug"

    prompt: str | None = None
