"""Where every operation sits on the client: its resource (group) and its method name.

One function, ``name_operations``, decides this for the IR builder and for the validator, so
that what the validator reports as a clash is exactly what the builder would generate.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..config import Config
from ..diagnostics import pointer, split_pointer
from . import names as naming
from .lock import NO_LOCK, NameLock
from .paths import HTTP_METHODS, path_operations

__all__ = ["CLIENT_MEMBERS", "HTTP_METHODS", "NamedOperation", "name_operations"]
# Attributes every client has: an operation or a resource never takes these names.
# `type` too: the client's __exit__ annotates `type[BaseException]` in the class body.
CLIENT_MEMBERS = frozenset({"with_raw_response", "close", "aclose", "type"})


@dataclass(frozen=True)
class NamedOperation:
    """An operation of the document with its place on the client decided."""

    group: str  # dotted resource path ("audio.transcriptions"), "" for the client itself
    name: str  # the method name, unique within its group
    path: str
    method: str  # lower-case HTTP method, or an OpenAPI 3.2 additionalOperations key
    operation: dict[str, Any]  # the operation, with the path item's parameters merged in
    wanted_name: str  # what the rules gave, before a clash forced a number onto it
    clashed_with: str = ""  # "METHOD /path" of the operation that kept the wanted name
    pointer: str = ""  # the operation's JSON pointer: the names lock's key for this decision


def name_operations(
    document: dict[str, Any], config: Config, lock: NameLock = NO_LOCK
) -> list[NamedOperation]:
    """Every operation in document order, named.

    A place the names ``lock`` recorded for an operation is kept (unless the configuration
    renames it); the others are named by the rules in document order, a clash numbered
    (``list_2``) where the name is taken, or recorded in the lock for something else."""
    entries = []
    for found in path_operations(document):
        path, method, path_item = found.path, found.method, found.path_item
        operation = {
            **found.operation,
            "parameters": _merge_parameters(path_item, found.operation, document),
        }
        group, name, configured = _operation_name(path, method, operation, config)
        at = "#" + pointer("paths", path, method)
        recorded = None if configured else lock.method(at)
        entries.append((path, method, operation, group, name, at, recorded))
    owner: dict[tuple[str, str], str] = {}  # (group, name) -> "METHOD /path" that has it
    for path, method, *_, recorded in entries:  # the names that shipped first
        if recorded is not None:
            owner.setdefault(recorded, f"{method.upper()} {path}")
    result = []
    for path, method, operation, group, name, at, recorded in entries:
        here = f"{method.upper()} {path}"
        if recorded is not None and owner[recorded] == here:
            group, kept = recorded
            result.append(NamedOperation(group, kept, path, method, operation, kept, pointer=at))
            continue
        taken = {n for g, n in owner if g == group} | lock.members(group)
        final, clashed_with = name, ""
        if name in taken:
            clashed_with = owner.get((group, name), "a name in the names lock")
            final = naming.dedupe([name], taken)[0]
        owner[(group, final)] = here
        result.append(NamedOperation(group, final, path, method, operation, name, clashed_with, at))
    return result


def _operation_name(
    path: str, method: str, operation: dict[str, Any], config: Config
) -> tuple[str, str, bool]:
    """(group, method name, whether the configuration chose them)."""
    group_ext = operation.get("x-fern-sdk-group-name")
    tags = operation.get("tags") or []
    tag = tags[0] if tags and isinstance(tags[0], str) else ""
    if isinstance(group_ext, list) and any(group_ext):
        # A nested group ([audio, transcriptions]): "audio.transcriptions"
        group = ".".join(naming.identifier(str(part)) for part in group_ext if part)
    else:
        if isinstance(group_ext, list):
            group_ext = None
        group = (
            naming.identifier(group_ext or tag.removeprefix(config.resource_tag_prefix))
            if (group_ext or tag)
            else ""
        )
    raw = (
        operation.get("x-fern-sdk-method-name")
        or operation.get("operationId")
        or f"{method} {path}"
    )
    renamed = config.operation_renames.get(f"{group}.{raw}" if group else str(raw))
    return (
        group,
        naming.attribute_name(renamed or str(raw), CLIENT_MEMBERS, "call"),
        renamed is not None,
    )


def _merge_parameters(
    path_item: dict[str, Any], operation: dict[str, Any], document: dict[str, Any]
) -> list[Any]:
    """Path-level parameters apply unless the operation redefines the same (name, in).

    Either side may be a ``$ref`` (``#/components/parameters/...``): compared as resolved.
    """

    def key(parameter: dict[str, Any]) -> tuple[Any, Any]:
        ref = parameter.get("$ref")
        target: Any = parameter
        if isinstance(ref, str) and ref.startswith("#/"):
            target = document
            for part in split_pointer(ref[1:]):
                target = target.get(part) if isinstance(target, dict) else None
        return (target.get("name"), target.get("in")) if isinstance(target, dict) else (ref, None)

    own = [p for p in operation.get("parameters") or [] if isinstance(p, dict)]
    keys = {key(p) for p in own}
    shared = [
        p for p in path_item.get("parameters") or [] if isinstance(p, dict) and key(p) not in keys
    ]
    return shared + own
