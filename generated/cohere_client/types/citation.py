"""Citation: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .citation_source import CitationSource
from .citation_type import CitationType

__all__ = [
    "Citation",
]


class Citation(ApiModel):
    """Citation information containing sources and the text cited."""

    start: int | None = None
    """Start index of the cited snippet in the original source text."""

    end: int | None = None
    """End index of the cited snippet in the original source text."""

    text: str | None = None
    """Text snippet that is being cited."""

    sources: list[CitationSource] | None = None

    content_index: int | None = None
    """Index of the content block in which this citation appears."""

    type: CitationType | str | None = None
    """The type of citation which indicates what part of the response the citation is for."""
