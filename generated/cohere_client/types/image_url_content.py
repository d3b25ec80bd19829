"""ImageUrlContent: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel
from .image_url import ImageUrl

__all__ = [
    "ImageUrlContent",
]


class ImageUrlContent(ApiModel):
    """Image content of the message."""

    type: Literal["image_url"] = "image_url"

    image_url: ImageUrl

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
