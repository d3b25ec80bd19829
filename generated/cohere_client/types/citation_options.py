"""CitationOptions: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel

__all__ = [
    "CitationOptions",
]


class CitationOptions(ApiModel):
    """Options for controlling citation generation."""

    mode: Literal["ENABLED", "DISABLED", "FAST", "ACCURATE", "OFF"] | str | None = None
    """Defaults to `"enabled"`.
    Citations are enabled by default for models that support it, but can be turned off by setting `"type": "disabled"`.
    """
