"""GetModelResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .compatible_endpoint import CompatibleEndpoint

__all__ = [
    "GetModelResponse",
]


class GetModelResponse(ApiModel):
    name: str | None = None

    is_deprecated: bool | None = None

    endpoints: list[CompatibleEndpoint | str] | None = None

    finetuned: bool | None = None

    context_length: float | None = None

    tokenizer_url: str | None = None

    default_endpoints: list[CompatibleEndpoint | str] | None = None

    features: list[str] | None = None
