"""ChatToolPlanDeltaEvent: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel
from .chat_tool_plan_delta_event_delta import ChatToolPlanDeltaEventDelta

__all__ = [
    "ChatToolPlanDeltaEvent",
]


class ChatToolPlanDeltaEvent(ApiModel):
    """A streamed event which contains a delta of tool plan text."""

    type: Literal["tool-plan-delta"] = "tool-plan-delta"

    delta: ChatToolPlanDeltaEventDelta | None = None
