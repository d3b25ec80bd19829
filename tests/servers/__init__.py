"""Test servers for end-to-end tests of generated clients; see scripted.py for the full guide.

    from tests.servers import Reply, ScriptedServer

    with ScriptedServer() as server:
        server.enqueue(Reply(503), Reply(200, json={"ok": True}))
        ...  # call a client pointed at server.url, then inspect server.requests

A ready pytest fixture, `scripted_server`, is in tests/servers/fixtures.py.
"""

from .payloads import SSE_DONE, jsonl, jsonl_reply, sse_comment, sse_event, sse_reply
from .scripted import (
    Action,
    Cut,
    Drop,
    Pause,
    Raw,
    RecordedRequest,
    Reply,
    ScriptedServer,
    Stall,
    StreamReply,
)

__all__ = [
    "SSE_DONE",
    "Action",
    "Cut",
    "Drop",
    "Pause",
    "Raw",
    "RecordedRequest",
    "Reply",
    "ScriptedServer",
    "Stall",
    "StreamReply",
    "jsonl",
    "jsonl_reply",
    "sse_comment",
    "sse_event",
    "sse_reply",
]
