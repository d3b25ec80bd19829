"""Iterating over every item of a paginated endpoint, fetching pages as they are needed."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar

from ._types import NOT_GIVEN, NotGiven

__all__ = [
    "aiterate_offset_pages",
    "aiterate_token_pages",
    "iterate_offset_pages",
    "iterate_token_pages",
]

P = TypeVar("P")
T = TypeVar("T")


def iterate_token_pages(
    fetch: Callable[[str | NotGiven], P],
    items: Callable[[P], Sequence[T] | None],
    next_token: Callable[[P], str | None],
    first_token: str | NotGiven = NOT_GIVEN,
) -> Iterator[T]:
    """Follow cursor tokens until there is none, or until one repeats.

    A repeated token means the server echoes its input; following it would loop forever.
    """
    seen = {first_token} if isinstance(first_token, str) else set()
    token = first_token
    while True:
        page = fetch(token)
        yield from items(page) or ()
        following = next_token(page)
        if not following or following in seen:
            return
        seen.add(following)
        token = following


async def aiterate_token_pages(
    fetch: Callable[[str | NotGiven], Awaitable[P]],
    items: Callable[[P], Sequence[T] | None],
    next_token: Callable[[P], str | None],
    first_token: str | NotGiven = NOT_GIVEN,
) -> AsyncIterator[T]:
    """Async counterpart of iterate_token_pages."""
    seen = {first_token} if isinstance(first_token, str) else set()
    token = first_token
    while True:
        page = await fetch(token)
        for item in items(page) or ():
            yield item
        following = next_token(page)
        if not following or following in seen:
            return
        seen.add(following)
        token = following


def iterate_offset_pages(
    fetch: Callable[[int], P],
    items: Callable[[P], Sequence[T] | None],
    start: int = 0,
    limit: int | None = None,
) -> Iterator[T]:
    """Advance the offset by the items received; stop on an empty page or a short one."""
    offset = start
    while True:
        page_items = items(fetch(offset)) or ()
        yield from page_items
        count = len(page_items)
        if count == 0 or (limit is not None and count < limit):
            return
        offset += count


async def aiterate_offset_pages(
    fetch: Callable[[int], Awaitable[P]],
    items: Callable[[P], Sequence[T] | None],
    start: int = 0,
    limit: int | None = None,
) -> AsyncIterator[T]:
    """Async counterpart of iterate_offset_pages."""
    offset = start
    while True:
        page_items = items(await fetch(offset)) or ()
        for item in page_items:
            yield item
        count = len(page_items)
        if count == 0 or (limit is not None and count < limit):
            return
        offset += count
