"""CitationSource: generated from the API description."""

from __future__ import annotations

from typing import Annotated, TypeAlias

import pydantic

from ._base import UnknownChoice, tag_by
from .document_citation_source import DocumentCitationSource
from .tool_citation_source import ToolCitationSource

__all__ = [
    "CitationSource",
]


CitationSource: TypeAlias = Annotated[
    Annotated[ToolCitationSource, pydantic.Tag("ToolCitationSource")]
    | Annotated[DocumentCitationSource, pydantic.Tag("DocumentCitationSource")]
    | UnknownChoice,
    pydantic.Discriminator(
        tag_by("type", {"tool": "ToolCitationSource", "document": "DocumentCitationSource"})
    ),
]
"""A source object containing information about the source of the data cited."""
