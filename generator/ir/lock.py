"""The names lock: the Python name of every public thing, by the spec pointer it comes from.

``<out>/.specgen/names.lock`` records, for each model, enum and type alias, field, resource,
method, argument and error class of the generated client, the name it shipped under. On the
next generation into that directory a recorded name wins over the naming rules: adding a schema
whose name clashes, reordering files or paths, or a change of the rules never renames what
already shipped, and the rules never give a recorded name to anything else (the newcomer is
numbered, with a warning). A name set in the configuration (``schema_renames``,
``operation_renames``, ``error_names``) wins over the lock. Only a thing whose spec object is
gone loses its entry (and the change report says it is gone).

Where a name is decided, the IR asks this lock first: ``surface.name_operations`` (methods and
their resource), ``build._resource_names`` (resource attributes), ``build._class_names`` and
``SchemaReader._hoisted_name`` (classes), ``SchemaReader._fields`` (fields),
``operations._signature_order`` (arguments), ``build._error_names`` (error classes); ``claim``
settles one scope. What the file records is read back from the finished IR (``_entries``), by
the ``pointer`` each IR object carries.

The file is JSON with sorted keys, one name per line, rewritten by every generation (never
merged with hand edits: the generator reads it as input first). Delete an entry, or the file,
to let the rules name those things again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import GeneratorError, error
from . import names as naming
from .model import Api, Model, Operation

LOCK_FILE = ".specgen/names.lock"  # relative to the output directory
_FORMAT = "specgen names.lock 1"
_ABOUT = (
    "The Python name of every public thing, by where it comes from in the spec: a recorded name "
    "wins over the naming rules. Written by specgen; delete an entry to let the rules name it."
)
# What is recorded, each by its spec pointer: "classes" (models, enums, type aliases),
# "fields", "methods" (the resource and method name of an operation: "audio.speech.create"),
# "arguments". Two kinds have no single spec object: "resources" (a group of operations, keyed
# by the group the rules place them in: its attribute on the parent, co.<attribute>) and
# "errors" (keyed by the HTTP status, since an error class comes from that status in every
# operation). A field and the inline model it holds come from the same place, hence one table
# per kind.
KINDS = ("classes", "fields", "methods", "resources", "arguments", "client_arguments", "errors")
# "client_arguments": the constructor's credential arguments, by the scheme's pointer and the
# role ("#/components/securitySchemes/bearer/credential", ".../client_id"), and the client
# options that common headers become, by header (``header_key``); the OAuth2 token argument
# that every OAuth2 scheme shares under ACCESS_TOKEN_KEY.
ACCESS_TOKEN_KEY = "oauth2 access_token"


def header_key(header: str) -> str:
    """The key of what a header stands for (a client option, a made-up scheme)."""
    return f"header {header.lower()}"


@dataclass(frozen=True)
class NameLock:
    """The recorded names (empty: nothing recorded, the rules name everything)."""

    tables: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    _members: dict[str, set[str]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        members: dict[str, set[str]] = {}  # group -> names recorded on it
        for recorded in self.tables.get("methods", {}).values():
            owner, name = placement(recorded)
            members.setdefault(owner, set()).add(name)
        for path, attribute in self.tables.get("resources", {}).items():
            members.setdefault(path.rpartition(".")[0], set()).add(attribute)
        object.__setattr__(self, "_members", members)

    def get(self, kind: str, key: str) -> str | None:
        return self.tables.get(kind, {}).get(key) if key else None

    def names(self, kind: str) -> set[str]:
        return set(self.tables.get(kind, {}).values())

    def method(self, pointer: str) -> tuple[str, str] | None:
        """The recorded (group, method name) of the operation at ``pointer``."""
        recorded = self.get("methods", pointer)
        return placement(recorded) if recorded is not None else None

    def members(self, group: str) -> set[str]:
        """The names recorded on ``group`` ("" for the client): its methods and the
        attributes of its sub-resources. The rules give none of them to anything else."""
        return self._members.get(group, set())


NO_LOCK = NameLock()  # nothing recorded: the rules name everything


def read_lock(text: str | None, file: str) -> NameLock:
    """The lock in ``text`` (None: there is none yet); a damaged one is an error naming ``file``."""
    if text is None:
        return NO_LOCK
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict) or raw.get("format") != _FORMAT:
            found = raw.get("format") if isinstance(raw, dict) else None
            raise ValueError(f"unknown format {found!r} (this specgen reads {_FORMAT!r})")
        tables = {kind: _flat(kind, raw.get(kind, {})) for kind in KINDS}
    except ValueError as exc:  # json.JSONDecodeError is a ValueError
        raise GeneratorError(
            [
                error(
                    f"the names lock cannot be read: {exc}",
                    "restore it from version control, or delete it to let the naming rules "
                    "name everything again (names may then change)",
                    file=file,
                )
            ]
        ) from None
    return NameLock(tables)


def dump_lock(api: Api) -> str:
    """The lock for ``api``: deterministic, keys sorted, one name per line."""
    tables: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for kind, key, name in _entries(api):
        if key and name:
            tables[kind].setdefault(key, name)  # the first of a repeated pointer wins
    document: dict[str, Any] = {"format": _FORMAT, "about": _ABOUT}
    document.update({kind: _nested(kind, table) for kind, table in tables.items()})
    return json.dumps(document, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


# Fields are written under their model's pointer, arguments under their operation's: the
# file is half the size, and a model's or a method's names read together.
def _owner(kind: str, pointer: str) -> tuple[str, str] | None:
    """(owner pointer, the rest) of a field or argument pointer; None for other kinds."""
    if kind == "fields":
        owner, _, wire = pointer.rpartition("/properties/")  # "/" in a name is "~1"
        return owner, wire
    if kind == "arguments":  # "#/paths/<path>/<method>" + "/parameters/query/limit"
        parts = pointer.split("/", 4)
        return "/".join(parts[:4]), parts[4] if len(parts) > 4 else ""
    return None


def _nested(kind: str, table: Mapping[str, str]) -> dict[str, Any]:
    if _owner(kind, "") is None:
        return dict(table)
    nested: dict[str, dict[str, str]] = {}
    for pointer, name in table.items():
        owner, rest = _owner(kind, pointer) or ("", pointer)
        nested.setdefault(owner, {})[rest] = name
    return dict(nested)


def _flat(kind: str, raw: Any) -> dict[str, str]:
    """A table of the file as {pointer: name}; ValueError when it is not one."""
    join = "/properties/" if kind == "fields" else "/"
    nested = _owner(kind, "") is not None
    flat: dict[str, str] = {}
    if isinstance(raw, dict):
        for key, value in raw.items():
            if nested and isinstance(value, dict):
                flat.update({f"{key}{join}{rest}": name for rest, name in value.items()})
            else:
                flat[key] = value
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in flat.items()
    ):
        shape = "pointers to {name: Python name}" if nested else "pointers to names"
        raise ValueError(f"{kind!r} must map {shape}")
    return flat


def _entries(api: Api) -> Iterator[tuple[str, str, str]]:
    for module in api.type_modules:
        for definition in module.definitions:
            yield "classes", definition.pointer, definition.name
            if isinstance(definition, Model):
                yield from (("fields", f.pointer, f.py_name) for f in definition.fields)
    for client in api.clients:
        yield from _operation_entries(client.operations, "")
    for resource in api.resources:
        yield "resources", resource.group, resource.attr
        yield from _operation_entries(resource.operations, resource.group)
    for scheme in api.security_schemes:
        for role in ("credential", "username", "password", "client_id", "client_secret"):
            yield "client_arguments", f"{scheme.pointer}/{role}", getattr(scheme, role)
        yield "client_arguments", ACCESS_TOKEN_KEY, scheme.access_token
    for option in api.header_options:
        yield "client_arguments", header_key(option.header), option.py_name
    for error_class in api.errors:
        yield "errors", str(error_class.status), error_class.name


def _operation_entries(
    operations: Iterable[Operation], group: str
) -> Iterator[tuple[str, str, str]]:
    for op in operations:
        yield "methods", op.pointer, f"{group}.{op.py_name}" if group else op.py_name
        yield from (("arguments", p.pointer, p.py_name) for p in op.parameters)


def placement(recorded: str) -> tuple[str, str]:
    """A recorded method, "audio.transcriptions.create" -> (group, method name)."""
    group, _, name = recorded.rpartition(".")
    return group, name


def claim(
    wanted: list[str],
    pinned: list[str | None],
    taken: Iterable[str] = (),
    reserved: Iterable[str] = (),
) -> tuple[list[str], list[int]]:
    """Unique names for one scope (a module's classes, a model's fields, ...).

    ``pinned`` names (recorded in the lock, or set in the configuration) are taken first, in
    order; the others get their ``wanted`` name, numbered if it is taken (``naming.dedupe``) or
    ``reserved`` (recorded for something named later, elsewhere in the scope). Returns the
    names, and the indexes of pinned names that could not be kept (``taken``, or pinned by an
    earlier one): those were named by the rules instead.
    """
    seen = set(taken)
    result: list[str | None] = [None] * len(wanted)
    lost: list[int] = []
    for index, name in enumerate(pinned):
        if name is not None and name not in seen:
            seen.add(name)
            result[index] = name
        elif name is not None:
            lost.append(index)
    avoided = seen | set(reserved)
    for index, name in enumerate(wanted):
        if result[index] is None:
            result[index] = naming.dedupe([name], avoided)[0]
            avoided.add(str(result[index]))
    return [str(name) for name in result], lost
