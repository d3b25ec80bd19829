"""ChatCitationEndEvent: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel

__all__ = [
    "ChatCitationEndEvent",
]


class ChatCitationEndEvent(ApiModel):
    """A streamed event which signifies a citation has finished streaming."""

    type: Literal["citation-end"] = "citation-end"

    index: int | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
