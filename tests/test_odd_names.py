"""Documents that are just odd give packages that import and pass ``mypy --strict`` and ``ruff
check``: aliases that refer to each other in a cycle, allOf through $refs in a cycle, enums of
objects, arrays, floats and huge integers, names of hundreds of characters, a title that is the
name of a dependency, names in other scripts, names whose order differs case folded, arguments
that may be integers or numbers, true and false as schemas, schemas named as what the client
module imports (Self), methods named list and dict, header options without a plain type.

All packages are generated into one folder and checked by one mypy run (seconds, not minutes).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import run_generator

LONG = "x" * 300


def ok(schema: Any = None, **extra: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": schema if schema is not None else {}}}
    return {"responses": {"200": {"description": "ok", "content": content}}, **extra}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


DOCUMENTS: dict[str, dict[str, Any]] = {
    "Cycles": {
        "paths": {
            "/a": {"get": ok(ref("M"), operationId="get_a")},
            # An argument of an array alias whose items are itself.
            "/s": {
                "post": ok(
                    ref("S"),
                    operationId="post_s",
                    parameters=[{"name": "s", "in": "query", "schema": ref("S")}],
                    requestBody={"content": {"application/json": {"schema": ref("S")}}},
                )
            },
        },
        "components": {
            "schemas": {
                "A": {"oneOf": [ref("B"), {"type": "string"}]},
                "B": {"type": "array", "items": ref("A")},
                "C": {"type": "object", "additionalProperties": ref("C")},
                # allOf through $refs in a cycle: each model has the properties of both.
                "P": {"type": "object", "allOf": [ref("Q")], "properties": {"p": {}}},
                "Q": {"type": "object", "allOf": [ref("P")], "properties": {"q": {}}},
                "R": {"type": "object", "allOf": [ref("R"), ref("P")], "properties": {"r": {}}},
                "S": {"type": "array", "items": ref("S")},
                # An inline allOf (a model of its own) whose part holds the same inline schema.
                "H": {
                    "type": "object",
                    "properties": {
                        "u": {"allOf": [ref("H"), {"properties": {"e": {"type": "string"}}}]}
                    },
                },
                "M": {
                    "type": "object",
                    "properties": {
                        "a": ref("A"),
                        "c": ref("C"),
                        "h": ref("H"),
                        "p": ref("P"),
                        "r": ref("R"),
                    },
                },
            }
        },
    },
    "Enums": {
        "paths": {
            "/a": {
                "get": ok(
                    ref("M"),
                    operationId="get_a",
                    parameters=[{"name": "o", "in": "query", "schema": ref("Obj")}],
                )
            },
            "/data": {"get": ok(ref("Data"), operationId="get_data")},
            # Methods named list and dict, and arguments whose enum values are arrays and
            # objects: the builtins are hidden in the class body.
            "/l": {"get": ok(operationId="list")},
            "/d": {
                "post": ok(
                    operationId="dict",
                    parameters=[
                        {"name": "a", "in": "query", "schema": {"enum": [[1], [2]]}},
                        {"name": "b", "in": "query", "schema": {"enum": [{"k": 1}]}},
                    ],
                    requestBody={"content": {"application/json": {"schema": {"enum": [[1]]}}}},
                )
            },
        },
        "components": {
            "schemas": {
                "Obj": {"enum": [{"a": 1}, {"b": [1, 2]}]},
                # Values with a "$ref" key are data, not references (fuzz, seed 7: refused as
                # "$ref points to a missing file"); a property may be named "default".
                "Data": {
                    "type": "object",
                    "enum": [{"$ref": "Ïd"}, {"$ref": "#/nowhere"}],
                    "default": {"$ref": "other.yaml"},
                    "properties": {"default": ref("Obj"), "c": {"const": {"$ref": "x.json"}}},
                },
                "Arr": {"enum": [[1, 2], [3]]},
                "Flt": {"type": "number", "enum": [1.5, 2.0, -0.0, 1e300]},
                "Big": {"type": "integer", "enum": [2**70, -(2**80), 10**40]},
                "Edge": {"type": "integer", "enum": [2**63 - 1, -(2**63), 2**63]},
                "Mixed": {"enum": ["a", 1, True, None, 2.5, {"k": "v"}, [1]]},
                "S": {"type": "array", "items": ref("S")},
                # An inline allOf (a model of its own) whose part holds the same inline schema.
                "H": {
                    "type": "object",
                    "properties": {
                        "u": {"allOf": [ref("H"), {"properties": {"e": {"type": "string"}}}]}
                    },
                },
                "M": {
                    "type": "object",
                    "properties": {
                        "o": ref("Obj"),
                        "f": {"type": "number", "enum": [0.1], "default": 0.1},
                        "big": {"type": "integer", "default": 2**70},
                        "c": {"const": {"fixed": True}},
                    },
                },
            }
        },
    },
    "Long": {
        "paths": {
            f"/{LONG}/{{id{LONG}}}": {
                "get": ok(
                    ref(f"S{LONG}"),
                    operationId=f"op{LONG}",
                    tags=[f"tag{LONG}"],
                    parameters=[
                        {"name": f"id{LONG}", "in": "path", "required": True, "schema": {}}
                    ],
                )
            }
        },
        "components": {
            "schemas": {
                f"S{LONG}": {
                    "type": "object",
                    "properties": {
                        f"p{LONG}": {"type": "string"},
                        "q": {"type": "object", "properties": {f"z{LONG}": {"type": "integer"}}},
                    },
                }
            }
        },
    },
    "Pydantic": {
        "paths": {
            "/httpx2": {"get": ok(ref("BaseModel"), operationId="get_a", tags=["httpx2"])},
            # on the client, whose module imports Self and TracebackType
            "/": {"get": ok(ref("Self"), operationId="get_b")},
        },
        "components": {
            "schemas": {
                "BaseModel": {"type": "object", "properties": {"model_config": {}}},
                "Self": {"type": "object", "properties": {"t": ref("TracebackType")}},
                "TracebackType": {"type": "object", "properties": {"x": {}}},
                "Typing": {"type": "string"},
            }
        },
    },
    "Ñandú API": {
        "paths": {
            "/usuarios/{número}": {
                "get": ok(
                    ref("Größe"),
                    operationId="获取用户",
                    tags=["Пользователи"],
                    # a vendor hint: placed by tag and operationId (both transliterated)
                    **{"x-speakeasy-name-override": "获取用户"},
                    parameters=[
                        {"name": "número", "in": "path", "required": True, "schema": {}},
                        {"name": "名前", "in": "query", "schema": {"type": "string"}},
                    ],
                )
            }
        },
        "components": {
            "schemas": {
                "Größe": {
                    "type": "object",
                    "properties": {"größe": {"type": "number"}, "値": {}, "🙂": {}},
                },
                "Ünïcödé": {"type": "string", "enum": ["ä", "ö"]},
            }
        },
    },
    # Names whose order differs case folded (ruff's import order) and as written (__all__'s).
    "Order": {
        "paths": {
            "/a": {"get": ok(ref("ANy"), operationId="get_a", tags=["a_zd"])},
            "/b": {"get": ok(ref("AnX"), operationId="get_b", tags=["Ab"])},
        },
        "components": {
            "schemas": {
                "ANy": {"type": "object", "properties": {"x": {}}},
                "AnX": {"type": "object", "properties": {"y": {}}},
                "aB": {"type": "string"},
                "ab_c": {"type": "string"},
            }
        },
    },
    # Arguments that may be an integer or a number: `float` (ruff PYI041), int | float in models.
    "Numerics": {
        "paths": {
            "/a": {
                "post": {
                    **ok(ref("N")),
                    "operationId": "post_a",
                    "parameters": [
                        {"name": "q", "in": "query", "schema": {"type": ["integer", "number"]}},
                        {
                            "name": "h",
                            "in": "header",
                            "required": True,
                            "schema": {"oneOf": [{"type": "integer"}, {"type": "number"}]},
                        },
                    ],
                    "requestBody": {"content": {"application/json": {"schema": ref("N")}}},
                }
            },
            "/b": {
                "put": {
                    **ok(),
                    "operationId": "put_b",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"type": ["integer", "number"]}}}
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "N": {
                    "type": "object",
                    "properties": {"n": {"anyOf": [{"type": "integer"}, {"type": "number"}]}},
                }
            }
        },
    },
    # true and false as schemas (JSON Schema 2020-12) wherever a schema may stand: in variants,
    # properties, items, parameters, credentials; examples are built for all of them.
    "Booleans": {
        "paths": {
            # A list's response whose properties may be boolean schemas (fuzz, seed 7).
            "/b": {"get": ok({"type": "object", "properties": {"data": True, "n": False}})},
            "/a": {
                "post": {
                    **ok(ref("U")),
                    "operationId": "post_a",
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "required": True,
                            "schema": {"oneOf": [True, {"type": "integer"}]},
                        },
                        {"name": "X-Key", "in": "header", "schema": True},
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["v", "w"],
                                    "properties": {
                                        "v": {"anyOf": [True, {"type": "string"}]},
                                        "w": True,
                                        "x": False,
                                        "y": {"type": "array", "items": True},
                                    },
                                }
                            }
                        },
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "U": {"oneOf": [True, ref("O")], "discriminator": {"propertyName": "kind"}},
                "O": {"type": "object", "required": ["kind"], "properties": {"kind": True}},
            },
            "securitySchemes": {"k": {"type": "apiKey", "in": "header", "name": "X-Key"}},
        },
        "security": [{"k": []}],
    },
    # Headers most operations take become client options: typed by their default and enum
    # values where the schema has no type, by the type besides null in a list of types.
    "Headers": {
        "paths": {
            path: {
                "get": ok(
                    operationId=f"get_{path[1:]}",
                    parameters=[
                        {
                            "name": "X-Level",
                            "in": "header",
                            "schema": {"enum": [-5, 7], "default": -5},
                        },
                        {
                            "name": "X-Count",
                            "in": "header",
                            "schema": {"type": ["null", "integer"], "default": 3},
                        },
                    ],
                )
            }
            for path in ("/a", "/b")
        }
    },
}
PACKAGES = {
    "Booleans": "booleans",
    "Headers": "headers",
    "Cycles": "cycles",
    "Numerics": "numerics",
    "Order": "order",
    "Enums": "enums",
    "Long": "long",
    "Pydantic": "pydantic_client",
    "Ñandú API": "nandu_api",
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every document's package, side by side in one folder; the warnings in ``warnings.json``."""
    root = tmp_path_factory.mktemp("odd-names")
    warnings = {}
    for title, body in DOCUMENTS.items():
        spec = root / f"{PACKAGES[title]}.json"
        spec.write_text(json.dumps({"openapi": "3.1.0", "info": {"title": title}, **body}))
        out = root / f"out-{PACKAGES[title]}"
        result = run_generator("generate", "--spec", str(spec), "--out", str(out))
        assert result.returncode == 0, result.stderr
        (out / PACKAGES[title]).rename(root / PACKAGES[title])
        warnings[title] = result.stderr
    (root / "warnings.json").write_text(json.dumps(warnings))
    (out / "pyproject.toml").rename(root / "pyproject.toml")  # the generated ruff settings
    return root


def test_every_package_imports(generated: Path) -> None:
    probe = (
        "import importlib, pkgutil, sys\n"
        "for name in sys.argv[1:]:\n"
        "    package = importlib.import_module(name)\n"
        "    for module in pkgutil.walk_packages(package.__path__, name + '.'):\n"
        "        importlib.import_module(module.name)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *PACKAGES.values()],
        cwd=generated,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_every_package_passes_mypy_strict(generated: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *PACKAGES.values()],
        cwd=generated,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout


def test_every_package_passes_ruff_check(generated: Path) -> None:
    """Among ruff's rules: the order of imports (I001) and of ``__all__`` (RUF022)."""
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--extend-select", "I,RUF022", *PACKAGES.values()],
        cwd=generated,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout


def test_an_argument_of_integer_or_number_is_a_float_and_a_field_keeps_ints(
    generated: Path,
) -> None:
    # a.create() and b.update(), each in its resource's module
    resource = "".join(p.read_text() for p in sorted((generated / "numerics").glob("*.py")))
    assert "q: float | NotGiven" in resource and "h: float," in resource
    assert "request: float | NotGiven" in resource or "request: float," in resource
    assert "n: int | float | None" in (generated / "numerics" / "types" / "n.py").read_text()


def test_names_in_other_scripts_are_transliterated(generated: Path) -> None:
    package = generated / "nandu_api"
    assert (package / "polzovateli.py").is_file()
    assert {p.name for p in (package / "types").glob("*.py")} >= {"grosse.py", "unicode.py"}
    resource = (package / "polzovateli.py").read_text()
    assert "def huo_qu_yong_hu(" in resource and "numero: " in resource and "ming_qian" in resource
    model = (package / "types" / "grosse.py").read_text()
    assert "class Grosse(" in model and 'alias="gr\\u00f6\\u00dfe"' in model
    assert "slight_smile: Any" in model


def test_long_names_are_capped_with_a_hash(generated: Path) -> None:
    files = [p for p in (generated / "long").rglob("*.py")]
    assert max(len(p.name) for p in files) <= 64
    names = [
        name
        for path in files
        for node in ast.walk(ast.parse(path.read_text()))
        for name in (
            getattr(node, "name", None),
            getattr(node, "id", None),
            getattr(node, "arg", None),
            getattr(node, "attr", None),
        )
        if isinstance(name, str)
    ]
    assert max(len(name) for name in names) <= 120  # the wire names stay whole, in strings


def test_a_title_that_names_a_dependency_does_not_shadow_it(generated: Path) -> None:
    assert (generated / "pydantic_client" / "httpx2.py").is_file()  # a module inside: harmless
    assert not (generated / "pydantic").exists()


def test_enum_values_that_cannot_be_literals_have_their_json_type(generated: Path) -> None:
    types = generated / "enums" / "types"
    assert "Obj: TypeAlias = dict[str, Any]" in (types / "obj.py").read_text()
    assert "Flt: TypeAlias = float" in (types / "flt.py").read_text()
    assert "Big: TypeAlias = int" in (types / "big.py").read_text()  # beyond 64 bits: not a Literal
    assert (
        "Edge: TypeAlias = Literal[9223372036854775807, -9223372036854775808] | int"
        in (types / "edge.py").read_text()
    )
    mixed = (types / "mixed.py").read_text()
    assert 'Literal["a", 1, True] | float | dict[str, Any] | list[Any] | None' in mixed


def test_alias_cycles_are_cut_where_least_is_lost(generated: Path) -> None:
    types = generated / "cycles" / "types"
    assert "A: TypeAlias = B | str" in (types / "a.py").read_text()
    assert "B: TypeAlias = list[Any]" in (types / "b.py").read_text()
    warnings = json.loads((generated / "warnings.json").read_text())["Cycles"]
    assert "schema B: its reference to A is typed Any" in warnings


def test_an_array_alias_of_itself_is_spelled_out_once_in_arguments(generated: Path) -> None:
    # s.create(), in its resource's module
    client = "".join(p.read_text() for p in sorted((generated / "cycles").glob("*.py")))
    assert "s: Sequence[S] | NotGiven" in client and "request: Sequence[S] | NotGiven" in client


def test_allof_cycles_merge_each_part_once(generated: Path) -> None:
    types = generated / "cycles" / "types"
    fields = {
        name: [
            node.target.id
            for node in ast.walk(ast.parse((types / f"{name.lower()}.py").read_text()))
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
        ]
        for name in ("P", "Q", "R")
    }
    assert fields == {"P": ["q", "p"], "Q": ["p", "q"], "R": ["q", "p", "r"]}
