"""ChatMessage: generated from the API description."""

from __future__ import annotations

from typing import Annotated, TypeAlias

import pydantic

from ._base import UnknownChoice, tag_by
from .assistant_message import AssistantMessage
from .system_message import SystemMessage
from .tool_message import ToolMessage
from .user_message import UserMessage

__all__ = [
    "ChatMessage",
]


ChatMessage: TypeAlias = Annotated[
    Annotated[UserMessage, pydantic.Tag("UserMessage")]
    | Annotated[AssistantMessage, pydantic.Tag("AssistantMessage")]
    | Annotated[SystemMessage, pydantic.Tag("SystemMessage")]
    | Annotated[ToolMessage, pydantic.Tag("ToolMessage")]
    | UnknownChoice,
    pydantic.Discriminator(
        tag_by(
            "role",
            {
                "user": "UserMessage",
                "assistant": "AssistantMessage",
                "system": "SystemMessage",
                "tool": "ToolMessage",
            },
        )
    ),
]
"""Represents a single message in the chat history from a given role."""
