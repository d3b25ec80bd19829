"""DocumentContent: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel
from .input_document import InputDocument

__all__ = [
    "DocumentContent",
]


class DocumentContent(ApiModel):
    """Document content."""

    type: Literal["document"] = "document"

    document: InputDocument
    """Relevant information that could be used by the model to generate a more accurate reply.
    The content of each document are generally short (should be under 300 words). Metadata should be used to provide additional information, both the key name and the value will be
    passed to the model.
    """

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
