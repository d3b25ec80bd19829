"""ToolMessageContentItem: generated from the API description."""

from __future__ import annotations

from typing import TypeAlias

from .document_content import DocumentContent
from .text_content import TextContent

__all__ = [
    "ToolMessageContentItem",
]


ToolMessageContentItem: TypeAlias = TextContent | DocumentContent
"""A content block which contains information about the content of a tool result"""
