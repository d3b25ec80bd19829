"""Deprecated aliases: old Python names that keep working after a rename, with a warning.

The configuration's ``aliases`` maps an old spelling to the current one, one line each::

    aliases:
      delete_dataset: datasets.delete                 # co.delete_dataset(...) -> co.datasets.delete(...)
      connectors.authorize: connectors.o_auth_authorize   # an old method name on a resource
      connectors.update(connector_id=): id            # an old argument name
      Client(token=): api_key                         # an old argument of a client's constructor
      ChatMessage: Message                            # an old class name

A method alias sits on a client (no dot) or on the resource it names; on a resource it can only
forward to a method of the same resource. Each use raises a DeprecationWarning that names the
current spelling.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..diagnostics import Diagnostic, GeneratorError, error, pointer
from .model import MethodAlias, Operation, TypeRef
from .names import RESERVED_PARAMETER_NAMES
from .surface import CLIENT_MEMBERS

_ARGUMENT = re.compile(r"^(?P<owner>[A-Za-z_][\w.]*)\((?P<old>[A-Za-z_]\w*)=\)$")
_METHOD = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$")
_TYPE = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
# The constructor arguments that may have an old name: those that default to None and take a
# string (see templates/package/_client.py.jinja), and every argument of a client constructor.
CONSTRUCTOR_ARGUMENTS = ("api_key", "base_url", "client_name")
_ALL_CONSTRUCTOR_ARGUMENTS = (
    *CONSTRUCTOR_ARGUMENTS,
    "self",
    "timeout",
    "max_retries",
    "default_headers",
    "http_client",
)
_ANOTHER = "choose another old name"


@dataclass(frozen=True)
class Place:
    """Where a method is: its group ("" for a client) and, for the client's own, which one."""

    group: str
    operation: Operation
    variant: str  # call | stream | pages
    client: str = ""


@dataclass
class Aliases:
    """The configured aliases, checked against the API and sorted by where they go."""

    operations: dict[str, list[Operation]]  # by group, with argument aliases applied
    methods: dict[str, list[MethodAlias]] = field(default_factory=lambda: defaultdict(list))
    client_methods: dict[str, list[MethodAlias]] = field(default_factory=lambda: defaultdict(list))
    constructor: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    types: list[tuple[str, str]] = field(default_factory=list)


def resolve_aliases(
    configured: dict[str, str],
    operations: dict[str, list[Operation]],
    attribute_paths: dict[str, str],
    client_of: dict[str, str],
    clients: dict[str, str | None],
    type_names: Iterable[str],
    taken_names: set[str],
) -> Aliases:
    """Check every configured alias and say where it goes; wrong ones are errors, all at once.

    ``attribute_paths``: group -> its attribute path from the client ("audio.transcriptions");
    ``client_of``: operation pointer -> the client class a root operation sits on;
    ``clients``: client class -> the class it extends; ``type_names``: the generated types;
    ``taken_names``: every other name the package exports.
    """
    resolver = _Resolver(operations, attribute_paths, client_of, clients, set(type_names))
    for old, new in configured.items():
        resolver.add(old, new, taken_names)
    if resolver.problems:
        raise GeneratorError(resolver.problems)
    return resolver.result


class _Resolver:
    def __init__(
        self,
        operations: dict[str, list[Operation]],
        attribute_paths: dict[str, str],
        client_of: dict[str, str],
        clients: dict[str, str | None],
        type_names: set[str],
    ) -> None:
        self.result = Aliases({group: list(ops) for group, ops in operations.items()})
        self.groups = {path: group for group, path in attribute_paths.items()}
        self.client_of = client_of
        self.clients = clients
        self.type_names = type_names
        self.problems: list[Diagnostic] = []
        self.places = self._places()

    def _places(self) -> dict[str, Place]:
        """Every method by its spelling from the client: "datasets.delete", "chat_stream"."""
        places: dict[str, Place] = {}
        for group, operations in self.result.operations.items():
            prefix = f"{self.groups_inverse(group)}." if group else ""
            for op in operations:
                client = self.client_of.get(op.pointer, "") if not group else ""
                for variant, name in _variants(op):
                    places[prefix + name] = Place(group, op, variant, client)
        return places

    def groups_inverse(self, group: str) -> str:
        return next(path for path, g in self.groups.items() if g == group)

    def add(self, old: str, new: str, taken: set[str]) -> None:
        argument = _ARGUMENT.match(old)
        if argument is not None:
            self._argument(old, argument["owner"], argument["old"], new)
        elif _TYPE.match(old):
            self._type(old, new, taken)
        elif _METHOD.match(old):
            self._method(old, new)
        else:
            self._problem(
                old,
                f"{old!r} is not an alias the generator understands",
                "write `old_method: resource.method`, `method(old_argument=): argument` or "
                "`OldClass: NewClass`",
            )

    def _method(self, old: str, new: str) -> None:
        target = self.places.get(new)
        if target is None:
            self._problem(old, f"{new!r} is not a method of the client", _near(new, self.places))
            return
        owner_path, _, name = old.rpartition(".")
        if old in self.places or old in self.groups or name in CLIENT_MEMBERS:
            self._problem(old, f"{old!r} is a name of the client already", _ANOTHER)
            return
        if owner_path and self.groups.get(owner_path) != target.group:
            self._problem(
                old,
                f"{old!r} would sit on {owner_path!r} but call another resource ({new})",
                "put the alias on the client (no dot) or on the resource of its target",
            )
            return
        relative = new.removeprefix(f"{owner_path}.") if owner_path else new
        alias = MethodAlias(name, relative, target.operation, target.variant)
        if owner_path:
            self.result.methods[target.group].append(alias)
        else:
            for client in self._clients_reaching(target):
                self.result.client_methods[client].append(alias)

    def _clients_reaching(self, target: Place) -> list[str]:
        """Where a client-level alias goes: the client of a root method, else every root client
        (resources live on the clients that extend no other)."""
        if target.client:
            return [target.client]
        return [name for name, base in self.clients.items() if base is None]

    def _argument(self, key: str, owner: str, old: str, new: str) -> None:
        if owner in self.clients:
            self._constructor_argument(key, owner, old, new)
            return
        place = self.places.get(owner)
        if place is None:
            self._problem(
                key, f"{owner!r} is not a method of the client", _near(owner, self.places)
            )
            return
        names = {p.py_name for p in place.operation.parameters} | {
            a for p in place.operation.parameters for a in p.aliases
        }
        if new not in names:
            arguments = ", ".join(sorted(names)) or "none"
            self._problem(
                key, f"{new!r} is not an argument of {owner}()", f"its arguments: {arguments}"
            )
        elif old in names or old in RESERVED_PARAMETER_NAMES:
            self._problem(key, f"{old!r} is an argument of {owner}() already", _ANOTHER)
        else:
            self._add_argument_alias(place, old, new)

    def _constructor_argument(self, key: str, owner: str, old: str, new: str) -> None:
        root = owner
        while self.clients[root] is not None:
            root = str(self.clients[root])  # only the first client of a chain has __init__
        if new not in CONSTRUCTOR_ARGUMENTS:
            self._problem(
                key,
                f"{new!r} is not an argument of {owner}() that can have an old name",
                f"use one of: {', '.join(CONSTRUCTOR_ARGUMENTS)}",
            )
        elif old in _ALL_CONSTRUCTOR_ARGUMENTS:
            self._problem(key, f"{old!r} is an argument of {owner}() already", _ANOTHER)
        else:
            self.result.constructor[root].append((old, new))

    def _add_argument_alias(self, place: Place, old: str, new: str) -> None:
        operations = self.result.operations[place.group]
        index = operations.index(place.operation)
        parameters = tuple(
            dataclasses.replace(p, aliases=(*p.aliases, old)) if p.py_name == new else p
            for p in place.operation.parameters
        )
        updated = dataclasses.replace(place.operation, parameters=parameters)
        operations[index] = updated
        self.places = {
            spelling: dataclasses.replace(p, operation=updated)
            if p.operation is place.operation
            else p
            for spelling, p in self.places.items()
        }

    def _type(self, old: str, new: str, taken: set[str]) -> None:
        if new not in self.type_names:
            self._problem(old, f"{new!r} is not a generated type", _near(new, self.type_names))
        elif old in self.type_names or old in taken:
            self._problem(old, f"{old!r} is a name the package exports already", _ANOTHER)
        else:
            self.result.types.append((old, new))

    def _problem(self, key: str, message: str, hint: str) -> None:
        diagnostic = error(
            f"configuration aliases: {message}", hint, pointer=pointer("aliases", key)
        )
        self.problems.append(diagnostic)


def _variants(op: Operation) -> list[tuple[str, str]]:
    result = [("call", op.py_name)] if op.has_plain_call else []
    if op.stream is not None:
        result.append(("stream", op.stream.method_name))
    if op.pagination is not None:
        result.append(("pages", op.pagination.method_name))
    return result


def _near(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, sorted(known), n=3)
    return f"did you mean {' or '.join(close)}?" if close else "check the spelling"


def alias_types(alias: MethodAlias) -> list[TypeRef]:
    """The types an alias's signature spells: its arguments and what it returns."""
    op = alias.operation
    types = [p.type for p in op.parameters]
    if op.body is not None and op.body.mode == "request":
        types.append(op.body.type)
    if alias.variant == "call" and op.response is not None:
        types.append(op.response)
    if alias.variant == "stream" and op.stream is not None:
        types.append(op.stream.item_type)
    if alias.variant == "pages" and op.pagination is not None:
        types.append(op.pagination.item_type)
    return types


def alias_runtime_names(aliases: Iterable[MethodAlias]) -> set[str]:
    """What a module's aliases take from the runtime."""
    names: set[str] = set()
    for alias in aliases:
        names |= {"RequestOptions", "warn_deprecated"}
        if _has_optional(alias.operation):
            names |= {"NOT_GIVEN", "NotGiven"}
        if alias.variant == "stream":
            names |= {"Stream", "LazyAsyncStream"}
    return names


def alias_stdlib_imports(aliases: Iterable[MethodAlias]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for alias in aliases:
        for t in alias_types(alias):
            for module, name in t.imports:
                found[module].add(name)
        if alias.variant == "pages":
            found["collections.abc"] |= {"Iterator", "AsyncIterator"}
    return found


def _has_optional(op: Operation) -> bool:
    return any(not p.required for p in op.parameters) or (
        op.body is not None and op.body.mode == "request" and not op.body.required
    )
