"""ChatToolPlanDeltaEvent: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ._base import ApiModel
from .chat_tool_plan_delta_event_delta import ChatToolPlanDeltaEventDelta

__all__ = [
    "ChatToolPlanDeltaEvent",
]


class ChatToolPlanDeltaEvent(ApiModel):
    """A streamed event which contains a delta of tool plan text."""

    type_: Literal["tool-plan-delta"] = Field(default="tool-plan-delta", alias="type")

    delta: ChatToolPlanDeltaEventDelta | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type_"])
