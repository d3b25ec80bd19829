"""ToolMessageContentItem: generated from the API description."""

from __future__ import annotations

from typing import Annotated, TypeAlias

import pydantic

from ._base import UnknownChoice, tag_by
from .document_content import DocumentContent
from .text_content import TextContent

__all__ = [
    "ToolMessageContentItem",
]


ToolMessageContentItem: TypeAlias = Annotated[
    Annotated[TextContent, pydantic.Tag("TextContent")]
    | Annotated[DocumentContent, pydantic.Tag("DocumentContent")]
    | UnknownChoice,
    pydantic.Discriminator(tag_by("type", {"text": "TextContent", "document": "DocumentContent"})),
]
"""A content block which contains information about the content of a tool result"""
