"""A scripted, fault-injecting HTTP/1.1 server on 127.0.0.1 for end-to-end client tests.

Standard library only. Each server binds a random free port, serves from background threads,
supports keep-alive, records every request, and stops by itself (when its `with` block ends, or
after `max_lifetime` seconds at the latest; idle connections close after `idle_timeout`).

Usage::

    from tests.servers import Drop, Reply, ScriptedServer, Stall, sse_event, sse_reply

    with ScriptedServer() as server:
        server.enqueue(Reply(429, headers={"Retry-After": "0"}), Reply(200, json={"id": "m1"}))
        ...  # point the client at server.url, call it
        assert [r.path for r in server.requests] == ["/v1/models/m1", "/v1/models/m1"]
        assert server.requests[0].connection_id == server.requests[1].connection_id

The script: `enqueue(*actions)` appends to one FIFO queue; `route(path, *actions)` appends to a
queue used only for requests to that exact path (checked first). Each request takes the next
action; an empty queue falls back to `server.default` (a 404 JSON reply unless changed). Anywhere
an action is expected, a callable `(RecordedRequest) -> action` may stand instead, to answer from
the request (e.g. pagination by query token).

Actions:
- `Reply(status, json=..., body=..., headers=..., delay=0, close=False, trickle=0)`: a complete
  response. `json` is serialised with json.dumps; `body` (bytes or str) is sent verbatim, so
  invalid JSON, unknown enum values or gzip bombs (with a `Content-Encoding` header) are just
  bodies. `delay` waits before the status line (a read timeout); `close` adds
  `Connection: close` and closes afterwards; `trickle` sends the whole response (status line and
  headers included) one byte at a time, `trickle` seconds apart.
- `Raw(data, delay=0)`: send `data` verbatim instead of a response, then close: malformed status
  lines, invalid chunked encoding, a body shorter than its Content-Length.
- `Drop(rst=True, delay=0)`: close the connection without any response; `rst` sends a TCP reset
  (ECONNRESET on the client) instead of an orderly close.
- `Stall(seconds)`: read the request, answer nothing for `seconds` (or until the server stops),
  then close: longer than the client's timeout, it produces a read timeout.
- `StreamReply(parts, status=200, headers=..., chunked=True)`: headers first, then each part sent
  and flushed on its own. Parts are bytes/str, `Pause(seconds)` or `Cut(rst=False)`, which aborts
  mid-body (a chunked body then lacks its last chunk; `rst` resets instead). `chunked=False` sends a
  close-delimited body. `sse_reply(...)` and `jsonl_reply(...)` build these with the right content
  type; `sse_event(...)`, `sse_comment()`, `SSE_DONE` and `jsonl(...)` build the parts (see
  payloads.py).

Recording: `server.requests` lists `RecordedRequest(method, path, query, raw_query, headers,
body, connection_id)`; `headers` is case-insensitive (`request.headers["authorization"]`),
`request.json()` decodes the body. `connection_id` numbers the TCP connections in accept order, so
equal ids mean a reused connection; `server.connection_count` counts them.
"""

from __future__ import annotations

import json
import socket
import socketserver
import struct
import threading
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

__all__ = [
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
]

_REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
_UNSET: Any = object()
_MAX_HEADER_LINES = 200


class Headers(Mapping[str, str]):
    """Received headers, looked up case-insensitively; `raw` keeps names, order and repeats."""

    def __init__(self, raw: list[tuple[str, str]]) -> None:
        self.raw = raw
        self._lower = {name.lower(): value for name, value in raw}

    def __getitem__(self, name: str) -> str:
        return self._lower[name.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._lower)

    def __len__(self) -> int:
        return len(self._lower)

    def __repr__(self) -> str:
        return f"Headers({self.raw!r})"


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    raw_query: str
    headers: Headers
    body: bytes
    connection_id: int

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass(frozen=True)
class Reply:
    status: int = 200
    json: Any = _UNSET
    body: bytes | str = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0
    close: bool = False
    trickle: float = 0.0


@dataclass(frozen=True)
class Raw:
    data: bytes
    delay: float = 0.0


@dataclass(frozen=True)
class Drop:
    rst: bool = True
    delay: float = 0.0


@dataclass(frozen=True)
class Stall:
    seconds: float = 10.0


@dataclass(frozen=True)
class Pause:
    seconds: float


@dataclass(frozen=True)
class Cut:
    rst: bool = False


@dataclass(frozen=True)
class StreamReply:
    parts: Sequence[bytes | str | Pause | Cut]
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    chunked: bool = True


Action = Reply | Raw | Drop | Stall | StreamReply
ActionSource = Action | Callable[[RecordedRequest], Action]


class _Closed(Exception):
    """The connection is gone (or must be dropped): end this connection's handler."""


class ScriptedServer:
    def __init__(self, *, max_lifetime: float = 120.0, idle_timeout: float = 15.0) -> None:
        self.default: ActionSource = Reply(404, json={"error": "no scripted response"})
        self._queue: deque[ActionSource] = deque()
        self._routes: dict[str, deque[ActionSource]] = {}
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connection_count = 0
        self._idle_timeout = idle_timeout
        self._max_lifetime = max_lifetime
        self._tcp: _TCPServer | None = None
        self._thread: threading.Thread | None = None
        self._lifetime_timer: threading.Timer | None = None

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> Self:
        self._tcp = _TCPServer(("127.0.0.1", 0), _Handler, self)
        self._thread = threading.Thread(
            target=self._tcp.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()
        self._lifetime_timer = threading.Timer(self._max_lifetime, self.stop)
        self._lifetime_timer.daemon = True
        self._lifetime_timer.start()
        return self

    def stop(self) -> None:
        if self._stopping.is_set():
            return
        self._stopping.set()
        if self._lifetime_timer is not None:
            self._lifetime_timer.cancel()
        if self._tcp is not None:
            self._tcp.shutdown()
            self._tcp.server_close()
        with self._lock:
            connections = list(self._connections)
        for sock in connections:  # wakes handlers blocked reading an idle keep-alive connection
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- script and records ----------------------------------------------------------------------

    @property
    def port(self) -> int:
        assert self._tcp is not None, "server not started"
        return int(self._tcp.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def enqueue(self, *actions: ActionSource) -> None:
        with self._lock:
            self._queue.extend(actions)

    def route(self, path: str, *actions: ActionSource) -> None:
        with self._lock:
            self._routes.setdefault(path, deque()).extend(actions)

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def connection_count(self) -> int:
        with self._lock:
            return self._connection_count

    @property
    def pending(self) -> int:
        """Scripted actions not used yet (global queue and routes)."""
        with self._lock:
            return len(self._queue) + sum(len(q) for q in self._routes.values())

    def clear(self) -> None:
        """Forget recorded requests and unused actions (connections stay open)."""
        with self._lock:
            self._requests.clear()
            self._queue.clear()
            self._routes.clear()

    # -- used by the handler ---------------------------------------------------------------------

    def _open_connection(self, sock: socket.socket) -> int:
        with self._lock:
            self._connections.add(sock)
            self._connection_count += 1
            return self._connection_count

    def _close_connection(self, sock: socket.socket) -> None:
        with self._lock:
            self._connections.discard(sock)

    def _next_action(self, request: RecordedRequest) -> Action:
        with self._lock:
            self._requests.append(request)
            queue = self._routes.get(request.path)
            if queue:
                source = queue.popleft()
            elif self._queue:
                source = self._queue.popleft()
            else:
                source = self.default
        return source(request) if callable(source) else source

    def _wait(self, seconds: float) -> None:
        self._stopping.wait(seconds)


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(
        self, address: tuple[str, int], handler: type[_Handler], owner: ScriptedServer
    ) -> None:
        self.owner = owner
        super().__init__(address, handler)


class _Handler(socketserver.BaseRequestHandler):
    request: socket.socket
    server: _TCPServer

    def handle(self) -> None:
        owner = self.server.owner
        sock = self.request
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(owner._idle_timeout)
        connection_id = owner._open_connection(sock)
        self._reader = reader = sock.makefile("rb")
        try:
            while not owner._stopping.is_set():
                request = _read_request(reader, connection_id)
                if request is None:
                    return
                if not self._perform(owner._next_action(request)):
                    return
        except (_Closed, OSError, ValueError):
            return
        finally:
            owner._close_connection(sock)
            reader.close()

    def _perform(self, action: Action) -> bool:
        """Carry out one action; False when the connection must not be reused."""
        owner = self.server.owner
        if isinstance(action, Reply):
            if action.delay:
                owner._wait(action.delay)
            self._send_reply(action)
            return not action.close
        if isinstance(action, Raw):
            if action.delay:
                owner._wait(action.delay)
            self.request.sendall(action.data)
            self._abort(rst=False)
            return False
        if isinstance(action, Drop):
            if action.delay:
                owner._wait(action.delay)
            self._abort(action.rst)
            return False
        if isinstance(action, Stall):
            owner._wait(action.seconds)
            return False
        self._send_stream(action)
        return action.chunked

    def _send_reply(self, reply: Reply) -> None:
        headers = {name.lower(): value for name, value in reply.headers.items()}
        if reply.json is not _UNSET:
            body = json.dumps(reply.json).encode()
            headers.setdefault("content-type", "application/json")
        else:
            body = reply.body.encode() if isinstance(reply.body, str) else reply.body
        headers.setdefault("content-length", str(len(body)))
        if reply.close:
            headers["connection"] = "close"
        data = _head(reply.status, headers) + body
        if reply.trickle:
            self._trickle(data, reply.trickle)
        else:
            self.request.sendall(data)

    def _trickle(self, data: bytes, interval: float) -> None:
        owner = self.server.owner
        for i in range(len(data)):
            self.request.sendall(data[i : i + 1])
            owner._wait(interval)
            if owner._stopping.is_set():
                raise _Closed

    def _send_stream(self, stream: StreamReply) -> None:
        headers = {name.lower(): value for name, value in stream.headers.items()}
        if stream.chunked:
            headers["transfer-encoding"] = "chunked"
        else:
            headers["connection"] = "close"
        self.request.sendall(_head(stream.status, headers))
        for part in stream.parts:
            if isinstance(part, Pause):
                self.server.owner._wait(part.seconds)
            elif isinstance(part, Cut):
                self._abort(part.rst)
                raise _Closed
            else:
                data = part.encode() if isinstance(part, str) else part
                if stream.chunked and data:
                    data = b"%x\r\n%b\r\n" % (len(data), data)
                self.request.sendall(data)
        if stream.chunked:
            self.request.sendall(b"0\r\n\r\n")

    def _abort(self, rst: bool) -> None:
        sock = self.request
        self._reader.close()  # while a file object refers to it, close() would not close the fd
        if rst:
            # Linger on with a zero timeout: close() then discards the socket with a TCP reset.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        else:
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()


def _head(status: int, headers: Mapping[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Status')}"]
    lines.extend(f"{name}: {value}" for name, value in headers.items())
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _read_request(reader: Any, connection_id: int) -> RecordedRequest | None:
    line = reader.readline(65537)
    if not line:
        return None  # the client closed its idle connection
    method, target, _version = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
    raw_headers: list[tuple[str, str]] = []
    for _ in range(_MAX_HEADER_LINES):
        header_line = reader.readline(65537).decode("latin-1").rstrip("\r\n")
        if not header_line:
            break
        name, _, value = header_line.partition(":")
        raw_headers.append((name.strip(), value.strip()))
    headers = Headers(raw_headers)
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = _read_chunked(reader)
    else:
        body = reader.read(int(headers.get("content-length", "0")))
    split = urlsplit(target)
    return RecordedRequest(
        method=method,
        path=split.path,
        query=parse_qs(split.query, keep_blank_values=True),
        raw_query=split.query,
        headers=headers,
        body=body,
        connection_id=connection_id,
    )


def _read_chunked(reader: Any) -> bytes:
    parts: list[bytes] = []
    while True:
        size = int(reader.readline(1024).split(b";")[0], 16)
        if size == 0:
            while reader.readline(65537) not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(parts)
        parts.append(reader.read(size))
        reader.readline(3)
