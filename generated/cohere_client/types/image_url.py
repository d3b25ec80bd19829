"""ImageUrl: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel

__all__ = [
    "ImageUrl",
]


class ImageUrl(ApiModel):
    url: str
    """URL of an image. Can be either a base64 data URI or a web URL."""

    detail: Literal["auto", "low", "high"] | str | None = None
    """Controls the level of detail in image processing. `"auto"` is the default and lets the system choose, `"low"` is faster but less detailed, and `"high"` preserves maximum detail. You can save tokens and speed up responses by using detail: `"low"`."""
