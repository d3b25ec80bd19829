"""The configuration file is checked like a spec: every mistake names the file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import ClientConfig, Config, load_config
from generator.diagnostics import GeneratorError
from tests.helpers import ROOT


def _problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GeneratorError) as caught:
        load_config(path)
    return [str(d) for d in caught.value.diagnostics]


def test_the_repository_configuration_loads() -> None:
    config = load_config(ROOT / "spec" / "config.yaml")
    assert config.package == "cohere_client"
    assert config.clients[1] == ClientConfig(
        "ClientV2", "AsyncClientV2", ("/v2/",), "Client", config.clients[1].doc
    )
    assert config.error_names == {498: "InvalidTokenError", 499: "ClientClosedRequestError"}


def test_an_empty_file_is_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("# nothing yet\n", encoding="utf-8")
    assert load_config(tmp_path / "config.yaml") == Config()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("package: 3\n", ":1 (at /package): error: expected a string, got int '3'"),
        ("timeout: fast\n", ":1 (at /timeout): error: expected a number, got str 'fast'"),
        ("strict: 1\n", ":1 (at /strict): error: expected true or false, got int '1'"),
        ("max_retries: true\n", ":1 (at /max_retries): error: expected an integer, got bool"),
        ("pagination: [1]\n", ":1 (at /pagination): error: expected a mapping, got list"),
        ("credential_env: X-Key\n", ":1 (at /credential_env): error: expected a mapping, got str"),
        ("error_names:\n  abc: Foo\n", ":2 (at /error_names/abc): error: expected an integer"),
        ("clients:\n  - doc: x\n", "(at /clients/0): error: the key 'name' is required here"),
        (
            "clients:\n  - name: X\n    pathprefixes: [a]\n",
            ":3 (at /clients/0/pathprefixes): error: unknown configuration key 'pathprefixes'",
        ),
        ("packages: x\n", ":1 (at /packages): error: unknown configuration key 'packages'"),
        ("formatter: yapf\n", ":1 (at /formatter): error: expected one of black, ruff, got str"),
        ("package: [\n", "error: not valid YAML (line 2)"),
    ],
)
def test_a_wrong_value_is_a_diagnostic_with_line_and_key(
    tmp_path: Path, text: str, expected: str
) -> None:
    problems = _problems(tmp_path, text)
    assert len(problems) == 1
    assert str(tmp_path / "config.yaml") in problems[0]
    assert expected in problems[0]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "package: 3\ntimeout: fast\nnope: 1\n")
    assert len(problems) == 3
