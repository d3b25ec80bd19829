"""Bodies for streamed replies: server-sent events and JSON lines.

sse_reply([sse_event({"type": "delta", "text": "Hi"}, event="delta", id="1"),
           sse_comment(), b"\\n", SSE_DONE])
sse_event("line one\\nline two")              # multi-line data: one `data:` line each
sse_event({"a": 1}, newline="\\r\\n")           # \\r\\n (or "\\r") line endings
jsonl_reply([jsonl({"a": 1}, {"a": 2})], chunked=False)
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from .scripted import Cut, Pause, StreamReply

__all__ = ["SSE_DONE", "jsonl", "jsonl_reply", "sse_comment", "sse_event", "sse_reply"]

SSE_DONE = b"data: [DONE]\n\n"


def sse_event(
    data: object = None,
    *,
    event: str | None = None,
    id: str | None = None,
    retry: int | None = None,
    newline: str = "\n",
) -> bytes:
    """One event, ended by a blank line. Non-str data is JSON-encoded; str data is sent as is."""
    lines: list[str] = []
    if event is not None:
        lines.append(f"event: {event}")
    if id is not None:
        lines.append(f"id: {id}")
    if retry is not None:
        lines.append(f"retry: {retry}")
    if data is not None:
        text = data if isinstance(data, str) else json.dumps(data)
        lines.extend(f"data: {line}" for line in text.split("\n"))
    return (newline.join(lines) + newline + newline).encode()


def sse_comment(text: str = "keep-alive", newline: str = "\n") -> bytes:
    """A comment line (`: keep-alive`), which clients must ignore."""
    return f": {text}{newline}".encode()


def jsonl(*values: object) -> bytes:
    return b"".join(json.dumps(value).encode() + b"\n" for value in values)


def sse_reply(
    parts: Sequence[bytes | str | Pause | Cut],
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
    chunked: bool = True,
) -> StreamReply:
    return StreamReply(
        parts,
        status=status,
        headers={
            "content-type": "text/event-stream",
            "cache-control": "no-cache",
            **(headers or {}),
        },
        chunked=chunked,
    )


def jsonl_reply(
    parts: Sequence[bytes | str | Pause | Cut],
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
    chunked: bool = True,
) -> StreamReply:
    return StreamReply(
        parts,
        status=status,
        headers={"content-type": "application/x-ndjson", **(headers or {})},
        chunked=chunked,
    )
