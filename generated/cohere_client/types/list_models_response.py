"""ListModelsResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .get_model_response import GetModelResponse

__all__ = [
    "ListModelsResponse",
]


class ListModelsResponse(ApiModel):
    models: list[GetModelResponse]

    next_page_token: str | None = None
