"""DocumentCitationSource: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel

__all__ = [
    "DocumentCitationSource",
]


class DocumentCitationSource(ApiModel):
    """A document source object containing the unique identifier of the document and the document itself."""

    type: Literal["document"] = "document"

    id: str | None = None
    """The unique identifier of the document"""

    document: dict[str, Any] | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
