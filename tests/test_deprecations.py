"""Deprecations and aliases in a generated client, called over HTTP against the scripted server.

``deprecated: true`` on an operation, a parameter or a property, and the configuration's
``aliases`` (old method, argument, constructor argument and class names), each become a
DeprecationWarning when used: attributed to the caller's line, so the usual ``warnings`` rules
apply (once per call site), and noted in the docstrings.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from generator.config import Config
from generator.diagnostics import GeneratorError
from generator.ir import build_ir
from generator.regen.diff import diff_apis
from tests.helpers import run_generator
from tests.servers import Reply, ScriptedServer


def _json(schema: str) -> dict[str, Any]:
    reference = {"$ref": f"#/components/schemas/{schema}"}
    return {"description": "ok", "content": {"application/json": {"schema": reference}}}


_WIDGET = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "colour": {"type": "string", "deprecated": True, "description": "Use `color`."},
        "color": {"type": "string"},
    },
}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1"},
    "servers": [{"url": "https://widgets.test"}],
    "security": [{"bearerAuth": []}],  # the client's one credential: api_key
    "paths": {
        "/widgets": {
            "get": {
                "operationId": "list",
                "tags": ["widgets"],
                "x-speakeasy-group": "widgets",  # named by the operationId, not the path
                "deprecated": True,
                "parameters": [
                    {"name": "page_token", "in": "query", "schema": {"type": "string"}},
                    {
                        "name": "legacy_filter",
                        "in": "query",
                        "deprecated": True,
                        "schema": {"type": "string"},
                    },
                ],
                "responses": {"200": _json("WidgetPage")},
            }
        },
        "/widgets/{key}": {
            "get": {
                "operationId": "get",
                "tags": ["widgets"],
                "x-speakeasy-group": "widgets",  # named by the operationId, not the path
                "parameters": [
                    {"name": "key", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                ],
                "responses": {"200": _json("Widget")},
            }
        },
    },
    "components": {
        "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Widget": _WIDGET,
            "WidgetPage": {
                "type": "object",
                "properties": {
                    "widgets": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Widget"},
                    },
                    "next_page_token": {"type": "string"},
                },
            },
        }
    },
}
CONFIG = {
    "package": "widgets",
    "aliases": {
        "fetch_widget": "widgets.get",  # on the client
        "widgets.retrieve": "widgets.get",  # on the resource
        "widgets.get(widget_key=)": "key",  # a required, positional argument
        "widgets.get(detailed=)": "verbose",  # an optional one
        "Client(token=)": "api_key",
        "Gadget": "Widget",
    },
}


@pytest.fixture(scope="module")
def widgets(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("widgets")
    (root / "spec.json").write_text(json.dumps(SPEC))
    (root / "config.yaml").write_text(yaml.safe_dump(CONFIG))
    result = run_generator(
        "generate",
        "--spec",
        str(root / "spec.json"),
        "--out",
        str(root / "out"),
        "--config",
        str(root / "config.yaml"),
    )
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(root / "out"))
    try:
        yield importlib.import_module("widgets")
    finally:
        sys.path.remove(str(root / "out"))


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as scripted:
        scripted.default = Reply(200, json={"id": "w1", "colour": "red", "widgets": []})
        yield scripted


def _next_line() -> tuple[str, int]:
    """This file, and the line after the one that calls _next_line()."""
    frame = inspect.currentframe()
    assert frame is not None and frame.f_back is not None
    return frame.f_back.f_code.co_filename, frame.f_back.f_lineno + 1


def test_a_deprecated_operation_warns_once_per_call_site(
    widgets: ModuleType, server: ScriptedServer
) -> None:
    with (
        widgets.Client(api_key="k", base_url=server.url) as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("default")  # the usual rule: once per location
        for _ in range(3):
            file, line = _next_line()
            client.widgets.list()
    assert [(w.category, w.filename, w.lineno) for w in caught] == [
        (DeprecationWarning, file, line)
    ]
    assert str(caught[0].message) == "widgets.list() is deprecated by the API and may be removed"
    assert len(server.requests) == 3
    assert "Deprecated: the API may remove this operation." in (client.widgets.list.__doc__ or "")


def test_the_page_iterator_of_a_deprecated_operation_warns_at_the_loop(
    widgets: ModuleType, server: ScriptedServer
) -> None:
    with (
        widgets.Client(api_key="k", base_url=server.url) as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        file, line = _next_line()
        items = list(client.widgets.iter_list())
    assert items == []
    assert {(w.filename, w.lineno) for w in caught} == {(file, line)}


def test_a_deprecated_argument_warns_only_when_passed(
    widgets: ModuleType, server: ScriptedServer
) -> None:
    with (
        widgets.Client(api_key="k", base_url=server.url) as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        client.widgets.list()
        given = len(caught)
        client.widgets.list(legacy_filter="x")
    messages = [str(w.message) for w in caught[given:]]
    assert messages == [
        "widgets.list() is deprecated by the API and may be removed",
        "the argument legacy_filter= of widgets.list() is deprecated by the API and may be removed",
    ]
    assert server.requests[-1].query == {"legacy_filter": ["x"]}
    assert "legacy_filter: Deprecated: the API may remove it." in (
        client.widgets.list.__doc__ or ""
    )


def test_reading_a_deprecated_property_warns(widgets: ModuleType, server: ScriptedServer) -> None:
    with widgets.Client(api_key="k", base_url=server.url) as client:
        widget = client.widgets.get("w1")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert widget.id == "w1"
        assert caught == []
        file, line = _next_line()
        assert widget.colour == "red"
    assert [(w.category, w.filename, w.lineno) for w in caught] == [
        (DeprecationWarning, file, line)
    ]
    assert "Widget.colour is deprecated" in str(caught[0].message)
    source = (Path(widgets.__file__).parent / "types" / "widget.py").read_text()
    assert "Deprecated: the API may remove this field." in source


def test_method_aliases_forward_with_a_warning_sync_and_async(
    widgets: ModuleType, server: ScriptedServer
) -> None:
    with (
        widgets.Client(api_key="k", base_url=server.url) as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        assert client.fetch_widget("w1").id == "w1"
        assert client.widgets.retrieve("w2", verbose=True).id == "w1"

    async def run() -> str:
        async with widgets.AsyncClient(api_key="k", base_url=server.url) as client:
            widget = await client.fetch_widget("w3")
            return str(widget.id)

    with warnings.catch_warnings(record=True) as async_caught:
        warnings.simplefilter("always")
        assert asyncio.run(run()) == "w1"
    assert [str(w.message) for w in caught + async_caught] == [
        "fetch_widget() is deprecated: use widgets.get()",
        "widgets.retrieve() is deprecated: use widgets.get()",
        "fetch_widget() is deprecated: use widgets.get()",
    ]
    assert {w.filename for w in caught + async_caught} == {__file__}
    assert [r.path for r in server.requests] == ["/widgets/w1", "/widgets/w2", "/widgets/w3"]


def test_argument_aliases(widgets: ModuleType, server: ScriptedServer) -> None:
    with (
        widgets.Client(api_key="k", base_url=server.url) as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        client.widgets.get("a")
        assert caught == []
        client.widgets.get(widget_key="b", detailed=True)
        assert [str(w.message) for w in caught] == [
            "the argument widget_key= of widgets.get() is deprecated: use key=",
            "the argument detailed= of widgets.get() is deprecated: use verbose=",
        ]
        with pytest.raises(TypeError, match="passed under both names"), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            client.widgets.get("c", widget_key="c")
        with pytest.raises(TypeError, match="missing the argument key"):
            client.widgets.get()
    assert [(r.path, r.query) for r in server.requests] == [
        ("/widgets/a", {}),
        ("/widgets/b", {"verbose": ["true"]}),
    ]


def test_constructor_and_class_aliases(widgets: ModuleType, server: ScriptedServer) -> None:
    with warnings.catch_warnings(record=True) as caught:
        # `from package import name` looks the name up twice: once per call site shows one
        warnings.simplefilter("default")
        with widgets.Client(token="old-style-key", base_url=server.url) as client:
            client.widgets.get("w1")
        gadget = widgets.Gadget
        from widgets.types import Gadget
    assert server.requests[0].headers["authorization"] == "Bearer old-style-key"
    assert gadget is Gadget is widgets.Widget
    assert [str(w.message) for w in caught] == [
        "the argument token= of Client() is deprecated: use api_key=",
        "Gadget is deprecated: use Widget",
        "Gadget is deprecated: use Widget",
    ]
    assert {w.filename for w in caught} == {__file__}
    assert "Gadget" not in widgets.__all__


def test_a_rename_that_leaves_its_alias_behind_does_not_break_callers() -> None:
    renamed = Config(
        operation_renames={"widgets.get": "fetch"},
        aliases={"widgets.get": "widgets.fetch", "Gadget": "Widget"},
    )
    report = diff_apis(build_ir(SPEC, Config()), build_ir(SPEC, renamed))
    assert {(c.kind, c.breaking) for c in report.changes} == {("method-renamed", False)}
    assert "still works as a deprecated alias" in report.changes[0].message
    assert report.bump == "minor"


@pytest.mark.parametrize(
    ("aliases", "message"),
    [
        ({"old": "widgets.nope"}, "'widgets.nope' is not a method of the client"),
        ({"widgets.list": "widgets.get"}, "'widgets.list' is a name of the client already"),
        ({"widgets": "widgets.get"}, "'widgets' is a name of the client already"),
        ({"other.get": "widgets.get"}, "would sit on 'other' but call another resource"),
        ({"widgets.get(x=)": "nope"}, "'nope' is not an argument of widgets.get()"),
        ({"widgets.get(verbose=)": "key"}, "'verbose' is an argument of widgets.get() already"),
        ({"Client(key=)": "timeout"}, "'timeout' is not an argument of Client() that can have"),
        ({"Old": "Missing"}, "'Missing' is not a generated type"),
        ({"Widget": "WidgetPage"}, "is a name the package exports already"),
        ({"not an alias": "x"}, "is not an alias the generator understands"),
    ],
)
def test_wrong_aliases_are_errors(aliases: dict[str, str], message: str) -> None:
    with pytest.raises(GeneratorError) as caught:
        build_ir(SPEC, Config(aliases=aliases))
    assert message in str(caught.value)
    assert caught.value.diagnostics[0].pointer.startswith("/aliases/")


USAGE = """\
from widgets import Client, Gadget, Widget

client = Client(token="k")
first: Widget = client.widgets.get("a")
second: Widget = client.widgets.get(widget_key="a", detailed=True)
third: Gadget = client.fetch_widget("a")
client.widgets.get()  # type: ignore[call-overload]
"""


@pytest.mark.parametrize("tool", [["mypy", "--strict"], ["ruff", "check"]])
def test_the_aliases_type_check_and_lint(widgets: ModuleType, tool: list[str]) -> None:
    """Both spellings type-check, through the overloads; leaving the argument out does not
    (strict mypy flags an unneeded `type: ignore`)."""
    out = Path(widgets.__file__).parent.parent
    (out / "usage.py").write_text(USAGE)
    result = subprocess.run(
        [sys.executable, "-m", *tool, "widgets", "usage.py"],
        check=False,
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
