"""Hyperparameters: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .lora_target_modules import LoraTargetModules

__all__ = [
    "Hyperparameters",
]


class Hyperparameters(ApiModel):
    early_stopping_patience: int | None = None

    early_stopping_threshold: float | None = None

    train_batch_size: int | None = None

    train_epochs: int | None = None

    learning_rate: float | None = None

    lora_alpha: int | None = None

    lora_rank: int | None = None

    lora_target_modules: LoraTargetModules | str | None = None
