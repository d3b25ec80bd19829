"""StreamedChatResponse: generated from the API description."""

from __future__ import annotations

from typing import Annotated, TypeAlias

import pydantic

from ._base import UnknownChoice, tag_by
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


StreamedChatResponse: TypeAlias = Annotated[
    Annotated[ChatMessageStartEvent, pydantic.Tag("ChatMessageStartEvent")]
    | Annotated[ChatContentStartEvent, pydantic.Tag("ChatContentStartEvent")]
    | Annotated[ChatContentDeltaEvent, pydantic.Tag("ChatContentDeltaEvent")]
    | Annotated[ChatContentEndEvent, pydantic.Tag("ChatContentEndEvent")]
    | Annotated[ChatToolPlanDeltaEvent, pydantic.Tag("ChatToolPlanDeltaEvent")]
    | Annotated[ChatToolCallStartEvent, pydantic.Tag("ChatToolCallStartEvent")]
    | Annotated[ChatToolCallDeltaEvent, pydantic.Tag("ChatToolCallDeltaEvent")]
    | Annotated[ChatToolCallEndEvent, pydantic.Tag("ChatToolCallEndEvent")]
    | Annotated[ChatCitationStartEvent, pydantic.Tag("ChatCitationStartEvent")]
    | Annotated[ChatCitationEndEvent, pydantic.Tag("ChatCitationEndEvent")]
    | Annotated[ChatMessageEndEvent, pydantic.Tag("ChatMessageEndEvent")]
    | Annotated[ChatDebugEvent, pydantic.Tag("ChatDebugEvent")]
    | UnknownChoice,
    pydantic.Discriminator(
        tag_by(
            "type",
            {
                "message-start": "ChatMessageStartEvent",
                "content-start": "ChatContentStartEvent",
                "content-delta": "ChatContentDeltaEvent",
                "content-end": "ChatContentEndEvent",
                "tool-plan-delta": "ChatToolPlanDeltaEvent",
                "tool-call-start": "ChatToolCallStartEvent",
                "tool-call-delta": "ChatToolCallDeltaEvent",
                "tool-call-end": "ChatToolCallEndEvent",
                "citation-start": "ChatCitationStartEvent",
                "citation-end": "ChatCitationEndEvent",
                "message-end": "ChatMessageEndEvent",
                "debug": "ChatDebugEvent",
            },
        )
    ),
]
"""StreamedChatResponse is returned in streaming mode (specified with `stream=True` in the request). Each server-sent event's data is one of these event objects."""
