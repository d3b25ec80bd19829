"""The generated tests and the README's examples, decided from the finished API.

One test module per resource (and one per client that has operations of its own): which
client class the calls go through, the names of the module, its classes and its tests, what
each test checks and imports, and the call the README shows for the resource. Argument values
are the operations' examples (``examples.py``), so the tests and the README call the API alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..render.escape import py_literal
from . import names as naming
from .imports import import_lines
from .model import (
    Api,
    ClientClass,
    ClientFixture,
    Operation,
    Resource,
    Suite,
    SuiteCase,
    SuiteModule,
)

# What a test passes for the API key: clearly not a real one.
DUMMY_API_KEY = "My API Key"


def build_suite(api: Api) -> Suite:
    fixtures = {client.name: _fixture(client) for client in api.clients}
    groups: list[tuple[str, ClientFixture, str, tuple[Operation, ...]]] = [
        (fixtures[c.name].fixture, fixtures[c.name], "", c.operations)
        for c in api.clients
        if c.operations
    ]
    groups += [
        (r.module, fixtures[_owner(r, api.clients).name], r.display_path, r.operations)
        for r in api.resources
        if r.operations
    ]
    names = naming.dedupe(f"test_{stem}" for stem, *_ in groups)
    modules = tuple(
        _module(api, name, stem, fixture, accessor, operations)
        for name, (stem, fixture, accessor, operations) in zip(names, groups)
    )
    used = {m.client.class_name for m in modules}
    clients = tuple(f for f in fixtures.values() if f.class_name in used)
    showcases = [m.showcase for m in modules]
    first_party = (api.package, "tests")
    return Suite(
        clients=clients,
        modules=modules,
        credentials=_credentials(api),
        options=tuple((o.py_name, py_literal(o.example)) for o in api.header_options if o.required),
        conftest_import_lines=import_lines(
            [
                ("__future__", ["annotations"]),
                ("os", []),
                ("collections.abc", ["AsyncIterator", "Iterator"]),
                ("pytest", []),
                ("pytest_asyncio", []),
                (api.package, [n for f in clients for n in (f.class_name, f.async_class_name)]),
            ],
            first_party,
        ),
        readme_import_lines=import_lines(
            [*_example_imports(showcases), (api.package, [f.class_name for f in clients])],
            first_party,
        ),
        async_readme_import_lines=import_lines(
            [
                ("asyncio", []),
                *_example_imports(showcases[:1]),
                (api.package, [modules[0].client.async_class_name] if modules else []),
            ],
            first_party,
        ),
    )


def _credentials(api: Api) -> tuple[tuple[str, str], ...]:
    """What the tests pass to the client, as a user would: every credential keyword, except the
    OAuth2 client id and secret (a ready access token goes instead: no token server is asked)."""
    fetched_with = {a for s in api.security_schemes for a in (s.client_id, s.client_secret) if a}
    return tuple(
        (c.argument, py_literal(DUMMY_API_KEY))
        for c in api.credentials
        if c.argument not in fetched_with
    )


def _module(
    api: Api,
    name: str,
    stem: str,
    fixture: ClientFixture,
    accessor: str,
    operations: tuple[Operation, ...],
) -> SuiteModule:
    cases = _cases(operations)
    raised = {name for c in cases if c.kind == "error" for _, name in c.operation.errors}
    checked = [case.checked for case in cases if case.checked is not None]
    refs = {ref for t in checked for ref in t.refs}
    if any(
        c.kind == "stream" and c.operation.stream and c.operation.stream.discriminator
        for c in cases
    ):
        refs.add("UnknownEvent")  # the stream's items are its events or unknown ones
    # the package's own helpers a checked type names (UnknownChoice, tag_by in a discriminated
    # union), imported from where the package has them; its types come from the package itself
    typing_imports = sorted(
        {
            (api.package + module if module.startswith(".") else module, name)
            for t in checked
            for module, name in t.imports
            if not (module.startswith(".") and name in refs)
        }
    )
    pascal = naming.pascal_case(stem)
    return SuiteModule(
        name=name,
        class_name=f"Test{pascal}",
        async_class_name=f"TestAsync{pascal.removeprefix('Async')}",
        client=fixture,
        accessor=accessor,
        cases=cases,
        import_lines=import_lines(
            [
                ("__future__", ["annotations"]),
                *_example_imports(operations),
                *((module, [name]) for module, name in typing_imports),
                ("pytest", []),
                (api.package, [fixture.class_name, fixture.async_class_name, *refs, *raised]),
                *([("tests.utils", ["assert_matches_type"])] if checked else []),
            ],
            (api.package, "tests"),
        ),
        showcase=min(operations, key=_showcase_rank),
    )


def _cases(operations: tuple[Operation, ...]) -> tuple[SuiteCase, ...]:
    """Per operation: its plain call (or the error it must end in, when the spec declares no
    success), its stream (consumed), its iterator (the first page)."""
    cases: list[SuiteCase] = []
    for op in operations:
        if op.has_plain_call and not op.declares_success and op.errors:
            cases.append(SuiteCase("", "error", op.py_name, op, None, _raises(op)))
        elif op.has_plain_call:
            cases.append(SuiteCase("", "call", op.py_name, op, op.response))
        if op.stream is not None:
            cases.append(SuiteCase("", "stream", op.stream.method_name, op, op.stream.item_type))
        if op.pagination is not None:
            page = op.pagination
            cases.append(SuiteCase("", "pages", page.method_name, op, page.item_type))
    names = naming.dedupe(f"test_{case.method}" for case in cases)
    return tuple(replace(case, name=name) for name, case in zip(names, cases))


def _raises(operation: Operation) -> str:
    """The errors a call of an operation that declares no success response must end in."""
    classes = sorted({name for _, name in operation.errors})
    return classes[0] if len(classes) == 1 else f"({', '.join(classes)})"


def _fixture(client: ClientClass) -> ClientFixture:
    return ClientFixture(
        class_name=client.name,
        async_class_name=client.async_name,
        fixture=naming.identifier(client.name),
        async_fixture=naming.identifier(client.async_name),
    )


def _owner(resource: Resource, clients: tuple[ClientClass, ...]) -> ClientClass:
    """The client class a resource hangs from (sub-resources: through their top ancestor)."""
    top = resource.display_path.split(".")[0]
    return next(c for c in clients if any(r.attr == top for r in c.resources))


def _showcase_rank(operation: Operation) -> tuple[bool, bool, bool, bool, int]:
    """The README shows a plain, current call; reading (GET) first, then the fewest arguments."""
    return (
        operation.deprecated,
        not operation.has_plain_call or not operation.declares_success,
        operation.response is None,
        operation.http_method != "GET",
        sum(1 for p in operation.parameters if p.required),
    )


def _example_imports(operations: Iterable[Operation]) -> list[tuple[str, list[str]]]:
    imports: set[tuple[str, str]] = set()
    for operation in operations:
        for parameter in operation.parameters:
            if parameter.required and parameter.example is not None:
                imports |= parameter.example.imports
        if operation.body is not None and operation.body.example is not None:
            imports |= operation.body.example.imports
    return [(module, [name]) for module, name in sorted(imports)]
