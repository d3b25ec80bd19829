"""Sentinels and option types shared by the generated code and the runtime."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, Final, Literal, TypeAlias, TypedDict

import httpx2

__all__ = ["NOT_GIVEN", "FileContent", "FileInput", "NotGiven", "RequestOptions"]

FileContent: TypeAlias = bytes | IO[bytes] | os.PathLike[str]
"""A file to upload: its bytes, an open binary file, or a path (read when the request is sent)."""

FileInput: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
"""A multipart file part: the content, or (filename, content) or (filename, content, type)."""


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
    strict_response_validation: bool
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, object]
    extra_body: Mapping[str, object]
