"""LoraTargetModules: generated from the API description."""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "LoraTargetModules",
]


LoraTargetModules: TypeAlias = (
    Literal[
        "LORA_TARGET_MODULES_UNSPECIFIED",
        "LORA_TARGET_MODULES_QV",
        "LORA_TARGET_MODULES_QKVO",
        "LORA_TARGET_MODULES_QKVO_FFN",
    ]
    | str
)
