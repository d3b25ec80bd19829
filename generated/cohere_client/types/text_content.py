"""TextContent: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel

__all__ = [
    "TextContent",
]


class TextContent(ApiModel):
    """Text content of the message."""

    type: Literal["text"] = "text"

    text: str

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
