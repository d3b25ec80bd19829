"""The generated distribution's own tests and README examples, run against Prism.

`generated/tests` calls every operation, sync and async, with the example arguments the IR
decided; Prism rejects any request that does not match spec/openapi.yaml, so
a pass means the client speaks the API. The README's code blocks run as a user would run them:
the API key and base URL from the environment. Nothing is written into generated/ (no
bytecode, no pytest cache): `check` would see it as drift.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

from generator.config import load_config
from generator.ir import build_ir
from generator.read import read_document
from tests.helpers import GENERATED, ROOT

_PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _quiet_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **extra}


def test_the_generated_tests_pass_on_prism_sync_and_async(prism_mock_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=GENERATED,
        env=_quiet_env(TEST_API_BASE_URL=prism_mock_url),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    passed = re.search(r"(\d+) passed", done.stdout)
    document, _ = read_document(ROOT / "spec" / "openapi.yaml")
    api = build_ir(document, load_config(ROOT / "spec" / "config.yaml"))
    # one test per operation (and per stream and iterator), sync and async
    assert passed is not None and int(passed.group(1)) >= 2 * api.operation_count
    assert not [p for p in GENERATED.rglob("*") if p.name in ("__pycache__", ".pytest_cache")]


def test_the_readme_examples_run_on_prism(prism_mock_url: str) -> None:
    blocks = _PYTHON_BLOCK.findall((GENERATED / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 2  # every resource once, then the async client
    document, _ = read_document(ROOT / "spec" / "openapi.yaml")
    api = build_ir(document, load_config(ROOT / "spec" / "config.yaml"))
    credentials = {c.env_var: "My API Key" for c in api.credentials}  # as a user sets them
    env = _quiet_env(**credentials, **{api.base_url_env: prism_mock_url})
    for block in blocks:
        done = subprocess.run(
            [sys.executable, "-c", block],
            cwd=GENERATED,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, f"{block}\n{done.stderr[-3000:]}"
