"""ToolCitationSource: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel

__all__ = [
    "ToolCitationSource",
]


class ToolCitationSource(ApiModel):
    """Tool Output"""

    type: Literal["tool"] = "tool"

    id: str | None = None
    """The unique identifier of the document"""

    tool_output: dict[str, Any] | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
