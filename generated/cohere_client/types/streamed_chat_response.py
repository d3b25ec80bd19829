"""StreamedChatResponse: generated from the API description."""

from __future__ import annotations

from typing import TypeAlias

from .chat_citation_end_event import ChatCitationEndEvent
from .chat_citation_start_event import ChatCitationStartEvent
from .chat_content_delta_event import ChatContentDeltaEvent
from .chat_content_end_event import ChatContentEndEvent
from .chat_content_start_event import ChatContentStartEvent
from .chat_debug_event import ChatDebugEvent
from .chat_message_end_event import ChatMessageEndEvent
from .chat_message_start_event import ChatMessageStartEvent
from .chat_tool_call_delta_event import ChatToolCallDeltaEvent
from .chat_tool_call_end_event import ChatToolCallEndEvent
from .chat_tool_call_start_event import ChatToolCallStartEvent
from .chat_tool_plan_delta_event import ChatToolPlanDeltaEvent

__all__ = [
    "StreamedChatResponse",
]


StreamedChatResponse: TypeAlias = (
    ChatMessageStartEvent
    | ChatContentStartEvent
    | ChatContentDeltaEvent
    | ChatContentEndEvent
    | ChatToolPlanDeltaEvent
    | ChatToolCallStartEvent
    | ChatToolCallDeltaEvent
    | ChatToolCallEndEvent
    | ChatCitationStartEvent
    | ChatCitationEndEvent
    | ChatMessageEndEvent
    | ChatDebugEvent
)
"""StreamedChatResponse is returned in streaming mode (specified with `stream=True` in the request). Each server-sent event's data is one of these event objects."""
