"""The escaper, exhaustively: every string of up to four characters (docstrings, literals; three
elsewhere) over an alphabet of the characters that matter becomes valid Python (and TOML) that
reads back as the text it came from.

Each context builds one module holding every string, parsed once, so that tens of thousands of
cases cost a few seconds; a module that does not parse is searched for the first culprit.
"""

from __future__ import annotations

import ast
import itertools
import tomllib
from collections.abc import Callable

import pytest

from generator.render.escape import comment, docline, docstring, py_literal
from generator.render.format import Formatter, format_files

ALPHABET = (
    '"',
    "'",
    "\\",
    "\n",
    "\r",
    "\x00",
    "\u2028",  # line separator
    "\x85",  # next line: a line break to str.splitlines, not to Python
    "\u200b",  # zero-width space (format character)
    "{",
    "}",
    "a",
    " ",
    "\t",
    "\U0001f600",  # beyond the BMP: a surrogate pair in JSON's escapes
    "\ud800",  # a lone surrogate, which json.loads("\"\\ud800\"") gives
)
STRINGS = ["".join(t) for n in range(5) for t in itertools.product(ALPHABET, repeat=n)]
SHORT = [s for s in STRINGS if len(s) <= 3]


def readable(text: str) -> str:
    """What a reader must see of ``text``: NUL gone, breaks and controls as spaces, a lone
    surrogate as U+FFFD, whitespace collapsed (docstrings re-indent and trim)."""
    text = text.replace("\x00", "").replace("\ud800", "\ufffd")
    return " ".join("".join(" " if c in "\r\u2028\x85" else c for c in text).split())


def parse_all(snippets: list[str]) -> ast.Module:
    source = "".join(snippets)
    try:
        source.encode("utf-8")
        return ast.parse(source)
    except (SyntaxError, UnicodeEncodeError):
        for snippet in snippets:
            try:
                snippet.encode("utf-8")
                ast.parse(snippet)
            except (SyntaxError, UnicodeEncodeError) as exc:
                raise AssertionError(f"invalid output {snippet!r}: {exc}") from None
        raise


def function_docstrings(strings: list[str], render: Callable[[str], str] = docstring) -> list[str]:
    return [f"def f{i}() -> None:\n    {render(s) or 'pass'}\n\n\n" for i, s in enumerate(strings)]


def docstrings_of(tree: ast.Module) -> list[str]:
    return [
        ast.get_docstring(node, clean=False) or ""
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
    ]


def test_docstrings_are_valid_and_keep_the_text() -> None:
    tree = parse_all(function_docstrings(STRINGS))
    for text, value in zip(STRINGS, docstrings_of(tree), strict=True):
        assert " ".join(value.split()) == readable(text), repr(text)


def test_module_level_docstrings_are_valid() -> None:
    snippets = [f"X{i} = 1\n{docstring(s, '')}\n" for i, s in enumerate(SHORT)]
    parse_all(snippets)


@pytest.mark.parametrize(
    "template",
    [
        '"""{}: a typed Python client."""\n',  # package docstring, first line
        '"""Title.\n\n{}\n"""\n',  # package docstring, body
        '"""{}"""\n',
    ],
)
def test_doclines_are_valid_in_every_template_position(template: str) -> None:
    tree = parse_all([template.format(docline(s)) for s in SHORT])
    for text, node in zip(SHORT, tree.body, strict=True):
        assert isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        expected = template.format(readable(text)).strip()[3:-3]  # without the quotes
        assert " ".join(node.value.value.split()) == " ".join(expected.split()), repr(text)


def test_string_literals_evaluate_to_the_text() -> None:
    tree = parse_all([f"x = {py_literal(s)}\n" for s in STRINGS])
    values = [ast.literal_eval(node.value) for node in tree.body if isinstance(node, ast.Assign)]
    assert values == STRINGS


def test_comments_stay_on_their_line() -> None:
    tree = parse_all([f"x = 1  # {comment(s)}\n" for s in SHORT])
    assert len(tree.body) == len(SHORT)


def test_comments_quoted_are_toml_strings() -> None:
    document = "".join(f"d{i} = {py_literal(comment(s))}\n" for i, s in enumerate(SHORT))
    values = tomllib.loads(document)
    assert [values[f"d{i}"] for i in range(len(SHORT))] == [comment(s) for s in SHORT]


@pytest.mark.parametrize("formatter", [Formatter("black"), Formatter("ruff")])
def test_the_formatter_keeps_docstrings_valid(formatter: Formatter) -> None:
    """black and ruff rewrite docstrings (indentation, quotes): their output must still parse."""
    formatted = format_files({"m.py": "".join(function_docstrings(SHORT))}, formatter)["m.py"]
    tree = ast.parse(formatted)
    for text, value in zip(SHORT, docstrings_of(tree), strict=True):
        assert " ".join(value.split()) == readable(text), repr(text)


def test_text_with_nothing_readable_gives_no_docstring() -> None:
    assert docstring(" \x00\n\t\u2028") == ""
    assert docstring("") == ""
