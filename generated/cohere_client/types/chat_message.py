"""ChatMessage: generated from the API description."""

from __future__ import annotations

from typing import TypeAlias

from .assistant_message import AssistantMessage
from .system_message import SystemMessage
from .tool_message import ToolMessage
from .user_message import UserMessage

__all__ = [
    "ChatMessage",
]


ChatMessage: TypeAlias = UserMessage | AssistantMessage | SystemMessage | ToolMessage
"""Represents a single message in the chat history from a given role."""
