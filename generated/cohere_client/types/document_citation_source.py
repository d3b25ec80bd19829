"""DocumentCitationSource: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ._base import ApiModel

__all__ = [
    "DocumentCitationSource",
]


class DocumentCitationSource(ApiModel):
    """A document source object containing the unique identifier of the document and the document itself."""

    type_: Literal["document"] = Field(default="document", alias="type")

    id_: str | None = Field(default=None, alias="id")
    """The unique identifier of the document"""

    document: dict[str, Any] | None = None

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type_"])
