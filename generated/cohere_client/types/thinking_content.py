"""ThinkingContent: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel

__all__ = [
    "ThinkingContent",
]


class ThinkingContent(ApiModel):
    """Thinking content of the message. This will be present when `thinking` is enabled, and will contain the models internal reasoning."""

    type: Literal["thinking"] = "thinking"

    thinking: str

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
