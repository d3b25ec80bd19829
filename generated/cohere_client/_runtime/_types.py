"""Sentinels and option types shared by the generated code and the runtime."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, TypedDict

import httpx2

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions"]


class NotGiven:
    """Marks an argument the caller did not pass.

    Distinct from None, which the caller may pass on purpose to send a JSON null.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        # copy, deepcopy and pickle all resolve to the module-level instance, so that every check
        # can be an identity test (`value is NOT_GIVEN`).
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


class RequestOptions(TypedDict, total=False):
    """Per-request overrides, passed to any generated method as `request_options=`."""

    timeout: float | httpx2.Timeout | None
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, object]
    extra_body: Mapping[str, object]
