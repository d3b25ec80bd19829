"""Format the rendered Python files (black's style), so that the output reads as written by hand."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from ruff.__main__ import find_ruff_bin


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Format every rendered Python file with ``ruff format`` (black's style).

    One ruff process formats a whole package in well under a second where black takes half a
    minute on a large API; the version is pinned in pyproject.toml so that the bytes do not
    depend on the machine. The runtime is copied verbatim: it is formatted at the source.
    """
    rendered = {
        path: text
        for path, text in files.items()
        if path.endswith(".py") and "/_runtime/" not in path
    }
    with tempfile.TemporaryDirectory(prefix="generator-format-") as tmp:
        root = Path(tmp)
        for relative, text in rendered.items():
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        done = subprocess.run(
            [
                find_ruff_bin(),
                "format",
                "--isolated",
                "--no-cache",
                "--line-length",
                "100",
                "--target-version",
                "py311",
                "--quiet",
                ".",
            ],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            # A template bug, never the spec's fault: ruff names the file and the line.
            raise RuntimeError(
                f"a rendered file is not valid Python:\n{done.stderr.strip()[:4000]}"
            )
        formatted = {
            relative: (root / relative).read_text(encoding="utf-8") for relative in rendered
        }
    return {**files, **formatted}
