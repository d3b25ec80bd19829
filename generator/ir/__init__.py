"""Stage 3, IR: an OpenAPI document becomes ``model.Api``, plain frozen data in which every
Python name, type and import is already decided (``names`` holds the naming rules)."""

from .build import build_ir

__all__ = ["build_ir"]
