"""Which generated module each type lives in.

One module per type keeps imports lazy (a client loads only the types it touches). Types that
refer to each other in a cycle share a module, so that imports between modules never cycle.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from . import names as naming
from .imports import from_types_package, import_lines
from .model import Alias, Definition, Model, TypeModule, TypeRef
from .schemas import ANY, NONE, generic, union


def assign_modules(definitions: list[Definition]) -> tuple[tuple[TypeModule, ...], dict[str, str]]:
    by_name = {d.name: d for d in definitions}
    graph = {d.name: sorted(r for r in _refs(d) if r in by_name) for d in definitions}
    components = _strongly_connected(graph)
    module_of: dict[str, str] = {}
    wanted = [naming.module_name(min(c)) for c in components]
    for component, module in zip(components, naming.dedupe(wanted, naming.RESERVED_MODULE_NAMES)):
        for name in component:
            module_of[name] = module
    modules = []
    for component in components:
        module = module_of[component[0]]
        members = set(component)
        ordered = _definition_order([by_name[n] for n in sorted(component)], members)
        siblings: dict[str, set[str]] = defaultdict(set)
        for definition in ordered:
            for ref in _refs(definition):
                if ref in by_name and ref not in members:
                    siblings[f".{module_of[ref]}"].add(ref)
        modules.append(
            TypeModule(
                name=module,
                definitions=tuple(_with_module(d, module) for d in ordered),
                import_lines=import_lines(
                    [("__future__", ["annotations"]), *_module_imports(ordered), *siblings.items()]
                ),
            )
        )
    modules.sort(key=lambda m: m.name)
    return tuple(modules), module_of


def break_alias_cycles(definitions: dict[str, Definition]) -> list[str]:
    """A type alias is evaluated when its module is imported, so aliases cannot refer to each
    other in a cycle (models can: their annotations are read lazily). In each cycle of aliases,
    references to aliases that do not come earlier are typed Any instead. Aliases that use
    others only inside a container (``list[A]``) come first, so that the cut loses the least
    (``B = list[Any]``, ``A = B | str`` rather than ``A = Any``). Returns a warning per cut."""
    aliases = {n: d for n, d in definitions.items() if isinstance(d, Alias)}
    graph = {n: sorted(r for r in d.type.refs if r in aliases) for n, d in aliases.items()}
    warnings = []
    for component in _strongly_connected(graph):
        if len(component) == 1 and component[0] not in graph[component[0]]:
            continue
        members = set(component)
        ordered = sorted(
            component, key=lambda n: (_direct_refs(aliases[n].type) & members != set(), n)
        )
        rank = {name: i for i, name in enumerate(ordered)}
        for name in ordered:
            cut = {r for r in graph[name] if r in rank and rank[r] >= rank[name]}
            if not cut:
                continue
            definitions[name] = dataclasses.replace(
                aliases[name], type=_without_refs(aliases[name].type, cut)
            )
            warnings.append(
                f"schema {name}: its reference to {', '.join(sorted(cut))} is typed Any "
                "(type aliases cannot refer to each other in a cycle)"
            )
    return warnings


def _direct_refs(t: TypeRef) -> set[str]:
    """The generated types ``t`` is, or is a union of (not those inside a container)."""
    if t.members:
        return {r for m in t.members for r in _direct_refs(m)}
    return set(t.refs) if not t.args else set()


def inline_none_aliases(definitions: dict[str, Definition]) -> None:
    """Spell aliases of None (a schema whose only value is null) as None where they are used:
    ``Null | None`` would be ``None | None`` when the annotation is evaluated, a TypeError."""
    while nones := {
        n for n, d in definitions.items() if isinstance(d, Alias) and d.type.annotation == "None"
    } & {r for d in definitions.values() for t in _types(d) for r in t.refs}:
        for name, definition in definitions.items():
            if isinstance(definition, Model):
                fields = tuple(
                    dataclasses.replace(f, type=_without_refs(f.type, nones, NONE))
                    for f in definition.fields
                )
                definitions[name] = dataclasses.replace(definition, fields=fields)
            else:
                definitions[name] = dataclasses.replace(
                    definition, type=_without_refs(definition.type, nones, NONE)
                )


def _without_refs(t: TypeRef, names: set[str], instead: TypeRef = ANY) -> TypeRef:
    if not t.refs & names:
        return t
    if t.members:
        return union([_without_refs(m, names, instead) for m in t.members])
    if t.args:
        return generic(t.name, *(_without_refs(a, names, instead) for a in t.args))
    return instead


def _module_imports(definitions: list[Definition]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Exactly the imports a types module uses: an unused one would fail the linter."""
    found: dict[str, set[str]] = defaultdict(set)
    for definition in definitions:
        for module, name in _imports(definition):
            found[module].add(name)
        if isinstance(definition, Alias):
            found["typing"].add("TypeAlias")
        elif definition.always_sent:
            found["typing"].add("Any")
        if isinstance(definition, Model) and any(f.needs_field_call for f in definition.fields):
            found["pydantic"].add("Field")
        if isinstance(definition, Model):
            found["._base"].add("ApiModel")
    return tuple((m, tuple(found[m])) for m in sorted(found))


def _definition_order(definitions: list[Definition], members: set[str]) -> list[Definition]:
    """Models first (their annotations are lazy), then aliases after the aliases they use."""
    models = [d for d in definitions if isinstance(d, Model)]
    aliases = {d.name: d for d in definitions if isinstance(d, Alias)}
    ordered: list[Definition] = list(models)
    done: set[str] = set()

    def visit(name: str, trail: frozenset[str]) -> None:
        if name in done or name in trail:
            return
        for ref in sorted(_refs(aliases[name])):
            if ref in aliases:
                visit(ref, trail | {name})
        done.add(name)
        ordered.append(aliases[name])

    for name in sorted(aliases):
        visit(name, frozenset())
    return ordered


def _with_module(definition: Definition, module: str) -> Definition:
    return dataclasses.replace(definition, module=module)


def _types(definition: Definition) -> list[TypeRef]:
    if isinstance(definition, Model):
        return [f.type for f in definition.fields]
    return [definition.type]


def _refs(definition: Definition) -> set[str]:
    return {r for t in _types(definition) for r in t.refs}


def _imports(definition: Definition) -> set[tuple[str, str]]:
    return {(from_types_package(m), n) for t in _types(definition) for m, n in t.imports}


def _strongly_connected(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative so that deep schema graphs cannot hit the recursion limit."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    components: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            edges = graph[node]
            if child < len(edges):
                work.append((node, child + 1))
                target = edges[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return components
