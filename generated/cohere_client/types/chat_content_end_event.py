"""ChatContentEndEvent: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel

__all__ = [
    "ChatContentEndEvent",
]


class ChatContentEndEvent(ApiModel):
    """A streamed delta event which signifies that the content block has ended."""

    type: Literal["content-end"] = "content-end"

    index: int | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
