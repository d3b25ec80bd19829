"""A fast local stand-in for the Cohere API, for the runtime and streaming benchmarks.

A raw ASGI app (no framework) under uvicorn (httptools + uvloop when installed),
run in its own process on 127.0.0.1:

    POST /v1/tokenize  small JSON TokenizeResponse
    GET  /v1/models    20 GetModelResponse items + next_page_token
    POST /v2/chat      200 SSE events (message-start, content-start, content-delta x195,
                       content-end, message-end) then `data: [DONE]`; one event per send

`serve(port)` runs it (python bench/_servers.py PORT); `running_server()` starts it
in a subprocess with the bench venv's python and yields its base URL.
"""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEERS_PYTHON = ROOT / "bench" / ".work" / "venv-peers" / "bin" / "python"

TOKENIZE = {
    "tokens": [1, 2, 3],
    "token_strings": ["a", "b", "c"],
    "meta": {"api_version": {"version": "1"}},
}

_ENDPOINTS = ["chat", "embed", "classify", "summarize", "rerank", "rate", "generate"]
MODELS = {
    "models": [
        {
            "name": f"command-model-{i}",
            "is_deprecated": i % 5 == 0,
            "endpoints": _ENDPOINTS[: 1 + i % len(_ENDPOINTS)],
            "finetuned": i % 3 == 0,
            "context_length": 4096.0 * (1 + i % 4),
            "tokenizer_url": f"https://storage.example.com/tokenizers/command-model-{i}.json",
            "default_endpoints": _ENDPOINTS[: i % 2],
            "features": ["tools", "json_mode", "strict_tools"][: i % 4],
        }
        for i in range(20)
    ],
    "next_page_token": "page-2",
}

STREAM_EVENTS = 200


def chat_events(count: int = STREAM_EVENTS) -> list[dict[str, object]]:
    """message-start, content-start, content-delta x (count - 4), content-end, message-end."""
    events: list[dict[str, object]] = [
        {
            "type": "message-start",
            "id": "9b2f7c4e-1111-4a2b-9c3d-0123456789ab",
            "delta": {"message": {"role": "assistant"}},
        },
        {
            "type": "content-start",
            "index": 0,
            "delta": {"message": {"content": {"type": "text", "text": ""}}},
        },
    ]
    events += [
        {
            "type": "content-delta",
            "index": 0,
            "delta": {"message": {"content": {"text": f" word{i}"}}},
        }
        for i in range(count - 4)
    ]
    events += [
        {"type": "content-end", "index": 0},
        {
            "type": "message-end",
            "delta": {
                "finish_reason": "COMPLETE",
                "usage": {
                    "billed_units": {"input_tokens": 5, "output_tokens": count - 4},
                    "tokens": {"input_tokens": 70, "output_tokens": count - 3},
                },
            },
        },
    ]
    return events


def sse_chunks(count: int = STREAM_EVENTS) -> list[bytes]:
    chunks = [
        f"event: {event['type']}\ndata: {json.dumps(event, separators=(',', ':'))}\n\n".encode()
        for event in chat_events(count)
    ]
    chunks.append(b"data: [DONE]\n\n")
    return chunks


def _app_factory():
    tokenize = json.dumps(TOKENIZE).encode()
    models = json.dumps(MODELS).encode()
    stream = sse_chunks()
    json_headers = [(b"content-type", b"application/json")]

    async def drain(receive) -> None:
        more = True
        while more:
            message = await receive()
            more = message.get("more_body", False)

    async def app(scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        await drain(receive)
        path = scope["path"]
        if path == "/v1/tokenize":
            body = tokenize
        elif path == "/v1/models":
            body = models
        elif path == "/v2/chat":
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"text/event-stream"),
                        (b"cache-control", b"no-cache"),
                    ],
                }
            )
            for chunk in stream:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            return
        else:
            await send({"type": "http.response.start", "status": 404, "headers": json_headers})
            await send({"type": "http.response.body", "body": b'{"message":"not found"}'})
            return
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": json_headers + [(b"content-length", str(len(body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": body})

    return app


def serve(port: int) -> None:
    import importlib.util

    import uvicorn

    options = {}
    if importlib.util.find_spec("httptools"):
        options["http"] = "httptools"
    if importlib.util.find_spec("uvloop"):
        options["loop"] = "uvloop"
    uvicorn.run(
        _app_factory(),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="off",
        **options,
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server() -> Iterator[str]:
    """Start the server in its own process; yield its base URL; stop it."""
    port = _free_port()
    python = PEERS_PYTHON if PEERS_PYTHON.exists() else Path(sys.executable)
    process = subprocess.Popen([str(python), str(Path(__file__).resolve()), str(port)])
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the benchmark server did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    serve(int(sys.argv[1]))
