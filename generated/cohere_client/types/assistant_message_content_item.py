"""AssistantMessageContentItem: generated from the API description."""

from __future__ import annotations

from typing import TypeAlias

from .text_content import TextContent
from .thinking_content import ThinkingContent

__all__ = [
    "AssistantMessageContentItem",
]


AssistantMessageContentItem: TypeAlias = TextContent | ThinkingContent
"""A content block of an assistant message (text or thinking)."""
