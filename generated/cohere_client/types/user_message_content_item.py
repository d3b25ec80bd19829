"""UserMessageContentItem: generated from the API description."""

from __future__ import annotations

from typing import TypeAlias

from .image_url_content import ImageUrlContent
from .text_content import TextContent

__all__ = [
    "UserMessageContentItem",
]


UserMessageContentItem: TypeAlias = TextContent | ImageUrlContent
"""A Content block which contains information about the content type and the content itself."""
