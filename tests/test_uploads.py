"""Generated methods for bodies that are not JSON, called over HTTP against the scripted server:
multipart uploads (one file, several files, given as bytes, file objects or paths), form fields,
raw binary bodies and binary downloads."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from urllib.parse import parse_qs

import pytest

from tests.helpers import generated_package
from tests.servers import Reply, ScriptedServer

BINARY = {"type": "string", "format": "binary"}
SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Uploads", "version": "1"},
    "servers": [{"url": "https://uploads.test"}],
    "paths": {
        "/files": {
            "post": {
                "operationId": "upload",
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "file": BINARY,
                                    "attachments": {"type": "array", "items": BINARY},
                                    "purpose": {"type": "string", "enum": ["batch", "fine-tune"]},
                                    "labels": {"type": "array", "items": {"type": "string"}},
                                },
                                "required": ["file", "purpose"],
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"id": {"type": "string"}},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/login": {
            "post": {
                "operationId": "login",
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "user": {"type": "string"},
                                    "remember": {"type": "boolean"},
                                },
                            }
                        }
                    }
                },
                "responses": {"204": {"description": "done"}},
            }
        },
        "/blobs/{name}": {
            "put": {
                "operationId": "put_blob",
                "parameters": [
                    {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/octet-stream": {"schema": BINARY}},
                },
                "responses": {"204": {"description": "stored"}},
            },
            "get": {
                "operationId": "get_blob",
                "parameters": [
                    {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "the bytes",
                        "content": {"application/octet-stream": {"schema": BINARY}},
                    }
                },
            },
        },
    },
}


@pytest.fixture(scope="module")
def uploads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with generated_package(SPEC, tmp_path_factory.mktemp("uploads"), "uploads") as package:
        yield package


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as scripted:
        yield scripted


def test_multipart_upload_sends_files_and_fields(
    uploads: ModuleType, server: ScriptedServer, tmp_path: Path
) -> None:
    document = tmp_path / "data.jsonl"
    document.write_bytes(b'{"a": 1}\n')
    server.enqueue(Reply(200, json={"id": "file-1"}))
    with uploads.Client(base_url=server.url) as client:
        created = client.files.create(
            file=document,
            attachments=[b"first", ("second.txt", io.BytesIO(b"second"), "text/plain")],
            purpose="fine-tune",
            labels=["a", "b"],
        )
    assert created.id == "file-1"
    sent = server.requests[0]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="data.jsonl"' in sent.body and b'{"a": 1}\n' in sent.body
    assert sent.body.count(b'name="attachments"') == 2 and b"second" in sent.body
    assert b'name="purpose"\r\n\r\nfine-tune' in sent.body
    assert b'name="labels"\r\n\r\n["a","b"]' in sent.body


def test_form_fields_raw_upload_and_binary_download_async(
    uploads: ModuleType, server: ScriptedServer
) -> None:
    server.enqueue(
        Reply(204),
        Reply(204),
        Reply(200, body=b"\x00\x01\x02", headers={"content-type": "application/octet-stream"}),
    )

    async def run() -> bytes:
        async with uploads.AsyncClient(base_url=server.url) as client:
            await client.login.create(user="ada", remember=True)
            await client.blobs.update("a b", request=io.BytesIO(b"\x00\x01\x02"))
            data: bytes = await client.blobs.retrieve("a b")
            return data

    assert asyncio.run(run()) == b"\x00\x01\x02"
    login, put, get = server.requests
    assert login.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(login.body.decode()) == {"user": ["ada"], "remember": ["true"]}
    assert put.path == "/blobs/a%20b" and put.body == b"\x00\x01\x02"
    assert put.headers["content-type"] == "application/octet-stream"
    assert get.method == "GET"
