"""UserMessageContentItem: generated from the API description."""

from __future__ import annotations

from typing import Annotated, TypeAlias

import pydantic

from ._base import UnknownChoice, tag_by
from .image_url_content import ImageUrlContent
from .text_content import TextContent

__all__ = [
    "UserMessageContentItem",
]


UserMessageContentItem: TypeAlias = Annotated[
    Annotated[TextContent, pydantic.Tag("TextContent")]
    | Annotated[ImageUrlContent, pydantic.Tag("ImageUrlContent")]
    | UnknownChoice,
    pydantic.Discriminator(tag_by("type", {"text": "TextContent", "image_url": "ImageUrlContent"})),
]
"""A Content block which contains information about the content type and the content itself."""
