"""Status: generated from the API description."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "Status",
]


Status: TypeAlias = (
    Literal[
        "STATUS_UNSPECIFIED",
        "STATUS_FINETUNING",
        "STATUS_DEPLOYING_API",
        "STATUS_READY",
        "STATUS_FAILED",
        "STATUS_DELETED",
        "STATUS_TEMPORARILY_OFFLINE",
        "STATUS_PAUSED",
        "STATUS_QUEUED",
    ]
    | str
)
