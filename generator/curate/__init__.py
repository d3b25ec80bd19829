"""Stage 1, curate: this repository's own workflow. Documentation pages become excerpts
(``ingest``); the excerpts, normalised, plus the overlay become one validated OpenAPI document
(``merge_project``)."""

from .project import Project, merge_project, merged_document

__all__ = ["Project", "merge_project", "merged_document"]
