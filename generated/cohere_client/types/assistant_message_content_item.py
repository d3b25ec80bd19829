"""AssistantMessageContentItem: generated from the API description."""

from __future__ import annotations

from typing import Annotated, TypeAlias

import pydantic

from ._base import UnknownChoice, tag_by
from .text_content import TextContent
from .thinking_content import ThinkingContent

__all__ = [
    "AssistantMessageContentItem",
]


AssistantMessageContentItem: TypeAlias = Annotated[
    Annotated[TextContent, pydantic.Tag("TextContent")]
    | Annotated[ThinkingContent, pydantic.Tag("ThinkingContent")]
    | UnknownChoice,
    pydantic.Discriminator(tag_by("type", {"text": "TextContent", "thinking": "ThinkingContent"})),
]
"""A content block of an assistant message (text or thinking)."""
