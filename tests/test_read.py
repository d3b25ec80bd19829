"""Documents that are hostile or just odd: the reader refuses each one quickly, through the CLI,
with exit code 2 and a diagnostic that names the file, the line and the JSON pointer."""

from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest

from generator.diagnostics import GeneratorError
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
