"""ChatToolPlanDeltaEventDelta: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_tool_plan_delta_event_delta_message import ChatToolPlanDeltaEventDeltaMessage

__all__ = [
    "ChatToolPlanDeltaEventDelta",
]


class ChatToolPlanDeltaEventDelta(ApiModel):
    message: ChatToolPlanDeltaEventDeltaMessage | None = None
