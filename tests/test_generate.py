from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import GENERATED, ROOT, run_generator, tree_bytes


def test_the_committed_client_is_what_the_generator_makes() -> None:
    result = run_generator("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_output_is_byte_identical_across_hash_seeds_and_excerpt_order(tmp_path: Path) -> None:
    trees = []
    for seed, reverse in (("1", False), ("4242", True)):
        project = tmp_path / f"run{seed}"
        (project / "spec" / "excerpts").mkdir(parents=True)
        excerpts = sorted((ROOT / "spec" / "excerpts").glob("*.yaml"), reverse=reverse)
        for excerpt in excerpts:  # copy order changes directory order on disk
            shutil.copy(excerpt, project / "spec" / "excerpts" / excerpt.name)
        for name in ("overlay.yaml", "config.yaml"):
            shutil.copy(ROOT / "spec" / name, project / "spec" / name)
        result = run_generator(cwd=project, env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        trees.append(
            tree_bytes(project / "generated")
            | {"openapi.yaml": (project / "spec" / "openapi.yaml").read_bytes()}
        )
    assert trees[0] == trees[1]
    assert trees[0] == tree_bytes(GENERATED) | {
        "openapi.yaml": (ROOT / "spec" / "openapi.yaml").read_bytes()
    }


def test_check_fails_with_a_readable_diff_on_drift(tmp_path: Path) -> None:
    for name in ("spec", "generated"):
        shutil.copytree(ROOT / name, tmp_path / name)
    config = tmp_path / "spec" / "config.yaml"  # the configuration changed, nobody regenerated
    config.write_text(config.read_text().replace("max_retries: 2", "max_retries: 5"))
    result = run_generator("check", cwd=tmp_path)
    assert result.returncode == 1
    assert (
        "-DEFAULT_MAX_RETRIES = 2" in result.stdout and "+DEFAULT_MAX_RETRIES = 5" in result.stdout
    )
    assert "generated/cohere_client/_client.py" in result.stdout
    assert re.search(
        r"_client\.py:\d+: error: differs from what the generator makes", result.stderr
    )


HOSTILE_SPEC = {
    "openapi": "3.1.0",
    "info": {
        "title": 'Hostile """ API {{ 7*7 }}',
        "version": "1",
        "description": 'ends with a quote"',
    },
    "servers": [{"url": 'https://example.test/"; import os; "'}],
    "paths": {
        "/import/{thing-id}": {  # a resource named by a keyword
            "post": {
                "operationId": "class",
                "summary": 'Summary with """ triple quotes, a backslash \\ and {{ jinja }} {% raw %}',
                "description": 'Line one\nLine two \\N{BULLET} \\x00 \u2028 end"""\nimport os; os.system(\'echo pwned\')',
                "tags": ["import"],
                "parameters": [
                    {
                        "name": "thing-id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {
                        "name": "from",
                        "in": "query",
                        "schema": {"type": "string", "description": "'''"},
                    },
                    {"name": "x.dotted", "in": "header", "schema": {"type": "integer"}},
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "class": {"type": "string", "default": '"; import os; "'},
                                    "self": {"type": "string"},
                                    "request_options": {"type": "string"},
                                    "kind": {
                                        "type": "string",
                                        "enum": ['a"; import os; "', "b\\", "{{ x }}", "\n"],
                                    },
                                },
                                "required": ["class"],
                            }
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Any"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Any": {
                "type": "object",
                "description": '"""; import os; """',
                "properties": {
                    "model_config": {"type": "string"},
                    "json": {"type": "string"},
                    "list": {"type": "array", "items": {"type": "string"}},
                    "str": {"type": "string"},
                    "def": {"$ref": "#/components/schemas/Field"},
                    "123": {"type": "boolean"},
                    "a-b.c": {"type": "number", "description": "\\"},
                },
            },
            "Field": {"type": "string", "enum": ["x", "y"], "description": "{% if %}"},
            "Literal": {
                "type": "object",
                "properties": {"self": {"$ref": "#/components/schemas/Literal"}},
            },
        }
    },
}


def test_a_hostile_spec_produces_valid_inert_code(tmp_path: Path) -> None:
    spec = tmp_path / "hostile.json"
    spec.write_text(json.dumps(HOSTILE_SPEC))
    out = tmp_path / "out"
    result = run_generator("generate", "--spec", str(spec), "--out", str(out))
    assert result.returncode == 0, result.stderr
    package = out / "hostile_api_7_7"
    for path in package.rglob("*.py"):
        source = path.read_text()
        if "_runtime" in path.parts:  # copied verbatim, not rendered from the spec
            continue
        tree = ast.parse(source)  # valid Python
        for node in ast.walk(tree):  # nothing from the spec became an import or a call to os
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names]
                assert "os" not in names and getattr(node, "module", None) != "os", path
    probe = (
        "import hostile_api_7_7 as h\n"
        "from hostile_api_7_7.types import Any as _\n"
        "m = h.AnyModel.model_validate({'model_config': 'a', 'json': 'b', 'list': ['c'], 'str': 'd', 'def': 'zzz', '123': True, 'a-b.c': 1.5})\n"
        "assert m.model_config_ == 'a' and m.json_ == 'b' and m.list_ == ['c'] and m.str_ == 'd' and m.def_ == 'zzz'\n"
        "assert m.model_dump(by_alias=True, exclude_unset=True)['a-b.c'] == 1.5\n"
        "print(h.AnyModel.__doc__)\n"
        "import inspect\n"
        "from hostile_api_7_7.import_ import ImportResource\n"
        "sig = inspect.signature(ImportResource.update)\n"
        "assert list(sig.parameters) == ['self', 'thing_id', 'class_', 'from_', 'x_dotted', 'self_', 'request_options_', 'kind', 'request_options'], list(sig.parameters)\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe], check=False, cwd=out, capture_output=True, text=True
    )
    assert ran.returncode == 0, ran.stderr
    assert "import os; " in ran.stdout  # the description survived as text
    assert "pwned" not in ran.stdout
    lint = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "hostile_api_7_7"],
        check=False,
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout
    types = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "hostile_api_7_7"],
        check=False,
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert types.returncode == 0, types.stdout


def test_a_failing_generate_leaves_the_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("previous output")
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\npaths: {\n")
    result = run_generator("generate", "--spec", str(broken), "--out", str(out))
    assert result.returncode == 2
    assert "broken.yaml" in result.stderr and "Traceback" not in result.stderr
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


@pytest.mark.parametrize(
    "tool",  # their caches go elsewhere: generated/ must stay exactly what the generator made
    [["mypy", "--strict", "--cache-dir", os.devnull], ["ruff", "check", "--no-cache"]],
)
def test_the_generated_client_passes_strict_typing_and_lint(tool: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", *tool, "cohere_client", "tests"],
        check=False,
        cwd=GENERATED,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
