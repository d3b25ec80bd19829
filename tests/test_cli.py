"""The command line as a build step uses it: JSON diagnostics for CI, a progress line on terminals."""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import yaml

from generator.cli import main
from generator.progress import PROGRESS_AFTER_ENV
from tests.helpers import ROOT, run_generator

SWAGGER2 = """\
swagger: "2.0"
info: {title: Old, version: "1"}
paths:
  /things:
    get:
      operationId: list_things
      responses: {"200": {description: OK}}
"""
KEYS = {"severity", "file", "line", "pointer", "message", "hint"}


def _json_lines(stdout: str) -> list[dict[str, Any]]:
    records = [json.loads(line) for line in stdout.splitlines()]
    assert all(set(record) == KEYS for record in records), records
    return records


def test_a_refused_spec_gives_one_json_object_per_diagnostic_on_stdout(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo:\n  title: [\n")
    result = run_generator("--format", "json", "generate", "--spec", str(broken), "--out", "x")
    assert result.returncode == 2
    (record,) = _json_lines(result.stdout)
    assert record["severity"] == "error" and record["file"] == str(broken)
    assert "not valid YAML (line 4)" in record["message"] and record["hint"]
    assert "stopped: 1 error(s)" in result.stderr


def test_configuration_errors_carry_file_line_and_pointer(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("package: demo\ntimeout: fast\n")
    spec = tmp_path / "old.yaml"
    spec.write_text(SWAGGER2)
    result = run_generator(
        "generate", "--spec", str(spec), "--config", str(config), "--format", "json"
    )
    assert result.returncode == 2
    (record,) = _json_lines(result.stdout)
    assert (record["file"], record["line"], record["pointer"]) == (str(config), 2, "/timeout")


def test_warnings_are_json_too_and_reports_go_to_stderr(tmp_path: Path) -> None:
    spec = tmp_path / "old.yaml"
    spec.write_text(SWAGGER2)
    result = run_generator(
        "--format", "json", "generate", "--spec", str(spec), "--out", str(tmp_path / "out")
    )
    assert result.returncode == 0, result.stderr
    records = _json_lines(result.stdout)
    assert [r["severity"] for r in records] == ["warning"]
    assert "Swagger 2.0 document converted" in records[0]["message"]
    assert "generate: old:" in result.stderr


def test_drift_is_one_json_diagnostic_per_file_at_the_first_changed_line(tmp_path: Path) -> None:
    for name in ("spec", "generated"):
        shutil.copytree(
            ROOT / name,
            tmp_path / name,
            ignore=shutil.ignore_patterns("__pycache__", ".*_cache"),
        )
    config = tmp_path / "spec" / "config.yaml"  # the configuration changed, nobody regenerated
    config.write_text(config.read_text().replace("max_retries: 2", "max_retries: 5"))
    client = (tmp_path / "generated" / "cohere_client" / "_client.py").read_text().splitlines()
    number = next(n for n, line in enumerate(client, 1) if "DEFAULT_MAX_RETRIES = 2" in line)
    (tmp_path / "generated" / "stray.py").write_text("")
    result = run_generator("check", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    records = _json_lines(result.stdout)
    assert [(r["file"], r["line"]) for r in records] == [
        ("generated/cohere_client/_client.py", number),
        ("generated/stray.py", None),
    ]
    assert "+DEFAULT_MAX_RETRIES = 5" in result.stderr  # the diff is still there, for people


def test_a_pipe_gets_no_progress_display(tmp_path: Path) -> None:
    result = run_generator(
        "generate",
        "--spec",
        str(ROOT / "spec" / "openapi.yaml"),
        "--out",
        str(tmp_path / "out"),
        env={PROGRESS_AFTER_ENV: "0"},
    )
    assert result.returncode == 0, result.stderr
    assert "\r" not in result.stderr and "\x1b" not in result.stderr
    assert "specgen:" not in result.stderr


def test_a_terminal_sees_the_stages_and_the_files_formatted(tmp_path: Path) -> None:
    controller, terminal = pty.openpty()
    command = [sys.executable, "-m", "generator", "--no-cache", "generate"]
    command += ["--spec", str(ROOT / "spec" / "openapi.yaml"), "--out", str(tmp_path / "out")]
    with subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), PROGRESS_AFTER_ENV: "0"},
        stdout=subprocess.PIPE,
        stderr=terminal,
    ) as run:
        os.close(terminal)
        shown = _read_all(controller)
        assert run.wait(timeout=120) == 0
    for stage in ("read", "IR", "render", "write"):
        assert f"\r\x1b[Kspecgen: {stage}" in shown
    assert re.search(r"specgen: format (\d+)/\1(?!\d)", shown)
    assert shown.endswith("\r\x1b[K")  # the line is cleared before the report


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the other end closed (Linux reports EIO)
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode()


def test_the_pre_commit_hook_runs_the_check_command_of_the_console_script() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    script, command = hook["entry"].split()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts[script] == "generator.cli:main" and command in main.commands
    assert (hook["id"], hook["language"], hook["pass_filenames"]) == (
        "specgen-check",
        "python",
        False,
    )
