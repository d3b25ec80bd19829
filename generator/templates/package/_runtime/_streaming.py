"""Typed iteration over streamed responses (server-sent events or JSON lines)."""

from __future__ import annotations

import functools
import json
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar

import httpx2
from pydantic_core import ValidationError

from ._bounds import DEFAULT_MAX_RESPONSE_SIZE, deadline_after, expired, request_deadline, too_large
from ._exceptions import ApiConnectionError, connection_error
from ._lenient import Leniency
from ._parsing import (
    JsonValidator,
    PythonValidator,
    is_mismatch,
    json_validator,
    python_validator,
    validation_error,
)
from ._redact import NO_REDACTION, Redactor
from ._sse import JsonLinesParser, RawEvent, SSEParser

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["AsyncStream", "EventDecoder", "LazyAsyncStream", "Stream", "UnknownEvent"]

T = TypeVar("T")


@dataclass(frozen=True)
class EventDecoder:
    """How to turn each event of a stream into a typed item."""

    # Type of one event (a model or a union), used when no discriminator value selects a variant.
    item_type: Any
    # JSON property whose value selects the variant, e.g. "type".
    discriminator: str | None = None
    variants: Mapping[str, type[BaseModel]] = field(default_factory=dict)
    # Event data that ends the stream.
    terminator: str | None = "[DONE]"
    format: Literal["sse", "jsonl"] = "sse"

    def accepts(self, response: httpx2.Response) -> bool:
        """Whether the response's content type is this stream's format (or is not declared)."""
        content_type = response.headers.get("content-type")
        if content_type is None:
            return True
        media_type = content_type.partition(";")[0].strip().lower()
        if self.format == "sse":
            return media_type == "text/event-stream"
        # application/x-ndjson, application/jsonl, application/json-seq, application/json, ...
        return "json" in media_type or media_type == "text/plain"

    @functools.cached_property
    def _by_event_name(self) -> dict[bytes, tuple[JsonValidator, str, str]]:
        """SSE event name -> (validator of its variant, attribute of the discriminator, value).

        Only variants that declare the discriminator field, so that the fast path can check that
        the data agrees. Built once per decoder (the generated code keeps one per operation).
        """
        table: dict[bytes, tuple[JsonValidator, str, str]] = {}
        for tag, variant in self.variants.items():
            for field_name, info in variant.model_fields.items():
                if (info.alias or field_name) == self.discriminator:
                    table[tag.encode()] = (json_validator(variant), field_name, tag)
        return table

    @functools.cached_property
    def _variant_validators(self) -> dict[str, PythonValidator]:
        return {tag: python_validator(variant) for tag, variant in self.variants.items()}


@dataclass(frozen=True, slots=True)
class UnknownEvent:
    """An event whose discriminator value has no variant, e.g. one added to the API later.

    Yielded rather than dropped or raised, so that older clients keep working. A plain
    dataclass, not a pydantic model, so that importing the client does not build one.
    """

    type: str | None
    """The discriminator value (None when the event had none)."""
    data: Any
    """The event's data, decoded from JSON (or the raw text when it is not JSON)."""


class _EventConverter:
    """Turns raw events into items, with everything per-stream looked up once."""

    __slots__ = (
        "_by_event_name",
        "_discriminator",
        "_leniency",
        "_redactor",
        "_response",
        "_validate_json",
        "_variant_types",
        "_variants",
        "item_type",
        "terminator",
    )

    def __init__(
        self,
        decoder: EventDecoder,
        response: httpx2.Response,
        redactor: Redactor,
        leniency: Leniency | None = None,
    ) -> None:
        self.item_type = decoder.item_type
        self.terminator = None if decoder.terminator is None else decoder.terminator.encode()
        self._discriminator = decoder.discriminator
        self._variants = decoder._variant_validators if decoder.discriminator else {}
        self._variant_types = decoder.variants
        self._by_event_name = decoder._by_event_name if decoder.discriminator else {}
        self._validate_json = json_validator(decoder.item_type)
        self._response = response
        self._redactor = redactor
        self._leniency = leniency

    def convert(self, name: bytes | None, data: bytes) -> Any:
        try:
            if self._discriminator is None:
                return self._validate_json(data)
            if name is not None:
                guess = self._by_event_name.get(name)
                if guess is not None:
                    # Fast path: the SSE event name names the variant, so pydantic can validate
                    # the raw bytes in one pass. The data's own discriminator still wins: the
                    # guess stands only if the data has none or agrees with it.
                    validate, attribute, tag = guess
                    try:
                        item = validate(data)
                    except ValidationError:
                        pass  # malformed, or another variant: the general path decides
                    else:
                        found = getattr(item, attribute, None)
                        if found is None or found == tag:
                            return item
            return self._convert_variant(name, json.loads(data))
        except ValueError as exc:  # ValidationError is a ValueError, as is JSONDecodeError
            if self._leniency is not None and isinstance(exc, ValidationError) and is_mismatch(exc):
                return self._leniency.build(self._declared_type(name, data), data, exc)
            raise validation_error(
                self._response, data, exc, self.item_type, self._redactor
            ) from exc

    def _tag(self, name: bytes | None, obj: object) -> str | None:
        tag = obj.get(self._discriminator) if type(obj) is dict else None
        if tag is None and name is not None:
            # Some APIs name the variant only in the SSE `event:` field.
            tag = name.decode("utf-8", "replace")
        return tag if type(tag) is str else None

    def _convert_variant(self, name: bytes | None, obj: object) -> Any:
        # A variant is chosen by its tag only, never by trying each: an unknown tag (a newer
        # API) or none at all is an UnknownEvent rather than a guess.
        tag = self._tag(name, obj)
        validate = None if tag is None else self._variants.get(tag)
        if validate is None:
            return UnknownEvent(type=tag, data=obj)
        return validate(obj)

    def _declared_type(self, name: bytes | None, data: bytes) -> Any:
        """The type an event that failed validation was meant to have."""
        if self._discriminator is None:
            return self.item_type
        tag = self._tag(name, json.loads(data))
        return self._variant_types.get(tag, self.item_type) if tag is not None else self.item_type

    def convert_last(self, event: RawEvent) -> Any:
        """Convert the event that the stream ended without closing.

        Complete JSON means only the final blank line was missing (a lenient server); anything
        else means the connection was cut inside the event.
        """
        name, data = event
        try:
            json.loads(data)
        except ValueError:
            raise ApiConnectionError(
                "The stream ended in the middle of an event", request=self._response.request
            ) from None
        return self.convert(name, data)


def _body_chunks(response: httpx2.Response) -> Iterator[bytes]:
    # Without a content encoding the decoded bytes are the raw bytes: skipping iter_bytes' decoder
    # and re-chunking layers saves two generator hops per network read.
    if "content-encoding" in response.headers:
        return response.iter_bytes()
    return response.iter_raw()


def _abody_chunks(response: httpx2.Response) -> AsyncIterator[bytes]:
    if "content-encoding" in response.headers:
        return response.aiter_bytes()
    return response.aiter_raw()


def _parser(decoder: EventDecoder) -> SSEParser | JsonLinesParser:
    return SSEParser() if decoder.format == "sse" else JsonLinesParser()


class _StreamBase:
    """What Stream and AsyncStream share: the parser, the converter and the limits."""

    response: httpx2.Response

    def __init__(
        self,
        response: httpx2.Response,
        decoder: EventDecoder,
        redactor: Redactor = NO_REDACTION,
        event_timeout: float | None = None,
        max_event_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        leniency: Leniency | None = None,
    ) -> None:
        self.response = response
        self._parser = _parser(decoder)
        self._converter = _EventConverter(decoder, response, redactor, leniency)
        # Seconds the stream may wait for its next event (measured from when it starts waiting)
        self._event_timeout = event_timeout
        self._max_event_size = max_event_size

    @property
    def last_event_id(self) -> str | None:
        """The last SSE `id:` seen, to resume a stream where the API supports it."""
        last = self._parser.last_event_id if isinstance(self._parser, SSEParser) else None
        return None if last is None else last.decode()

    def _check_waiting(self, deadline: float | None) -> None:
        """After a chunk that completed no event: the event so far must fit, and be in time."""
        if self._parser.buffered() > self._max_event_size:
            raise too_large(self.response, self._max_event_size)
        if deadline is not None and time.monotonic() > deadline:
            raise expired(self.response.request)


class Stream(_StreamBase, Generic[T]):
    """Items of a streamed response, in order; also a context manager that closes it.

    Reading the stream to its end (or to the terminator) returns the connection to the pool;
    closing it early discards the connection. Each event must arrive within the request's timeout
    of the stream starting to wait for it.
    """

    def __init__(
        self,
        response: httpx2.Response,
        decoder: EventDecoder,
        redactor: Redactor = NO_REDACTION,
        event_timeout: float | None = None,
        max_event_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        leniency: Leniency | None = None,
    ) -> None:
        super().__init__(response, decoder, redactor, event_timeout, max_event_size, leniency)
        self._iterator = self._iterate()

    def __iter__(self) -> Iterator[T]:
        # Handing out the generator itself spares a Python-level __next__ call per item.
        return self._iterator

    def __next__(self) -> T:
        return next(self._iterator)

    def _iterate(self) -> Generator[T, None, None]:
        response = self.response
        feed = self._parser.feed
        convert = self._converter.convert
        terminator = self._converter.terminator
        event_timeout = self._event_timeout
        chunks = _body_chunks(response)
        try:
            deadline = deadline_after(event_timeout)
            while True:
                token = request_deadline.set(deadline)
                try:
                    chunk = next(chunks, None)
                finally:
                    request_deadline.reset(token)
                if chunk is None:
                    break
                events = feed(chunk)
                if not events:
                    self._check_waiting(deadline)
                    continue
                for name, data in events:
                    if data == terminator:
                        _drain(chunks)
                        return
                    yield convert(name, data)
                deadline = deadline_after(event_timeout)
            last = self._parser.finish()
            if last is not None and last[1] != terminator:
                yield self._converter.convert_last(last)
        except httpx2.HTTPError as exc:
            raise connection_error(exc, response.request, event_timeout) from exc
        finally:
            response.close()

    def close(self) -> None:
        self._iterator.close()
        self.response.close()  # the generator's cleanup does not run if it never started

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(_StreamBase, Generic[T]):
    """Async counterpart of Stream: an async iterator and async context manager."""

    def __init__(
        self,
        response: httpx2.Response,
        decoder: EventDecoder,
        redactor: Redactor = NO_REDACTION,
        event_timeout: float | None = None,
        max_event_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        leniency: Leniency | None = None,
    ) -> None:
        super().__init__(response, decoder, redactor, event_timeout, max_event_size, leniency)
        self._iterator = self._iterate()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def _iterate(self) -> AsyncGenerator[T, None]:
        response = self.response
        feed = self._parser.feed
        convert = self._converter.convert
        terminator = self._converter.terminator
        event_timeout = self._event_timeout
        chunks = _abody_chunks(response)
        try:
            deadline = deadline_after(event_timeout)
            while True:
                token = request_deadline.set(deadline)
                try:
                    chunk = await anext(chunks, None)
                finally:
                    request_deadline.reset(token)
                if chunk is None:
                    break
                events = feed(chunk)
                if not events:
                    self._check_waiting(deadline)
                    continue
                for name, data in events:
                    if data == terminator:
                        await _adrain(chunks)
                        return
                    yield convert(name, data)
                deadline = deadline_after(event_timeout)
            last = self._parser.finish()
            if last is not None and last[1] != terminator:
                yield self._converter.convert_last(last)
        except httpx2.HTTPError as exc:
            raise connection_error(exc, response.request, event_timeout) from exc
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class LazyAsyncStream(Generic[T]):
    """What an async streaming method returns: the request is sent on first use.

    Use it as the official SDKs' async generators are used, ``async for event in
    client.chat_stream(...)``, or ``async with client.chat_stream(...) as stream``, or
    ``stream = await client.chat_stream(...)``; each sends the request once. An error status
    raises when the stream is first used, before any event.
    """

    def __init__(self, open_stream: Callable[[], Awaitable[AsyncStream[T]]]) -> None:
        self._open_stream = open_stream
        self._stream: AsyncStream[T] | None = None

    async def _open(self) -> AsyncStream[T]:
        if self._stream is None:
            self._stream = await self._open_stream()
        return self._stream

    def __await__(self) -> Generator[Any, None, AsyncStream[T]]:
        return self._open().__await__()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterate()

    async def _iterate(self) -> AsyncGenerator[T, None]:
        stream = await self._open()
        async with stream:
            async for item in stream:
                yield item

    async def __aenter__(self) -> AsyncStream[T]:
        return await self._open()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the stream; nothing is sent if it was never used."""
        if self._stream is not None:
            await self._stream.aclose()


def _drain(chunks: Iterator[bytes]) -> None:
    # Reading past the terminator (normally just the closing chunk) lets the connection be reused.
    try:
        for _ in chunks:
            pass
    except httpx2.HTTPError:
        pass


async def _adrain(chunks: AsyncIterator[bytes]) -> None:
    try:
        async for _ in chunks:
            pass
    except httpx2.HTTPError:
        pass
