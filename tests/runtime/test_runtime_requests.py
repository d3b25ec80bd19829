"""Request building and response parsing, over real HTTP, with both clients (see `connect`)."""

from __future__ import annotations

import enum
from types import ModuleType
from typing import Any, Literal

import pytest
from pydantic import BaseModel, Field

from tests.servers import Reply, ScriptedServer

from .drivers import API_KEY, Connect


class Model(BaseModel):
    id: str
    created: int = 0


class Strict(BaseModel):
    kind: Literal["a", "b"]


class Message(BaseModel):
    role: str
    content: str | None = None
    tool_name: str | None = Field(default=None, alias="toolName")


class Color(enum.Enum):
    RED = "red"


def test_path_params_are_percent_encoded(connect: Connect, server: ScriptedServer) -> None:
    server.default = Reply(200, json={"id": "m"})
    api = connect()
    api.request(
        "GET",
        "/v1/models/{model}/versions/{version}",
        path_params={"model": "a b/c?d#e", "version": 3},
        response_type=Model,
    )
    api.request("GET", "/v1/models/{model}", path_params={"model": ".."}, response_type=Model)
    first, second = server.requests
    assert first.path == "/v1/models/a%20b%2Fc%3Fd%23e/versions/3"
    assert second.path == "/v1/models/%2E%2E"  # not resolved to /v1/


def test_empty_or_missing_path_param_is_refused(connect: Connect, server: ScriptedServer) -> None:
    api = connect()
    with pytest.raises(ValueError, match="model"):
        api.request("GET", "/v1/models/{model}", path_params={"model": ""}, response_type=None)
    with pytest.raises(ValueError, match="model"):
        api.request("GET", "/v1/models/{model}", path_params={}, response_type=None)
    assert server.requests == []


def test_query_encoding(connect: Connect, server: ScriptedServer, rt: ModuleType) -> None:
    server.default = Reply(200, json=[])
    api = connect()
    api.request(
        "GET",
        "/v1/items",
        query={
            "ids": ["a", "b", rt.NOT_GIVEN],
            "flag": True,
            "off": False,
            "skip": rt.NOT_GIVEN,
            "none": None,
            "color": Color.RED,
            "filter": {"name": "x"},
            "empty": [],
        },
        response_type=list[Model],
        options={"extra_query": {"extra": 1}},
    )
    (request,) = server.requests
    assert request.raw_query == (
        "ids=a&ids=b&flag=true&off=false&none=&color=red&filter%5Bname%5D=x&extra=1"
    )


def test_body_drops_not_given_and_dumps_models(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = Reply(200, json={"id": "m"})
    api = connect()
    api.request(
        "POST",
        "/v1/chat",
        body={
            "model": "command",
            "temperature": rt.NOT_GIVEN,
            "seed": None,
            "messages": [
                Message(role="user", content="hi", toolName="t"),
                Message(role="system"),
                rt.NOT_GIVEN,
                {"role": "tool", "extra": rt.NOT_GIVEN},
            ],
        },
        response_type=Model,
        options={"extra_body": {"debug": True}},
    )
    (request,) = server.requests
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {
        "model": "command",
        "seed": None,  # an explicit None is sent as null
        "messages": [
            {"role": "user", "content": "hi", "toolName": "t"},  # by alias
            {"role": "system"},  # unset fields are not sent
            {"role": "tool"},
        ],
        "debug": True,
    }


def test_plain_bodies_are_not_copied(rt: ModuleType) -> None:
    body = {"a": [1, {"b": "c"}], "d": None}
    assert rt._encoding.prepare_body(body) is body
    changed = {"a": [1, {"b": rt.NOT_GIVEN}], "d": None}
    assert rt._encoding.prepare_body(changed) == {"a": [1, {}], "d": None}
    assert changed["a"][1] == {"b": rt.NOT_GIVEN}  # the caller's object is left alone


def test_default_and_custom_headers(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = Reply(200, json={"id": "m"})
    api = connect(default_headers={"X-Client-Name": "tests"}, user_agent="cohere-client/1.0")
    api.request(
        "GET",
        "/v1/x",
        headers={
            "X-Trace": "t1",
            "x-span": "s1",
            "X-Skip": rt.NOT_GIVEN,
            "X-None": None,
            "X-Flag": True,
        },
        response_type=Model,
        options={
            "extra_headers": {"x-trace": "t2", "X-Span": "s2", "Accept": "application/x-test"}
        },
    )
    (request,) = server.requests
    headers = request.headers
    assert headers["authorization"] == f"Bearer {API_KEY}"
    assert headers["user-agent"] == "cohere-client/1.0"
    assert headers["x-client-name"] == "tests"
    assert headers["x-flag"] == "true"
    assert "x-skip" not in headers and "x-none" not in headers
    # extra_headers win, case-insensitively, and are not sent twice
    assert [value for name, value in headers.raw if name.lower() == "x-trace"] == ["t2"]
    assert [value for name, value in headers.raw if name.lower() == "x-span"] == ["s2"]
    assert [value for name, value in headers.raw if name.lower() == "accept"] == [
        "application/x-test"
    ]


def test_caller_supplied_http_client_gets_default_headers_and_stays_open(
    connect: Connect, server: ScriptedServer
) -> None:
    server.default = Reply(200, json={"id": "m"})
    api = connect(own_http_client=True)
    assert api.request("GET", "/v1/x", response_type=Model) == Model(id="m")
    assert server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    assert server.requests[0].headers["accept"] == "application/json"
    api.run(api.client.close() if api.kind == "sync" else api.client.aclose())
    assert not api.http_client_is_closed()


def test_client_context_manager_closes_own_pool(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.default = Reply(200, json={"id": "m"})
    api = connect()
    if api.kind == "sync":
        with api.client as client:
            client.request("GET", "/v1/x", response_type=Model)
    else:

        async def use() -> None:
            async with api.client as client:
                await client.request("GET", "/v1/x", response_type=Model)

        api.run(use())
    assert api.client._http.is_closed


def test_response_types(connect: Connect, server: ScriptedServer) -> None:
    api = connect()
    server.enqueue(
        Reply(200, json={"id": "m", "created": 5, "unknown_field": [1]}),
        Reply(200, json=[{"id": "a"}, {"id": "b"}]),
        Reply(200, json={"a": 1}),
        Reply(204),
        Reply(200, body="not json at all"),
        Reply(200, body="plain text", headers={"content-type": "text/plain"}),
        Reply(200, json={"id": "x"}),
    )
    assert api.request("GET", "/1", response_type=Model) == Model(id="m", created=5)
    assert api.request("GET", "/2", response_type=list[Model]) == [Model(id="a"), Model(id="b")]
    assert api.request("GET", "/3", response_type=dict[str, int]) == {"a": 1}
    assert api.request("DELETE", "/4", response_type=None) is None
    assert api.request("DELETE", "/5", response_type=None) is None  # body ignored
    assert api.request("GET", "/6", response_type=str) == "plain text"
    assert api.request("GET", "/7", response_type=Model | list[Model]) == Model(id="x")


@pytest.mark.parametrize(
    ("reply", "expected_type", "fragment"),
    [
        (Reply(200, body='{"id": "trunc'), Model, "not a valid Model"),
        (Reply(200, body=""), Model, "(empty body)"),
        (Reply(201, json={"kind": "c", "more": 1}), Strict, '"kind": "c"'),
        (Reply(200, json={"nope": 1}), list[Model], "[{"),
    ],
)
def test_invalid_success_body_raises_validation_error(
    connect: Connect,
    server: ScriptedServer,
    rt: ModuleType,
    reply: Reply,
    expected_type: Any,
    fragment: str,
) -> None:
    server.enqueue(reply)
    with pytest.raises(rt.ApiResponseValidationError) as caught:
        connect(strict_response_validation=True).request(
            "GET", "/v1/x", response_type=expected_type
        )
    error = caught.value
    assert error.status_code == reply.status
    assert str(reply.status) in str(error) and "GET" in str(error)
    if fragment != "[{":
        assert fragment in str(error)
    assert error.response.status_code == reply.status


def test_validation_error_quotes_the_body(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.enqueue(Reply(200, json={"kind": "unknown-enum", "extra": True}))
    with pytest.raises(rt.ApiResponseValidationError) as caught:
        connect(strict_response_validation=True).request("GET", "/v1/x", response_type=Strict)
    assert caught.value.body == {"kind": "unknown-enum", "extra": True}
    assert '"kind": "unknown-enum"' in str(caught.value)
    assert "kind" in str(caught.value).split("(")[1]  # names the failing field


def test_status_errors_are_typed(connect: Connect, server: ScriptedServer, rt: ModuleType) -> None:
    class NotFoundError(rt.ApiStatusError):  # type: ignore[name-defined,misc]
        pass

    api = connect(status_errors={404: NotFoundError}, max_retries=0)
    server.enqueue(
        Reply(404, json={"message": "no such model"}, headers={"x-request-id": "r1"}),
        Reply(400, body="bad things"),
        Reply(500, body=""),
    )
    with pytest.raises(NotFoundError) as not_found:
        api.request("GET", "/v1/models/{m}", path_params={"m": "x"}, response_type=Model)
    error = not_found.value
    assert error.status_code == 404
    assert error.body == {"message": "no such model"}
    assert error.headers["x-request-id"] == "r1"
    assert error.request.method == "GET"
    assert error.response.status_code == 404
    assert str(error) == (
        f'404 Not Found for GET {server.url}/v1/models/x: {{"message": "no such model"}}'
    )
    with pytest.raises(rt.ApiStatusError) as bad:
        api.request("POST", "/v1/y", response_type=Model)
    assert type(bad.value) is rt.ApiStatusError
    assert bad.value.body == "bad things"
    with pytest.raises(rt.ApiStatusError) as empty:
        api.request("GET", "/v1/z", response_type=Model)
    assert empty.value.body is None
    assert "(empty body)" in str(empty.value)


def test_long_error_bodies_are_truncated(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    server.enqueue(Reply(422, body="x" * 5000))
    with pytest.raises(rt.ApiStatusError) as caught:
        connect().request("GET", "/v1/x", response_type=Model)
    message = str(caught.value)
    assert message.endswith("... (truncated)")
    assert len(message) < 700
    assert caught.value.body == "x" * 5000  # the attribute keeps everything


def test_api_key_never_in_errors_or_reprs(
    connect: Connect, server: ScriptedServer, rt: ModuleType
) -> None:
    api = connect(max_retries=0)
    server.enqueue(Reply(401, json={"message": f"invalid api token {API_KEY}"}))
    with pytest.raises(rt.ApiStatusError) as caught:
        api.request("GET", "/v1/x", response_type=Model)
    assert API_KEY not in str(caught.value) and API_KEY not in repr(caught.value)
    assert "<redacted>" in str(caught.value)
    assert API_KEY not in repr(api.client)
    assert API_KEY not in repr(api.client.settings)
    assert API_KEY not in str(api.client.settings)


def test_credential_and_base_url_resolution(
    rt: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"api_key": "TEST_API_KEY"}
    monkeypatch.delenv("TEST_API_KEY", raising=False)
    assert rt.resolve_credentials({"api_key": None}, env) == {}
    assert rt.resolve_credentials({"api_key": ""}, env) == {}  # empty counts as missing
    monkeypatch.setenv("TEST_API_KEY", "from-env")
    assert rt.resolve_credentials({"api_key": None}, env) == {"api_key": "from-env"}
    assert rt.resolve_credentials({"api_key": "explicit"}, env) == {"api_key": "explicit"}

    monkeypatch.delenv("TEST_BASE_URL", raising=False)
    assert rt.resolve_base_url(None, "TEST_BASE_URL", "https://d") == "https://d"
    monkeypatch.setenv("TEST_BASE_URL", "https://env")
    assert rt.resolve_base_url(None, "TEST_BASE_URL", "https://d") == "https://env"
    assert rt.resolve_base_url("https://arg", "TEST_BASE_URL", "https://d") == "https://arg"
    assert rt.resolve_base_url(None, None, "https://d") == "https://d"


def test_base_url_with_path_prefix(connect: Connect, server: ScriptedServer) -> None:
    server.default = Reply(200, json={"id": "m"})
    connect(base_url=server.url + "/api/").request("GET", "/v1/x", response_type=Model)
    assert server.requests[0].path == "/api/v1/x"


def test_not_given_sentinel(rt: ModuleType) -> None:
    import copy
    import pickle

    assert not rt.NOT_GIVEN
    assert repr(rt.NOT_GIVEN) == "NOT_GIVEN"
    assert copy.copy(rt.NOT_GIVEN) is rt.NOT_GIVEN
    assert copy.deepcopy({"a": rt.NOT_GIVEN})["a"] is rt.NOT_GIVEN
    assert pickle.loads(pickle.dumps(rt.NOT_GIVEN)) is rt.NOT_GIVEN


def test_connection_is_reused(connect: Connect, server: ScriptedServer) -> None:
    server.default = Reply(200, json={"id": "m"})
    api = connect()
    for _ in range(3):
        api.request("POST", "/v1/x", body={"n": 1}, response_type=Model)
    assert len({request.connection_id for request in server.requests}) == 1
    assert server.connection_count == 1


def test_multipart_upload(connect: Connect, server: ScriptedServer, rt: ModuleType) -> None:
    server.default = Reply(200, json={"id": "d"})
    api = connect()
    api.request(
        "POST",
        "/v1/datasets",
        body={"name": "ds", "skip": rt.NOT_GIVEN, "meta": {"a": 1}},
        files={"data": ("data.csv", b"a,b\n1,2\n", "text/csv")},
        response_type=Model,
    )
    (request,) = server.requests
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    body = request.body
    assert b'name="name"\r\n\r\nds\r\n' in body
    assert b'name="meta"\r\n\r\n{"a":1}\r\n' in body
    assert b'filename="data.csv"' in body and b"a,b\n1,2\n" in body
    assert b'name="skip"' not in body
