"""CitationSource: generated from the API description."""

from __future__ import annotations

from typing import TypeAlias

from .document_citation_source import DocumentCitationSource
from .tool_citation_source import ToolCitationSource

__all__ = [
    "CitationSource",
]


CitationSource: TypeAlias = ToolCitationSource | DocumentCitationSource
"""A source object containing information about the source of the data cited."""
