"""The API change report: two IRs compared from the side of the code that calls the client.

Things are matched across the two versions by the spec pointer they came from, so a renamed
class, method or argument shows up as a rename, not as one removal and one addition. Each
change says where it is (the Python spelling and the pointer), what changed, whether code
written against the old client breaks, and the least version bump it asks for.

The rules, from the caller's side: taking away or renaming anything public breaks callers, and
so do a new required argument, an optional argument becoming required, an argument type that
accepts fewer values, a response field removed or changed to a type that code reading it does
not expect, and an enum value removed from what requests accept. Additions, new optional
arguments, new response fields and new enum values (response enums are open) do not; neither
do description changes. An old name that the configuration keeps as a deprecated alias is not
a break.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..ir.model import (
    Alias,
    Api,
    Definition,
    Field,
    Model,
    Operation,
    Parameter,
    TypeRef,
)
from ..render.escape import py_literal
from .types import TypeComparer

BUMPS = ("none", "patch", "minor", "major")
_CLIENT = "co"  # how the report spells a client instance


@dataclass(frozen=True)
class Change:
    kind: str  # e.g. "parameter-removed"
    breaking: bool
    where: str  # the Python spelling: co.models.list(page_size=)
    pointer: str  # where it is in the spec (in the old one for removals)
    message: str
    bump: str = ""  # the least version bump it asks for; breaking changes ask for major

    def __post_init__(self) -> None:
        if self.breaking:
            object.__setattr__(self, "bump", "major")
        elif not self.bump:
            object.__setattr__(self, "bump", "minor")

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "breaking": self.breaking,
            "where": f"{self.where} at {self.pointer}" if self.pointer else self.where,
            "message": self.message,
        }


@dataclass(frozen=True)
class Report:
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def bump(self) -> str:
        """The semantic-version bump to make: the largest any change asks for."""
        return max((c.bump for c in self.changes), key=BUMPS.index, default="none")

    def as_json(self) -> dict[str, Any]:
        return {"bump": self.bump, "changes": [c.as_json() for c in self.changes]}

    def as_text(self) -> str:
        if not self.changes:
            return "API changes: none (suggested version bump: none)\n"
        others = len(self.changes) - len(self.breaking)
        summary = f"{len(self.breaking)} breaking, {others} not breaking"
        lines = [f"API changes: {summary} (suggested version bump: {self.bump})"]
        for change in self.changes:
            label = "BREAKING" if change.breaking else change.bump
            lines.append(f"  {label:<8}  {change.where}: {change.message}")
            if change.pointer:
                lines.append(f"            {change.pointer}")
        return "\n".join(lines) + "\n"


def diff_apis(old: Api, new: Api) -> Report:
    """Every change from ``old`` to ``new``, breaking ones first, then in surface order."""
    differ = _Differ(_Surface(old, "old"), _Surface(new, "new"))
    changes = list(differ.changes())
    changes.sort(key=lambda c: (not c.breaking, c.where, c.kind, c.pointer))
    return Report(tuple(changes))


# --- the surface a caller sees, indexed by pointer ---


@dataclass(frozen=True)
class _Method:
    where: str  # co.models.list
    operation: Operation
    clients: frozenset[str]  # the client classes it can be called on


@dataclass(frozen=True)
class _Argument:
    """A parameter, a body field spread into keyword arguments, or the ``request=`` body."""

    py_name: str
    wire_name: str
    type: TypeRef
    required: bool
    positional: bool
    pointer: str
    doc: str = ""
    deprecated: bool = False
    default: Any = None
    has_default: bool = False
    aliases: tuple[str, ...] = ()


@dataclass
class _Surface:
    api: Api
    side: str  # "old" | "new"
    methods: dict[str, _Method] = field(default_factory=dict)  # by operation pointer
    aliases: set[str] = field(default_factory=set)  # co.delete_dataset: old method names kept
    definitions: dict[str, Definition] = field(default_factory=dict)  # by pointer
    by_name: dict[str, Definition] = field(default_factory=dict)
    requests: set[str] = field(default_factory=set)  # class names that requests carry
    responses: set[str] = field(default_factory=set)  # class names that responses carry

    def __post_init__(self) -> None:
        reach = _client_reach(self.api)
        every_client = frozenset(c.name for c in self.api.clients)
        for client in self.api.clients:
            for operation in client.operations:
                self._add(f"{_CLIENT}.{operation.py_name}", operation, reach[client.name])
            self.aliases |= {f"{_CLIENT}.{a.py_name}" for a in client.aliases}
        for resource in self.api.resources:
            prefix = f"{_CLIENT}.{resource.display_path}"
            for operation in resource.operations:
                self._add(f"{prefix}.{operation.py_name}", operation, every_client)
            self.aliases |= {f"{prefix}.{a.py_name}" for a in resource.aliases}
        for module in self.api.type_modules:
            for definition in module.definitions:
                self.definitions.setdefault(definition.pointer, definition)
                self.by_name[definition.name] = definition
        operations = [m.operation for m in self.methods.values()]
        self.requests = self._closure(r for op in operations for r in _request_refs(op))
        self.responses = self._closure(r for op in operations for r in _response_refs(op))

    def _add(self, where: str, operation: Operation, clients: frozenset[str]) -> None:
        self.methods[operation.pointer] = _Method(where, operation, clients)

    def _closure(self, names: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        pending = list(names)
        while pending:
            name = pending.pop()
            definition = self.by_name.get(name)
            if name in seen or definition is None:
                continue
            seen.add(name)
            pending.extend(r for t in _definition_types(definition) for r in t.refs)
        return seen


def _client_reach(api: Api) -> dict[str, frozenset[str]]:
    """For each client class, the classes its methods can be called on (itself, subclasses)."""
    bases = {c.name: c.base for c in api.clients}

    def ancestors(name: str | None) -> Iterator[str]:
        while name is not None:
            yield name
            name = bases.get(name)

    return {
        c.name: frozenset(d.name for d in api.clients if c.name in ancestors(d.name))
        for c in api.clients
    }


def _definition_types(definition: Definition) -> list[TypeRef]:
    if isinstance(definition, Model):
        return [f.type for f in definition.fields]
    return [definition.type]


def _request_refs(operation: Operation) -> set[str]:
    return {r for a in _arguments(operation) for r in a.type.refs}


def _response_refs(operation: Operation) -> set[str]:
    refs = set(operation.response.refs) if operation.response else set()
    if operation.stream is not None:
        refs |= operation.stream.item_type.refs | operation.stream.event_union.refs
        refs |= {name for _, name in operation.stream.variants}
    if operation.pagination is not None:
        refs |= operation.pagination.item_type.refs
    return refs


def _arguments(operation: Operation) -> list[_Argument]:
    result = [_argument(p) for p in operation.parameters]
    body = operation.body
    if body is not None and body.mode == "request":
        result.append(
            _Argument(
                "request",
                "",
                body.type,
                body.required,
                False,
                f"{operation.pointer}/requestBody",
            )
        )
    return result


def _argument(parameter: Parameter) -> _Argument:
    return _Argument(
        py_name=parameter.py_name,
        wire_name=parameter.wire_name,
        type=parameter.type,
        required=parameter.required,
        positional=parameter.location == "path",
        pointer=parameter.pointer,
        doc=parameter.doc,
        deprecated=parameter.deprecated,
        default=parameter.default,
        has_default=parameter.has_default,
        aliases=parameter.aliases,
    )


# --- the comparison ---


class _Differ:
    def __init__(self, old: _Surface, new: _Surface) -> None:
        self.old = old
        self.new = new
        same = {
            definition.name: new.definitions[pointer].name
            for pointer, definition in old.definitions.items()
            if pointer in new.definitions
        }
        self.types = TypeComparer(old.by_name, new.by_name, same)

    def changes(self) -> Iterator[Change]:
        yield from self._package()
        yield from self._resources()
        yield from self._errors()
        for pointer in _union_keys(self.old.methods, self.new.methods):
            yield from self._method(pointer)
        for pointer in _union_keys(self.old.definitions, self.new.definitions):
            yield from self._definition(pointer)

    # --- package, clients, errors ---

    def _package(self) -> Iterator[Change]:
        old, new = self.old.api, self.new.api
        if old.package != new.package:
            yield Change(
                "package-renamed",
                True,
                new.package,
                "",
                f"the package is now imported as {new.package}, no longer as {old.package}",
            )
        new_clients = {c.name for c in new.clients} | {c.async_name for c in new.clients}
        old_clients = {c.name for c in old.clients} | {c.async_name for c in old.clients}
        for name in sorted(old_clients - new_clients):
            yield Change("client-removed", True, name, "", f"the client class {name} is gone")
        for name in sorted(new_clients - old_clients):
            yield Change("client-added", False, name, "", f"new client class {name}")

    def _resources(self) -> Iterator[Change]:
        """Resource attributes (``co.datasets``); their methods are compared one by one."""
        old = {r.display_path for r in self.old.api.resources}
        new = {r.display_path for r in self.new.api.resources}
        for path in sorted(old - new):
            where = f"{_CLIENT}.{path}"
            message = f"the resource is gone: code that uses {where} fails"
            yield Change("resource-removed", True, where, "", message)
        for path in sorted(new - old):
            yield Change("resource-added", False, f"{_CLIENT}.{path}", "", "new resource")

    def _errors(self) -> Iterator[Change]:
        old = {e.status: e for e in self.old.api.errors}
        new = {e.status: e for e in self.new.api.errors}
        for status in sorted(old.keys() | new.keys()):
            pointer = f"#/paths/*/*/responses/{status}"
            if status not in new:
                message = (
                    f"no operation declares status {status} any more: the error class "
                    f"{old[status].name} is gone, and `except {old[status].name}` fails to import"
                )
                yield Change("error-removed", True, old[status].name, pointer, message)
            elif status not in old:
                message = f"new error class for status {status}"
                yield Change("error-added", False, new[status].name, pointer, message)
            elif old[status].name != new[status].name:
                message = (
                    f"the error class for status {status} is renamed from {old[status].name}: "
                    f"code that imports or catches {old[status].name} fails"
                )
                yield Change("error-renamed", True, new[status].name, pointer, message)

    # --- methods ---

    def _method(self, pointer: str) -> Iterator[Change]:
        old, new = self.old.methods.get(pointer), self.new.methods.get(pointer)
        if new is None:
            assert old is not None
            yield self._gone(
                "method-removed", old.where + "()", pointer, "the operation is gone from the spec"
            )
            return
        if old is None:
            yield Change("method-added", False, new.where + "()", pointer, "new operation")
            return
        yield from self._placement(old, new, pointer)
        yield from self._variants(old, new, pointer)
        yield from self._operation_details(old, new, pointer)
        yield from self._arguments(old, new)
        yield from self._results(old, new, pointer)

    def _gone(self, kind: str, where: str, pointer: str, why: str) -> Change:
        """A public name that is no longer there, unless the config keeps it as an alias."""
        name = where.removesuffix("()")
        if name in self.new.aliases:
            message = f"{why}; {name} still works as a deprecated alias"
            return Change(kind, False, where, pointer, message)
        return Change(kind, True, where, pointer, f"{why}: code that calls {name} fails")

    def _placement(self, old: _Method, new: _Method, pointer: str) -> Iterator[Change]:
        if old.where != new.where:
            yield self._gone("method-renamed", old.where + "()", pointer, f"renamed to {new.where}")
        lost = sorted(old.clients - new.clients)
        if lost:
            message = f"no longer available on {', '.join(lost)}"
            yield Change("method-moved", True, new.where + "()", pointer, message)

    def _variants(self, old: _Method, new: _Method, pointer: str) -> Iterator[Change]:
        """The plain call, the streaming method and the page iterator of one operation."""
        prefix_old, prefix_new = old.where.rpartition(".")[0], new.where.rpartition(".")[0]
        for kind, old_name, new_name in (
            ("call", _call_name(old.operation), _call_name(new.operation)),
            ("stream", _stream_name(old.operation), _stream_name(new.operation)),
            ("pages", _pages_name(old.operation), _pages_name(new.operation)),
        ):
            if kind == "call" and old.where != new.where:
                continue  # reported as the method's rename
            noun = _VARIANT_NOUNS[kind]
            old_where = f"{prefix_old}.{old_name}()"
            new_where = f"{prefix_new}.{new_name}()"
            if old_name and not new_name:
                yield self._gone(f"{kind}-removed", old_where, pointer, f"the {noun} is gone")
            elif new_name and not old_name:
                yield Change(f"{kind}-added", False, new_where, pointer, f"new {noun}")
            elif old_name and new_name and old_where != new_where:
                yield self._gone(f"{kind}-renamed", old_where, pointer, f"renamed to {new_where}")

    def _operation_details(self, old: _Method, new: _Method, pointer: str) -> Iterator[Change]:
        where = new.where + "()"
        if new.operation.deprecated and not old.operation.deprecated:
            message = "deprecated by the API: calls now emit a DeprecationWarning"
            yield Change("method-deprecated", False, where, pointer, message)
        if old.operation.doc != new.operation.doc:
            yield Change(
                "description-changed", False, where, pointer, "the description changed", "patch"
            )

    def _arguments(self, old: _Method, new: _Method) -> Iterator[Change]:
        old_args = {a.pointer: a for a in _arguments(old.operation)}
        new_args = {a.pointer: a for a in _arguments(new.operation)}
        old_positions = [a.pointer for a in old_args.values() if a.positional]
        new_positions = [a.pointer for a in new_args.values() if a.positional]
        for pointer in _union_keys(old_args, new_args):
            before, after = old_args.get(pointer), new_args.get(pointer)
            if after is None:
                assert before is not None
                yield self._argument_removed(old.where, before)
            elif before is None:
                yield _argument_added(new.where, after)
            else:
                yield from self._argument(new.where, before, after)
                if (
                    pointer in old_positions
                    and pointer in new_positions
                    and old_positions.index(pointer) != new_positions.index(pointer)
                ):
                    message = (
                        f"moved from position {old_positions.index(pointer) + 1} to "
                        f"{new_positions.index(pointer) + 1}: positional calls pass the wrong value"
                    )
                    yield Change(
                        "parameter-moved", True, _spell(new.where, after), pointer, message
                    )

    def _argument_removed(self, where: str, before: _Argument) -> Change:
        message = f"the parameter {before.py_name} is gone: calls that pass it raise TypeError"
        return Change("parameter-removed", True, _spell(where, before), before.pointer, message)

    def _argument(self, where: str, before: _Argument, after: _Argument) -> Iterator[Change]:
        spelled = _spell(where, after)
        pointer = after.pointer
        if before.py_name != after.py_name:
            if before.py_name in after.aliases:
                message = f"renamed from {before.py_name}, which still works as a deprecated alias"
                yield Change("parameter-renamed", False, spelled, pointer, message)
            else:
                message = (
                    f"renamed from {before.py_name}: calls that pass {before.py_name}= "
                    "raise TypeError"
                )
                yield Change("parameter-renamed", True, spelled, pointer, message)
        if after.required and not before.required:
            message = "now required: calls that leave it out raise TypeError"
            yield Change("parameter-required", True, spelled, pointer, message)
        elif before.required and not after.required:
            yield Change("parameter-optional", False, spelled, pointer, "now optional")
        yield from self._argument_type(spelled, before, after)
        if (before.has_default, before.default) != (after.has_default, after.default):
            message = (
                f"the API's default changes from {_value(before)} to {_value(after)}: "
                "calls that leave it out behave differently"
            )
            yield Change("parameter-default-changed", False, spelled, pointer, message)
        if after.deprecated and not before.deprecated:
            message = "deprecated by the API: passing it emits a DeprecationWarning"
            yield Change("parameter-deprecated", False, spelled, pointer, message)
        if before.doc != after.doc:
            yield Change(
                "description-changed", False, spelled, pointer, "the description changed", "patch"
            )

    def _argument_type(self, spelled: str, before: _Argument, after: _Argument) -> Iterator[Change]:
        old_type, new_type = before.type, after.type
        if self.types.equivalent(old_type, new_type):
            return
        pointer = after.pointer
        change = f"{old_type.annotation} -> {new_type.annotation}"
        if self.types.accepts(new_type, "new", old_type, "old"):
            yield Change(
                "parameter-type-widened", False, spelled, pointer, f"accepts more: {change}"
            )
        else:
            message = f"accepts less: {change}; values that callers pass today may be refused"
            yield Change("parameter-type-narrowed", True, spelled, pointer, message)

    def _results(self, old: _Method, new: _Method, pointer: str) -> Iterator[Change]:
        where = new.where + "()"
        yield from self._result_type(
            "response", where, pointer, old.operation.response, new.operation.response
        )
        old_stream, new_stream = old.operation.stream, new.operation.stream
        if old_stream is not None and new_stream is not None:
            yield from self._result_type(
                "stream-event", where, pointer, old_stream.item_type, new_stream.item_type
            )
        old_pages, new_pages = old.operation.pagination, new.operation.pagination
        if old_pages is not None and new_pages is not None:
            yield from self._result_type(
                "page-item", where, pointer, old_pages.item_type, new_pages.item_type
            )

    def _result_type(
        self, what: str, where: str, pointer: str, old: TypeRef | None, new: TypeRef | None
    ) -> Iterator[Change]:
        if old is None or new is None:
            if old is not None:
                message = f"returns nothing now (was {old.annotation})"
                yield Change(f"{what}-removed", True, where, pointer, message)
            elif new is not None:
                message = f"returns {new.annotation} now (was None)"
                yield Change(f"{what}-added", False, where, pointer, message)
            return
        if self.types.equivalent(old, new):
            return
        change = f"{old.annotation} -> {new.annotation}"
        if self.types.accepts(old, "old", new, "new"):
            yield Change(f"{what}-type-narrowed", False, where, pointer, f"more precise: {change}")
        else:
            message = f"{change}: code that reads the result may get values it does not expect"
            yield Change(f"{what}-type-changed", True, where, pointer, message)

    # --- types ---

    def _definition(self, pointer: str) -> Iterator[Change]:
        old, new = self.old.definitions.get(pointer), self.new.definitions.get(pointer)
        if new is None:
            assert old is not None
            yield self._type_gone(old, pointer)
            return
        if old is None:
            yield Change(f"{new.kind}-added", False, new.name, pointer, f"new {_noun(new)}")
            return
        if old.name != new.name:
            yield self._type_renamed(old, new, pointer)
        if type(old) is not type(new):
            message = f"is now {_noun(new)} (was {_noun(old)})"
            yield Change("type-kind-changed", True, new.name, pointer, message)
            return
        usage = self._usage(old, new)
        if isinstance(old, Model) and isinstance(new, Model):
            yield from self._fields(old, new, usage)
        elif isinstance(old, Alias) and isinstance(new, Alias):
            yield from self._alias(old, new, pointer, usage)
        if old.doc != new.doc:
            yield Change(
                "description-changed", False, new.name, pointer, "the description changed", "patch"
            )

    def _type_gone(self, old: Definition, pointer: str) -> Change:
        kept = self.new.api.renamed_types.get(old.name)
        if kept is not None:
            message = f"the schema is gone; {old.name} still works as a deprecated alias of {kept}"
            return Change(f"{old.kind}-removed", False, old.name, pointer, message)
        message = f"the schema is gone: code that imports {old.name} fails"
        return Change(f"{old.kind}-removed", True, old.name, pointer, message)

    def _type_renamed(self, old: Definition, new: Definition, pointer: str) -> Change:
        if old.name in self.new.api.renamed_types:
            message = f"renamed from {old.name}, which still works as a deprecated alias"
            return Change(f"{new.kind}-renamed", False, new.name, pointer, message)
        message = f"renamed from {old.name}: code that imports {old.name} fails"
        return Change(f"{new.kind}-renamed", True, new.name, pointer, message)

    def _usage(self, old: Definition, new: Definition) -> tuple[bool, bool]:
        """(sent in requests, read from responses); a type used by neither counts as both."""
        sent = old.name in self.old.requests or new.name in self.new.requests
        read = old.name in self.old.responses or new.name in self.new.responses
        return (sent, read) if sent or read else (True, True)

    def _fields(self, old: Model, new: Model, usage: tuple[bool, bool]) -> Iterator[Change]:
        sent = usage[0]
        old_fields = {f.wire_name: f for f in old.fields}
        new_fields = {f.wire_name: f for f in new.fields}
        for wire in _union_keys(old_fields, new_fields):
            before, after = old_fields.get(wire), new_fields.get(wire)
            if after is None:
                assert before is not None
                where = f"{old.name}.{before.py_name}"
                message = f"the field is gone: code that reads .{before.py_name} fails"
                yield Change("field-removed", True, where, before.pointer, message)
                continue
            where = f"{new.name}.{after.py_name}"
            if before is None:
                if sent and after.required and not after.has_default:
                    message = f"new required field: building {new.name} without it fails"
                    yield Change("field-added-required", True, where, after.pointer, message)
                else:
                    yield Change("field-added", False, where, after.pointer, "new field")
                continue
            if before.py_name != after.py_name:
                message = f"renamed from {before.py_name}: code that uses .{before.py_name} fails"
                yield Change("field-renamed", True, where, after.pointer, message)
            yield from self._field_required(where, after.pointer, before, after, usage)
            yield from self._field_type(where, after.pointer, before, after, usage)
            if after.deprecated and not before.deprecated:
                message = "deprecated by the API: reading it emits a DeprecationWarning"
                yield Change("field-deprecated", False, where, after.pointer, message)
            if before.doc != after.doc:
                yield Change(
                    "description-changed",
                    False,
                    where,
                    after.pointer,
                    "the description changed",
                    "patch",
                )

    def _field_required(
        self, where: str, pointer: str, before: Field, after: Field, usage: tuple[bool, bool]
    ) -> Iterator[Change]:
        sent, read = usage
        if after.required and not before.required:
            if sent and not after.has_default:
                message = "now required: building the model without it fails"
                yield Change("field-required", True, where, pointer, message)
            else:
                yield Change("field-required", False, where, pointer, "always present now")
        elif before.required and not after.required:
            if read:
                message = "now optional: code that reads it may get None"
                yield Change("field-optional", True, where, pointer, message)
            else:
                yield Change("field-optional", False, where, pointer, "now optional")

    def _field_type(
        self, where: str, pointer: str, before: Field, after: Field, usage: tuple[bool, bool]
    ) -> Iterator[Change]:
        old_type, new_type = before.type, after.type
        if before.required != after.required:  # the None that optionality adds is reported above
            old_type, new_type = _without_none(old_type), _without_none(new_type)
        yield from self._type_change(where, pointer, old_type, new_type, usage)

    def _type_change(
        self, where: str, pointer: str, old: TypeRef, new: TypeRef, usage: tuple[bool, bool]
    ) -> Iterator[Change]:
        """A field's or an alias's type: requests must accept what they did, responses must
        carry nothing that code reading them does not expect."""
        sent, read = usage
        if self.types.equivalent(old, new):
            return
        change = f"{old.annotation} -> {new.annotation}"
        if sent and not self.types.accepts(new, "new", old, "old"):
            message = f"accepts less: {change}; values that callers set today may be refused"
            yield Change("field-type-narrowed", True, where, pointer, message)
        elif read and not self.types.accepts(old, "old", new, "new"):
            message = f"{change}: code that reads it may get values it does not expect"
            yield Change("field-type-changed", True, where, pointer, message)
        else:
            yield Change("field-type-changed", False, where, pointer, f"compatible: {change}")

    def _alias(
        self, old: Alias, new: Alias, pointer: str, usage: tuple[bool, bool]
    ) -> Iterator[Change]:
        sent = usage[0]
        old_values, new_values = _enum_values(old.type), _enum_values(new.type)
        if old_values is not None and new_values is not None:
            for value in [v for v in old_values if v not in new_values]:
                if sent:
                    message = f"requests no longer accept {value}"
                    yield Change("enum-value-removed", True, new.name, pointer, message)
                else:
                    message = f"responses no longer carry {value} (response enums stay open)"
                    yield Change("enum-value-removed", False, new.name, pointer, message)
            for value in [v for v in new_values if v not in old_values]:
                message = f"new value {value} (enums are open: older clients accept it too)"
                yield Change("enum-value-added", False, new.name, pointer, message)
            return
        yield from self._type_change(new.name, pointer, old.type, new.type, usage)


def _union_keys(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The keys of both, old order first (the order callers know), then the new ones."""
    return [*old, *(k for k in new if k not in old)]


def _argument_added(where: str, after: _Argument) -> Change:
    if after.required:
        message = "new required parameter: existing calls raise TypeError"
        return Change(
            "parameter-added-required", True, _spell(where, after), after.pointer, message
        )
    return Change(
        "parameter-added", False, _spell(where, after), after.pointer, "new optional parameter"
    )


def _spell(where: str, argument: _Argument) -> str:
    """``co.models.get(model)`` for a positional argument, ``co.models.list(page_size=)``."""
    return f"{where}({argument.py_name}{'' if argument.positional else '='})"


_VARIANT_NOUNS = {"call": "method", "stream": "streaming method", "pages": "page iterator"}


def _call_name(operation: Operation) -> str:
    return operation.py_name if operation.has_plain_call else ""


def _stream_name(operation: Operation) -> str:
    return operation.stream.method_name if operation.stream is not None else ""


def _pages_name(operation: Operation) -> str:
    return operation.pagination.method_name if operation.pagination is not None else ""


def _noun(definition: Definition) -> str:
    if isinstance(definition, Model):
        return "model"
    return "enum" if _enum_values(definition.type) is not None else "type alias"


def _enum_values(t: TypeRef) -> tuple[str, ...] | None:
    """The values of an enum, or None for any other type.

    An enum is a ``Literal``, possibly open (``| str``: values the API adds later still parse)
    and possibly ``| None``.
    """
    members = [m for m in (t.members or (t,)) if m.name != "None"]
    literals = [m for m in members if m.literals]
    rest = [m for m in members if not m.literals]
    if len(literals) == 1 and all(m.name == "str" for m in rest):
        return literals[0].literals
    return None


def _value(argument: _Argument) -> str:
    return py_literal(argument.default) if argument.has_default else "no default"


def _without_none(t: TypeRef) -> TypeRef:
    kept = tuple(m for m in t.members if m.name != "None")
    if not t.is_optional:
        return t
    return kept[0] if len(kept) == 1 else TypeRef(members=kept, refs=t.refs, imports=t.imports)
