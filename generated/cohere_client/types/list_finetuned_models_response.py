"""ListFinetunedModelsResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .finetuned_model import FinetunedModel

__all__ = [
    "ListFinetunedModelsResponse",
]


class ListFinetunedModelsResponse(ApiModel):
    finetuned_models: list[FinetunedModel] | None = None

    next_page_token: str | None = None

    total_size: int | None = None
