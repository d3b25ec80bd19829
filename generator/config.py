"""Generation settings: everything that is specific to one API, with defaults for any other.

The dataclasses below are the schema of the configuration file: ``load_config`` checks every
key and value against their type hints, so adding a setting is adding a field.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .diagnostics import GeneratorError, error, pointer
from .read.loader import load_yaml_text


@dataclass(frozen=True)
class ClientConfig:
    name: str
    async_name: str = ""  # default: "Async" + name
    # Untagged operations whose path starts with one of these sit on this client; empty = all.
    path_prefixes: tuple[str, ...] = ()
    extends: str | None = None
    doc: str = ""
    # A resource whose operations sit on this client itself: `group: v2` gives `co.chat` for
    # what would be `co.v2.chat`
    group: str = ""

    def __post_init__(self) -> None:
        if not self.async_name:
            object.__setattr__(self, "async_name", "Async" + self.name)


@dataclass(frozen=True)
class PaginationConfig:
    token_param: str = "page_token"
    next_token_field: str = "next_page_token"
    offset_param: str = "offset"
    limit_param: str = "limit"
    # operations ("resource.method") not to paginate, where the rule misfires
    disabled: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    package: str | None = None
    distribution: str | None = None
    version: str = "0.1.0"
    clients: tuple[ClientConfig, ...] = (ClientConfig("Client", "AsyncClient"),)
    base_url_env: str | None = None
    base_url: str | None = None
    # Environment variables of credentials, by constructor argument (default <PACKAGE>_<ARGUMENT>)
    credential_env: dict[str, str] = field(default_factory=dict)
    # Header parameters to make client options, by header, with the option's name; headers that
    # most operations take become options without being listed here.
    header_options: dict[str, str] = field(default_factory=dict)
    resource_tag_prefix: str = ""
    error_names: dict[int, str] = field(default_factory=dict)
    schema_renames: dict[str, str] = field(default_factory=dict)
    operation_renames: dict[str, str] = field(default_factory=dict)
    # Old Python names kept working, with a DeprecationWarning (see ir/aliases.py):
    # {old method: resource.method, "method(old_argument=)": argument, OldClass: NewClass}
    aliases: dict[str, str] = field(default_factory=dict)
    pagination: PaginationConfig = PaginationConfig()
    # How an object body is passed. "fields": its properties are keyword arguments, and a body
    # that is a named model also takes `request=` (an overload). "fern": as Fern's SDKs (the
    # official Cohere SDK): a named model that the document uses elsewhere too is one `request=`
    # argument, any other object body is keyword arguments only.
    body_arguments: Literal["fields", "fern"] = "fields"
    timeout: float = 60.0
    max_retries: int = 2
    # Treat what would otherwise be a warning (name clashes, repairs) as an error.
    strict: bool = False
    # The main job moves the package version on by the bump the change report suggests,
    # starting from the version in the generated pyproject.toml (see regen/version.py).
    bump_version: bool = False
    # Merge hand edits of generated files into the new code (off: regenerate pristine files).
    keep_custom_edits: bool = True
    # black (the default) or ruff (`ruff format`, installed with specgen[ruff]).
    formatter: Literal["black", "ruff"] = "black"


def load_config(path: Path | None) -> Config:
    """Read and check a configuration file; every mistake is a diagnostic with file and line."""
    if path is None:
        return Config()
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GeneratorError([error(f"cannot read the configuration: {exc}", file=str(path))])
    raw = load_yaml_text(text, str(path))
    if raw is None:
        return Config()
    problems: list[tuple[str, str, str]] = []  # (pointer, message, hint)
    config = _convert(raw, Config, "", problems)
    if problems:
        raise GeneratorError(
            [error(message, hint, file=str(path), pointer=at) for at, message, hint in problems]
        )
    assert isinstance(config, Config)
    return config


def _convert(value: Any, kind: Any, at: str, problems: list[tuple[str, str, str]]) -> Any:
    """``value`` as ``kind`` (a type hint), or a problem recorded and None."""
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if dataclasses.is_dataclass(kind):
        return _convert_dataclass(value, kind, at, problems)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return _convert(value, inner, at, problems)
    if origin is Literal:
        if value in args:
            return value
        choices = ", ".join(map(str, args))
        problems.append((at, f"expected one of {choices}, got {_describe(value)}", ""))
        return None
    if origin is tuple:
        if not isinstance(value, list):
            problems.append((at, f"expected a list, got {_describe(value)}", "write a YAML list"))
            return ()
        return tuple(
            _convert(item, args[0], _at(at, index), problems) for index, item in enumerate(value)
        )
    if origin is dict:
        if not isinstance(value, dict):
            problems.append((at, f"expected a mapping, got {_describe(value)}", "write key: value"))
            return {}
        return {
            _convert(key, args[0], _at(at, key), problems): _convert(
                item, args[1], _at(at, key), problems
            )
            for key, item in value.items()
        }
    return _convert_scalar(value, kind, at, problems)


def _convert_dataclass(value: Any, kind: Any, at: str, problems: list[tuple[str, str, str]]) -> Any:
    if not isinstance(value, dict):
        problems.append((at, f"expected a mapping, got {_describe(value)}", "write key: value"))
        return None
    hints = typing.get_type_hints(kind)
    fields = {f.name: f for f in dataclasses.fields(kind) if f.init}
    unknown = [key for key in value if key not in fields]
    for key in unknown:
        problems.append(
            (
                _at(at, key),
                f"unknown configuration key {key!r}",
                f"use one of: {', '.join(sorted(fields))}",
            )
        )
    missing = [
        name
        for name, f in fields.items()
        if f.default is dataclasses.MISSING
        and f.default_factory is dataclasses.MISSING
        and name not in value
    ]
    for name in missing:
        problems.append((at, f"the key {name!r} is required here", f"add {name}: ..."))
    converted = {
        key: _convert(item, hints[key], _at(at, key), problems)
        for key, item in value.items()
        if key in fields
    }
    return None if unknown or missing else kind(**converted)


def _convert_scalar(value: Any, kind: Any, at: str, problems: list[tuple[str, str, str]]) -> Any:
    if kind is int and isinstance(value, str) and value.isdigit():
        return int(value)  # YAML keys such as "498" may come quoted
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}
    problems.append((at, f"expected {names.get(kind, kind.__name__)}, got {_describe(value)}", ""))
    return None


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    return f"{type(value).__name__} {str(value)[:60]!r}"


def _at(at: str, part: object) -> str:
    return at + pointer(part)
