"""TextResponseFormat: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel

__all__ = [
    "TextResponseFormat",
]


class TextResponseFormat(ApiModel):
    """Plain text output (the default)."""

    type: Literal["text"] = "text"

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
