"""Documents that are hostile or just odd: the reader refuses each one quickly, through the CLI,
with exit code 2 and a diagnostic that names the file, the line and the JSON pointer."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from generator.diagnostics import GeneratorError
from generator.read import read_document
from generator.read.loader import MAX_DEPTH, load_document
from tests.helpers import run_generator

HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
JSON_HEAD = '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},\n'


def laughs(levels: int) -> str:
    """The "billion laughs": nine aliases of nine aliases of ..., a few hundred bytes."""
    text = HEAD + "x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    previous = "a"
    for name in "bcdefghijklmnop"[:levels]:
        text += f"x-{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    return text


def nested(depth: int) -> str:
    return JSON_HEAD + '"x-deep": ' + "[" * depth + "]" * depth + "}"


HOSTILE = {
    "laughs.yaml": (
        laughs(8),
        ["aliases expand this document to 490,329,060 values", "laughs.yaml:11 (at /x-h)"],
    ),
    "recursive.yaml": (
        HEAD + "x-r: &r\n  self: *r\n",
        ["recursive.yaml:4 (at /x-r/self)", "an alias includes the value it belongs to"],
    ),
    "recursive-list.yaml": (
        HEAD + "x-r: &r [1, *r]\n",
        ["(at /x-r/1)", "an alias includes the value it belongs to"],
    ),
    "duplicate.yaml": (
        HEAD.replace("paths: {}\n", "")
        + "paths:\n  /a:\n    get: {responses: {'200': {description: ok}}}\n"
        + "  /b:\n    get: {responses: {'200': {description: ok}}}\n"
        + "  /a:\n    post: {responses: {'200': {description: ok}}}\n",
        ["duplicate.yaml:8 (at /paths/~1a)", "duplicate key '/a': at line 4 and again at line 8"],
    ),
    "duplicate.json": (
        (
            '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"},\n'
            '"paths": {"/a": {"get": {"responses": {}}},\n'
            '          "/a": {"post": {"responses": {}}}}}\n'
        ),
        ["duplicate.json:3 (at /paths/~1a)", "at line 2 and again at line 3"],
    ),
    "latin1.yaml": (
        b"openapi: 3.1.0\ninfo: {title: caf\xe9, version: '1'}\npaths: {}\n",
        ["latin1.yaml:2 (at /info/title)", "not UTF-8: byte 0xE9 at line 2, column 18"],
    ),
    "long-number.yaml": (
        HEAD + "components: {schemas: {A: {type: integer, maximum: " + "9" * 5000 + "}}}\n",
        ["long-number.yaml:4 (at /components/schemas/A/maximum)", "a number of 5000 digits"],
    ),
    "long-number.json": (
        JSON_HEAD + '"x-n": ' + "9" * 5000 + "}",
        ["long-number.json:2 (at /x-n)", "a number of 5000 digits"],
    ),
    "deep.json": (
        nested(MAX_DEPTH + 5),
        ["deep.json:2 (at /x-deep/0/0/0/", f"nests more than {MAX_DEPTH} levels"],
    ),
    "very-deep.json": (nested(5000), ["very-deep.json", f"nests more than {MAX_DEPTH} levels"]),
    "very-deep.yaml": (HEAD + "x: " + "[" * 5000 + "]" * 5000 + "\n", ["very-deep.yaml"]),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_document_is_refused_with_file_line_and_pointer(
    tmp_path: Path, name: str
) -> None:
    content, expected = HOSTILE[name]
    spec = tmp_path / name
    spec.write_bytes(content if isinstance(content, bytes) else content.encode())
    out = tmp_path / "out"
    started = time.perf_counter()
    result = run_generator("generate", "--spec", str(spec), "--out", str(out))
    assert time.perf_counter() - started < 30  # a hang would be the failure, not slowness
    assert result.returncode == 2, result.stderr
    for text in expected:
        assert text in result.stderr, result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_an_alias_bomb_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    spec = tmp_path / "bomb.yaml"
    spec.write_text(laughs(15))  # 9**16 values if expanded
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(GeneratorError, match="aliases expand this document"):
        load_document(spec)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # KiB


def test_aliases_within_the_budget_are_read(tmp_path: Path) -> None:
    spec = tmp_path / "anchors.yaml"
    spec.write_text(
        HEAD + "x-shared: &s {type: string}\nx-uses: [*s, *s, *s]\nx-merged: {<<: *s, a: 1}\n"
    )
    document = load_document(spec)
    assert document["x-uses"] == [{"type": "string"}] * 3
    assert document["x-merged"] == {"type": "string", "a": 1}


def test_a_merge_key_may_be_overridden_without_a_duplicate_error(tmp_path: Path) -> None:
    spec = tmp_path / "merge.yaml"
    spec.write_text(HEAD + "x-base: &b {type: string, title: b}\nx-m: {<<: *b, title: m}\n")
    assert load_document(spec)["x-m"] == {"type": "string", "title": "m"}


def test_keys_equal_as_values_are_duplicates(tmp_path: Path) -> None:
    spec = tmp_path / "ints.yaml"
    spec.write_text(HEAD + "x-codes:\n  1: a\n  0x1: b\n")
    with pytest.raises(GeneratorError, match="duplicate key 1: at line 5 and again at line 6"):
        load_document(spec)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_a_byte_order_mark_names_the_encoding(tmp_path: Path, encoding: str) -> None:
    spec = tmp_path / "bom.yaml"
    spec.write_bytes(HEAD.replace("title: t", "title: café").encode(encoding))
    assert load_document(spec)["info"]["title"] == "café"


def document_with(operation: str) -> str:
    return HEAD.replace("paths: {}\n", "") + "paths:\n  /a:\n    get:\n" + operation


WRONG_SHAPES = {
    "paths-as-list": (
        HEAD.replace("paths: {}", "paths:\n  - /a"),
        ["wrong.yaml:4 (at /paths): error: expected a mapping of PathItem objects, found a list"],
    ),
    "parameters-as-mapping": (
        document_with("      parameters: {name: x, in: query}\n      responses: {}\n"),
        ["wrong.yaml:6 (at /paths/~1a/get/parameters)", "expected a list of Parameter objects"],
    ),
    "responses-as-list": (
        document_with("      responses: [ok]\n"),
        ["(at /paths/~1a/get/responses)", "expected a mapping of Response objects"],
    ),
    "parameter-without-name": (
        document_with("      parameters: [{in: query, schema: {type: string}}]\n"),
        ["(at /paths/~1a/get/parameters/0)", "a Parameter object without `name`"],
    ),
    "parameter-in-body": (
        document_with("      parameters: [{name: b, in: body}]\n"),
        ["(at /paths/~1a/get/parameters/0/in)", "`in: body` is not a parameter location"],
    ),
    "enum-as-string": (
        HEAD + "components: {schemas: {E: {type: string, enum: abc}}}\n",
        ["(at /components/schemas/E/enum)", "expected a list, found the string 'abc'"],
    ),
    "unknown-type": (
        HEAD + "components: {schemas: {E: {type: strnig}}}\n",
        ["(at /components/schemas/E/type)", "unknown schema type 'strnig'"],
    ),
    "schema-as-string": (
        HEAD + "components: {schemas: {E: {properties: {a: string}}}}\n",
        ["(at /components/schemas/E/properties/a)", "expected a Schema object, found the string"],
    ),
    "info-as-string": (
        HEAD.replace("info: {title: t, version: '1'}", "info: my api"),
        ["wrong.yaml:2 (at /info)", "expected an Info object"],
    ),
    "openapi-4": (HEAD.replace("3.1.0", "4.0.0"), ["wrong.yaml:1 (at /openapi)", "4.0.0"]),
    "openapi-3.3": (HEAD.replace("3.1.0", "3.3.0"), ["unsupported document version"]),
    "swagger-1.2": (
        HEAD.replace("openapi: 3.1.0", "swagger: '1.2'"),
        ["unsupported document version (swagger: 1.2)"],
    ),
    "no-version": (
        HEAD.replace("openapi: 3.1.0\n", ""),
        ["neither an openapi nor a swagger field", "OpenAPI 3.0, 3.1 and 3.2, and Swagger 2.0"],
    ),
}


@pytest.mark.parametrize("case", sorted(WRONG_SHAPES))
def test_a_structurally_wrong_document_is_a_diagnostic_not_an_internal_error(
    tmp_path: Path, case: str
) -> None:
    content, expected = WRONG_SHAPES[case]
    spec = tmp_path / "wrong.yaml"
    spec.write_text(content)
    result = run_generator("generate", "--spec", str(spec), "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    for text in expected:
        assert text in result.stderr, result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize("version", ["3.0.3", "3.1.1", "3.2.0", "3.1.0-rc1", "3.1"])
def test_supported_versions_are_read(tmp_path: Path, version: str) -> None:
    spec = tmp_path / "ok.yaml"
    spec.write_text(HEAD.replace("3.1.0", f"'{version}'"))
    assert read_document(spec)[1] == []


def test_a_version_written_as_a_number_is_a_warning(tmp_path: Path) -> None:
    spec = tmp_path / "number.yaml"
    spec.write_text(HEAD.replace("3.1.0", "3.1"))
    assert read_document(spec)[1] == [
        "number.yaml: /openapi: the version is the number 3.1; write it as a string"
    ]


def test_items_written_as_a_tuple_are_repaired_with_a_warning(tmp_path: Path) -> None:
    spec = tmp_path / "tuple.yaml"
    spec.write_text(
        HEAD + "components: {schemas: {T: {type: array, items: [{type: string}, {type: integer}]},"
        " U: {type: object, example: {items: [1, 2]}}}}\n"
    )
    document, warnings = read_document(spec)
    schemas = document["components"]["schemas"]
    assert schemas["T"]["items"] == {"anyOf": [{"type": "string"}, {"type": "integer"}]}
    assert schemas["U"]["example"] == {"items": [1, 2]}  # an example is data, left alone
    expected = (
        "tuple.yaml: /components/schemas/T/items: a list of schemas (a tuple); "
        "read as an array whose items are any of them"
    )
    assert warnings == [expected]
