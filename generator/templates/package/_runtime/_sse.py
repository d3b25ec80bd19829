"""Incremental parsers for server-sent events and newline-delimited JSON, working on bytes.

httpx2 ships an SSE parser (`httpx2.EventSource`), but it insists on a text/event-stream content
type, decodes every chunk to str, re-encodes every line to measure it and builds a frozen dataclass
per event; that alone costs more than the 0.7x-of-a-naive-loop budget streams have. These parsers
split raw chunks with bytes.split (C speed), hand out each event's data as bytes (which json.loads
and pydantic accept directly) and touch each line once.
"""

from __future__ import annotations

__all__ = ["JsonLinesParser", "RawEvent", "SSEParser"]

# (event name or None, data) for SSE; (None, line) for JSON lines.
RawEvent = tuple[bytes | None, bytes]

_COLON = 58  # b":"[0]


class _LineSplitter:
    """Cuts a byte stream into lines ending in \\n, \\r\\n or \\r."""

    __slots__ = ("_pending", "_skip_lf")

    def __init__(self) -> None:
        self._pending: list[bytes] = []
        # The previous chunk ended in \r: a \n opening the next chunk belongs to that line end.
        self._skip_lf = False

    def split(self, chunk: bytes) -> list[bytes]:
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        if b"\r" in chunk:
            self._skip_lf = chunk[-1:] == b"\r"
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        if b"\n" not in chunk:
            if chunk:
                self._pending.append(chunk)
            return []
        if self._pending:
            self._pending.append(chunk)
            chunk = b"".join(self._pending)
            self._pending.clear()
        lines = chunk.split(b"\n")
        tail = lines.pop()
        if tail:
            self._pending.append(tail)
        return lines

    def is_clean(self, chunk: bytes) -> bool:
        """True when `chunk` is whole \n-terminated lines and nothing is held over."""
        return (
            chunk[-1:] == b"\n" and not self._pending and not self._skip_lf and b"\r" not in chunk
        )

    def buffered(self) -> int:
        """Bytes held over, waiting for their line end."""
        return sum(map(len, self._pending))

    def rest(self) -> bytes:
        """The unterminated last line, once the stream has ended."""
        rest = b"".join(self._pending)
        self._pending.clear()
        return rest


class SSEParser:
    """Server-sent events (WHATWG HTML, section 9.2): fields, comments, multi-line data."""

    __slots__ = ("_data", "_event", "_lines", "last_event_id")

    def __init__(self) -> None:
        self._lines = _LineSplitter()
        self._data: list[bytes] = []
        self._event: bytes | None = None
        self.last_event_id: bytes | None = None

    def feed(self, chunk: bytes) -> list[RawEvent]:
        """Return the events completed by `chunk`."""
        lines = self._lines
        if lines.is_clean(chunk):
            # The common case (whole \n-terminated lines, nothing held over): skip the splitter.
            split = chunk.split(b"\n")
            split.pop()
        else:
            split = lines.split(chunk)
        events: list[RawEvent] = []
        data = self._data
        for line in split:
            if line.startswith(b"data:"):  # by far the most common line: checked first
                data.append(line[6:] if line[5:6] == b" " else line[5:])
            elif not line:
                if data:
                    events.append((self._event, data[0] if len(data) == 1 else b"\n".join(data)))
                    data.clear()
                # An event with no data is not dispatched, but its name must not leak onward.
                self._event = None
            elif line.startswith(b"event:"):
                self._event = line[7:] if line[6:7] == b" " else line[6:]
            elif line[0] != _COLON:  # lines starting with a colon are comments
                self._field(line)
        return events

    def buffered(self) -> int:
        """Bytes of the event in progress (its data lines and any unfinished line)."""
        return self._lines.buffered() + sum(map(len, self._data))

    def finish(self) -> RawEvent | None:
        """At the end of the stream: the event that was still missing its blank line, if any."""
        rest = self._lines.rest()
        if rest:
            if rest.startswith(b"data:"):
                self._data.append(rest[6:] if rest[5:6] == b" " else rest[5:])
            elif rest[0] != _COLON:
                self._field(rest)
        if not self._data:
            return None
        event = (self._event, b"\n".join(self._data))
        self._data.clear()
        return event

    def _field(self, line: bytes) -> None:
        name, _, value = line.partition(b":")
        if value[:1] == b" ":
            value = value[1:]
        if name == b"event":
            self._event = value
        elif name == b"id":
            if b"\0" not in value:
                self.last_event_id = value
        elif name == b"data":  # "data" with no colon at all: an empty data line
            self._data.append(value)
        # Other fields are ignored: unknown ones as the specification requires, and `retry`
        # because a stream is never reconnected (a started stream is never retried).


class JsonLinesParser:
    """Newline-delimited JSON (JSON Lines, NDJSON): one value per line, blank lines skipped."""

    __slots__ = ("_lines",)

    def __init__(self) -> None:
        self._lines = _LineSplitter()

    def buffered(self) -> int:
        """Bytes of the line in progress."""
        return self._lines.buffered()

    def feed(self, chunk: bytes) -> list[RawEvent]:
        return [(None, line) for line in self._lines.split(chunk) if line and not line.isspace()]

    def finish(self) -> RawEvent | None:
        rest = self._lines.rest()
        return (None, rest) if rest and not rest.isspace() else None
