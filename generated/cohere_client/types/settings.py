"""Settings: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .base_model import BaseModel
from .hyperparameters import Hyperparameters
from .wandb_config import WandbConfig

__all__ = [
    "Settings",
]


class Settings(ApiModel):
    base_model: BaseModel

    dataset_id: str

    hyperparameters: Hyperparameters | None = None

    multi_label: bool | None = None

    wandb: WandbConfig | None = None
