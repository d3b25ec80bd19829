"""FinetunedModel: generated from the API description."""

from __future__ import annotations

import datetime

from ._base import ApiModel
from .settings import Settings
from .status import Status

__all__ = [
    "FinetunedModel",
]


class FinetunedModel(ApiModel):
    id: str | None = None

    name: str

    creator_id: str | None = None

    organization_id: str | None = None

    settings: Settings

    status: Status | str | None = None

    created_at: datetime.datetime | None = None

    updated_at: datetime.datetime | None = None

    completed_at: datetime.datetime | None = None

    last_used: datetime.datetime | None = None
