"""ChatToolCallEndEvent: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel

__all__ = [
    "ChatToolCallEndEvent",
]


class ChatToolCallEndEvent(ApiModel):
    """A streamed event delta which signifies a tool call has finished streaming."""

    type: Literal["tool-call-end"] = "tool-call-end"

    index: int | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
