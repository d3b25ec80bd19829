"""ChatToolPlanDeltaEventDeltaMessage: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel

__all__ = [
    "ChatToolPlanDeltaEventDeltaMessage",
]


class ChatToolPlanDeltaEventDeltaMessage(ApiModel):
    tool_plan: str | None = None
