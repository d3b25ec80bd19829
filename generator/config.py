"""Generation settings: everything that is specific to one API, with defaults for any other."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import GeneratorError, error


@dataclass(frozen=True)
class ClientConfig:
    name: str
    async_name: str
    # Untagged operations whose path starts with one of these sit on this client; empty = all.
    path_prefixes: tuple[str, ...] = ()
    extends: str | None = None
    doc: str = ""


@dataclass(frozen=True)
class PaginationConfig:
    token_param: str = "page_token"
    next_token_field: str = "next_page_token"
    offset_param: str = "offset"
    limit_param: str = "limit"
    # operation "resource.method" -> False to switch pagination off where the rule misfires
    disabled: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    package: str | None = None
    distribution: str | None = None
    version: str = "0.1.0"
    clients: tuple[ClientConfig, ...] = (ClientConfig("Client", "AsyncClient"),)
    api_key_env: str | None = None
    base_url_env: str | None = None
    base_url: str | None = None
    auth_header: str = "Authorization"
    auth_prefix: str = "Bearer "
    client_name_header: str | None = None
    # Header parameters that the client sets itself and that methods therefore do not take.
    client_headers: tuple[str, ...] = ("Authorization",)
    resource_tag_prefix: str = ""
    error_names: dict[int, str] = field(default_factory=dict)
    schema_renames: dict[str, str] = field(default_factory=dict)
    operation_renames: dict[str, str] = field(default_factory=dict)
    pagination: PaginationConfig = PaginationConfig()
    timeout: float = 60.0
    max_retries: int = 2
    # Treat what would otherwise be a warning (name clashes, repairs) as an error.
    strict: bool = False


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise GeneratorError([error(f"cannot read the configuration: {exc}", file=str(path))])
    known = set(Config.__dataclass_fields__)
    unknown = sorted(set(raw) - known)
    if unknown:
        raise GeneratorError(
            [
                error(
                    f"unknown configuration keys: {', '.join(unknown)}",
                    f"use only: {', '.join(sorted(known))}",
                    file=str(path),
                )
            ]
        )
    values = dict(raw)
    if "clients" in values:
        values["clients"] = tuple(
            ClientConfig(
                name=c["name"],
                async_name=c.get("async_name", "Async" + c["name"]),
                path_prefixes=tuple(c.get("path_prefixes", ())),
                extends=c.get("extends"),
                doc=c.get("doc", ""),
            )
            for c in values["clients"]
        )
    if "pagination" in values:
        pagination = dict(values["pagination"])
        pagination["disabled"] = tuple(pagination.get("disabled", ()))
        values["pagination"] = PaginationConfig(**pagination)
    if "client_headers" in values:
        values["client_headers"] = tuple(values["client_headers"])
    values["error_names"] = {int(k): v for k, v in values.get("error_names", {}).items()}
    return Config(**values)
