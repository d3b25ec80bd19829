"""What the generated tests check responses with."""

from __future__ import annotations

import inspect
import typing
from typing import Any

from pydantic import TypeAdapter


def assert_matches_type(expected: Any, value: object) -> None:
    """Assert that ``value`` is of the type the API declares: a class, or an annotation such as
    ``Sequence[Pet]`` or ``Pet | None`` (checked strictly by pydantic, without conversion)."""
    if expected is Any:
        return  # the API declares no type: anything it sends will do
    if inspect.isclass(expected) and typing.get_origin(expected) is None:
        assert isinstance(value, expected), f"expected {expected.__name__}, got {value!r}"
        return
    TypeAdapter(expected).validate_python(value, strict=True)
