"""Formatting: black by default, ruff on request, both exact; the content-addressed cache."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import black
import pytest

from generator.render.cache import CACHE_DIR_ENV, FormatCache, default_cache_dir
from generator.render.format import Formatter, _black_mode, format_files
from generator.render.render import TEMPLATES
from tests.helpers import GENERATED, ROOT, run_generator, tree_bytes

SPEC = ROOT / "spec" / "openapi.yaml"
SMALL_SPEC = """\
openapi: 3.1.0
info: {title: Small, version: "1"}
paths:
  /pets/{pet_id}:
    get:
      operationId: get_pet
      parameters: [{name: pet_id, in: path, required: true, schema: {type: string}}]
      responses:
        "200":
          description: A pet.
          content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
components:
  schemas:
    Pet:
      type: object
      required: [name]
      properties: {name: {type: string}, tags: {type: array, items: {type: string}}}
"""
FILES = {
    "pkg/__init__.py": "from .a import (x)\n",
    "pkg/a.py": "x = {  'a':1,\n 'b':[1,2,3]}\n",
    "pkg/b.py": "def f(a,b):\n  return a+b\n",
    "pkg/c.py": "class C:\n  '''Doc.'''\n  y=1\n",
    "pkg/_runtime/d.py": "untouched  =  1\n",  # the runtime is copied verbatim
    "README.md": "not python  =  1\n",
}


def _entries(cache_dir: Path) -> list[Path]:
    return sorted(p for p in (cache_dir / "format").glob("*/*") if not p.name.startswith("."))


def test_the_runtime_sources_are_already_black_clean() -> None:
    for source in sorted((TEMPLATES / "package" / "_runtime").glob("*.py")):
        with pytest.raises(black.NothingChanged):
            black.format_file_contents(source.read_text(), fast=False, mode=_black_mode())


def test_black_check_accepts_the_generated_distribution_with_its_own_settings(
    tmp_path: Path,
) -> None:
    # A copy outside this repository: only the distribution's own pyproject.toml configures black.
    shutil.copytree(GENERATED, tmp_path / "generated", ignore=shutil.ignore_patterns(".*"))
    pyproject = (tmp_path / "generated" / "pyproject.toml").read_text()
    assert '[tool.black]\nline-length = 100\ntarget-version = ["py311"]' in pyproject
    assert 'requires-python = ">=3.11"' in pyproject
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "generated"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_a_ruff_formatted_generation_is_ruff_clean_imports_and_type_checks(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text((ROOT / "spec" / "config.yaml").read_text() + "\nformatter: ruff\n")
    out = tmp_path / "out"
    result = run_generator(
        "generate", "--spec", str(SPEC), "--config", str(config), "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    checks = [
        ["ruff", "format", "--check", "."],
        ["ruff", "check", "cohere_client"],
        ["mypy", "--strict", "--no-incremental", "cohere_client"],
        ["-c", "import cohere_client; cohere_client.ClientV2; cohere_client.types.FinetunedModel"],
    ]
    for check in checks:
        command = [sys.executable, *(["-m", *check] if check[0] != "-c" else check)]
        done = subprocess.run(command, cwd=out, capture_output=True, text=True, check=False)
        assert done.returncode == 0, f"{check}: {done.stdout}{done.stderr}"


@pytest.mark.parametrize("formatter", [Formatter("black"), Formatter("ruff")])
def test_both_formatters_format_the_package_and_leave_the_rest_alone(formatter: Formatter) -> None:
    formatted = format_files(FILES, formatter)
    assert formatted["pkg/a.py"] == 'x = {"a": 1, "b": [1, 2, 3]}\n'
    assert formatted["pkg/b.py"] == "def f(a, b):\n    return a + b\n"
    assert formatted["pkg/_runtime/d.py"] == FILES["pkg/_runtime/d.py"]
    assert formatted["README.md"] == FILES["README.md"]
    assert format_files(FILES, formatter) == formatted


def test_a_second_run_takes_every_file_from_the_cache(tmp_path: Path) -> None:
    first = FormatCache(tmp_path)
    formatted = format_files(FILES, Formatter(), first)
    assert (first.hits, first.misses) == (0, 4) and len(_entries(tmp_path)) == 4
    second = FormatCache(tmp_path)
    assert format_files(FILES, Formatter(), second) == formatted
    assert (second.hits, second.misses) == (4, 0)


def test_only_changed_files_are_formatted_again(tmp_path: Path) -> None:
    format_files(FILES, Formatter(), FormatCache(tmp_path))
    changed = {**FILES, "pkg/b.py": "def f(a,b):\n  return a-b\n"}
    cache = FormatCache(tmp_path)
    assert format_files(changed, Formatter(), cache)["pkg/b.py"].endswith("return a - b\n")
    assert (cache.hits, cache.misses) == (3, 1)


def test_the_formatter_and_its_options_are_part_of_the_key(tmp_path: Path) -> None:
    format_files(FILES, Formatter("black"), FormatCache(tmp_path))
    cache = FormatCache(tmp_path)
    format_files(FILES, Formatter("ruff"), cache)
    assert (cache.hits, cache.misses) == (0, 4)


def test_a_corrupt_truncated_or_foreign_entry_is_ignored_and_replaced(tmp_path: Path) -> None:
    expected = format_files(FILES, Formatter(), FormatCache(tmp_path))
    truncated, flipped, foreign, garbage = _entries(tmp_path)
    truncated.write_bytes(truncated.read_bytes()[:-3])
    data = flipped.read_bytes()
    flipped.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # one bit of the text
    foreign.write_bytes(garbage.read_bytes())  # a valid entry, but for another input
    garbage.write_bytes(b"\x00\xff not an entry")
    cache = FormatCache(tmp_path)
    assert format_files(FILES, Formatter(), cache) == expected
    assert (cache.hits, cache.misses) == (0, 4)
    repaired = FormatCache(tmp_path)
    format_files(FILES, Formatter(), repaired)
    assert (repaired.hits, repaired.misses) == (4, 0)


def test_an_unwritable_cache_costs_time_not_the_generation(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache directory should be")
    cache = FormatCache(blocked)
    assert format_files(FILES, Formatter(), cache) == format_files(FILES, Formatter())


def test_the_cache_directory_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(CACHE_DIR_ENV)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "specgen"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "specgen"
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"


def test_generate_fills_the_cache_named_by_the_environment_and_no_cache_skips_it(
    tmp_path: Path,
) -> None:
    spec = tmp_path / "small.yaml"
    spec.write_text(SMALL_SPEC)
    cache_dir = tmp_path / "cache"
    env = {CACHE_DIR_ENV: str(cache_dir)}
    for options in (["--no-cache", "generate"], ["generate", "--no-cache"]):
        skipped = run_generator(
            *options, "--spec", str(spec), "--out", str(tmp_path / "a"), env=env
        )
        assert skipped.returncode == 0, skipped.stderr
        assert not cache_dir.exists()
    filled = run_generator("generate", "--spec", str(spec), "--out", str(tmp_path / "b"), env=env)
    assert filled.returncode == 0, filled.stderr
    assert len(_entries(cache_dir)) == len(list((tmp_path / "b").rglob("*.py"))) - len(
        list((tmp_path / "b").rglob("_runtime/*.py"))
    )
    assert tree_bytes(tmp_path / "a") == tree_bytes(tmp_path / "b")


def test_concurrent_generations_share_one_cache_without_corrupting_it(tmp_path: Path) -> None:
    spec = tmp_path / "small.yaml"
    spec.write_text(SMALL_SPEC)
    env = {**os.environ, "PYTHONPATH": str(ROOT), CACHE_DIR_ENV: str(tmp_path / "cache")}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        for out in (tmp_path / "out1", tmp_path / "out2", tmp_path / "out3")
    ]
    assert [run.wait(timeout=120) for run in runs] == [0, 0, 0]
    trees = [tree_bytes(tmp_path / f"out{n}") for n in (1, 2, 3)]
    assert trees[0] == trees[1] == trees[2]
    cache = FormatCache(tmp_path / "cache")
    assert all(cache.get(entry.name) is not None for entry in _entries(tmp_path / "cache"))
    assert not list((tmp_path / "cache").rglob(".tmp-*"))
