"""Request bodies that are not JSON: form fields, multipart uploads, raw binary content."""

from __future__ import annotations

import io
from pathlib import Path
from urllib.parse import parse_qs

from tests.servers import Reply, ScriptedServer

from .drivers import Connect


def test_form_urlencoded_body(connect: Connect, server: ScriptedServer) -> None:
    server.enqueue(Reply(200, json={}))
    api = connect()
    api.request(
        "POST",
        "/form",
        body={"name": "a b", "count": 3, "flag": True, "skipped": api.rt.NOT_GIVEN},
        media_type="application/x-www-form-urlencoded",
        response_type=None,
    )
    sent = server.requests[0]
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(sent.body.decode()) == {"name": ["a b"], "count": ["3"], "flag": ["true"]}


def test_multipart_files_from_bytes_file_objects_and_paths(
    connect: Connect, server: ScriptedServer, tmp_path: Path
) -> None:
    server.enqueue(Reply(200, json={}), Reply(200, json={}))
    report = tmp_path / "report.csv"
    report.write_bytes(b"a,b\n1,2\n")
    api = connect(max_retries=1)
    for _ in range(2):  # the second request proves a path is read afresh, not a spent stream
        api.request(
            "POST",
            "/upload",
            body={"purpose": "fine-tune", "tags": ["x", "y"]},
            files={
                "file": report,
                "extra": [b"raw bytes", ("note.txt", io.BytesIO(b"hello"), "text/plain")],
                "missing": api.rt.NOT_GIVEN,
            },
            media_type="multipart/form-data",
            response_type=None,
        )
    for sent in server.requests:
        body = sent.body
        assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert b'name="purpose"\r\n\r\nfine-tune' in body
        assert b'name="tags"\r\n\r\n["x","y"]' in body
        assert b'name="file"; filename="report.csv"' in body and b"a,b\n1,2\n" in body
        assert b"raw bytes" in body
        assert b'filename="note.txt"' in body and b"Content-Type: text/plain" in body
        assert b'name="missing"' not in body


def test_raw_binary_body_from_a_path_or_a_file(
    connect: Connect, server: ScriptedServer, tmp_path: Path
) -> None:
    server.enqueue(Reply(200, json={}), Reply(200, json={}))
    image = tmp_path / "image.png"
    image.write_bytes(b"\x89PNG\r\n")
    api = connect()
    api.request("PUT", "/raw", body=image, media_type="image/png", response_type=None)
    api.request(
        "PUT",
        "/raw",
        body=io.BytesIO(b"\x00\x01"),
        media_type="application/octet-stream",
        response_type=None,
    )
    first, second = server.requests
    assert first.headers["content-type"] == "image/png" and first.body == b"\x89PNG\r\n"
    assert second.headers["content-type"] == "application/octet-stream"
    assert second.body == b"\x00\x01"


def test_form_urlencoded_arrays_repeat_the_field(connect: Connect, server: ScriptedServer) -> None:
    server.enqueue(Reply(200, json={}))
    api = connect()
    api.request(
        "POST",
        "/form",
        body={"topic": ["a", "b"], "data": "d", "meta": {"k": 1}},
        media_type="application/x-www-form-urlencoded",
        response_type=None,
    )
    sent = parse_qs(server.requests[0].body.decode())
    assert sent == {"topic": ["a", "b"], "data": ["d"], "meta": ['{"k":1}']}


def test_multipart_without_files_is_still_multipart(
    connect: Connect, server: ScriptedServer
) -> None:
    server.enqueue(Reply(200, json={}))
    api = connect()
    api.request(
        "POST",
        "/videos",
        body={"name": "clip", "channel": 1},
        files={"thumbnail": api.rt.NOT_GIVEN},
        media_type="multipart/form-data",
        response_type=None,
    )
    sent = server.requests[0]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="name"\r\n\r\nclip' in sent.body and b'name="channel"\r\n\r\n1' in sent.body
