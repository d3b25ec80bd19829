"""SystemMessage: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel
from .text_content import TextContent

__all__ = [
    "SystemMessage",
]


class SystemMessage(ApiModel):
    """A message from the system."""

    role: Literal["system"] = "system"

    content: str | list[TextContent]

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["role"])
