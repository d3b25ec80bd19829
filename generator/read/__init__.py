"""Stage 2, read: any API description on disk becomes one OpenAPI 3 document as a dict (multi-file
references bundled, Swagger 2.0 converted, safe repairs made, each with a warning)."""

from .loader import load_spec as read_document

__all__ = ["read_document"]
