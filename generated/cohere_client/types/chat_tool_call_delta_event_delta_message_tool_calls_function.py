"""ChatToolCallDeltaEventDeltaMessageToolCallsFunction: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "ChatToolCallDeltaEventDeltaMessageToolCallsFunction",
]


class ChatToolCallDeltaEventDeltaMessageToolCallsFunction(ApiModel):
    arguments: str | None = None
