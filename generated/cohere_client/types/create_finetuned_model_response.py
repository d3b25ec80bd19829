"""CreateFinetunedModelResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .finetuned_model import FinetunedModel

__all__ = [
    "CreateFinetunedModelResponse",
]


class CreateFinetunedModelResponse(ApiModel):
    finetuned_model: FinetunedModel | None = None
