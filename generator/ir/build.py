"""Stage 3: walk the merged OpenAPI document into the IR (``ir.Api``).

Decides every Python name: resources, methods, parameters, types, modules, error classes.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from typing import Any

from ..config import ClientConfig, Config
from . import names as naming
from .aliases import (
    Aliases,
    alias_runtime_names,
    alias_stdlib_imports,
    alias_types,
    resolve_aliases,
)
from .imports import import_lines
from .lock import NameLock, claim
from .model import (
    Api,
    ClientClass,
    Definition,
    ErrorClass,
    Model,
    Operation,
    Resource,
    TypeModule,
    TypeRef,
)
from .modules import assign_modules, break_alias_cycles, inline_none_aliases
from .operations import OperationBuilder, error_statuses
from .schemas import SchemaReader, component_pointer
from .security import RawOperation, SecurityPlan, read_security
from .suite import build_suite
from .surface import CLIENT_MEMBERS, name_operations

_STANDARD_ERRORS = {
    400: "BadRequestError",
    401: "UnauthorizedError",
    402: "PaymentRequiredError",
    403: "ForbiddenError",
    404: "NotFoundError",
    405: "MethodNotAllowedError",
    406: "NotAcceptableError",
    408: "RequestTimeoutError",
    409: "ConflictError",
    410: "GoneError",
    412: "PreconditionFailedError",
    413: "ContentTooLargeError",
    415: "UnsupportedMediaTypeError",
    422: "UnprocessableEntityError",
    423: "LockedError",
    424: "FailedDependencyError",
    428: "PreconditionRequiredError",
    429: "TooManyRequestsError",
    500: "InternalServerError",
    501: "ApiNotImplementedError",  # NotImplementedError would shadow the builtin
    502: "BadGatewayError",
    503: "ServiceUnavailableError",
    504: "GatewayTimeoutError",
}


def build_ir(
    document: dict[str, Any],
    config: Config,
    *,
    rendering: bool = True,
    lock: NameLock | None = None,
) -> Api:
    """The IR of ``document``. ``rendering=False`` leaves out what only the templates need (how
    the types are spread over modules, the examples of the generated tests): enough to compare
    two APIs (``regen.diff``), and faster. ``lock``: the names the client shipped with, which
    win over the naming rules (see ``lock.py``)."""
    return _Builder(document, config, rendering, lock or NameLock()).build()


class _Builder:
    def __init__(
        self, document: dict[str, Any], config: Config, rendering: bool, lock: NameLock
    ) -> None:
        self.document = document
        self.config = config
        self.rendering = rendering
        self.lock = lock
        self.warnings: list[str] = []
        self.raw_operations = self._raw_operations()
        self.resource_names = self._resource_names()
        self.error_names = self._error_names()
        self.reader = SchemaReader(document, self._class_names(), lock=self.lock)
        self.security = read_security(
            document,
            config,
            [RawOperation(path, method, op) for *_, path, method, op in self.raw_operations],
            naming.constant_name(self._package()),
            self.reader.resolve,
            self.lock,
        )
        self.operations = OperationBuilder(
            document,
            config,
            self.reader,
            self.error_names,
            examples=rendering,
            skipped_parameters=self.security.skipped_parameters,
        )
        self.reader.taken |= self.resource_classes | self.package_names

    def build(self) -> Api:
        self.reader.define_components()
        grouped: dict[str, list[Operation]] = defaultdict(list)
        for group, name, path, method, operation in self.raw_operations:
            stem = self.type_stems[(group, name)]
            built = self.operations.build(group, name, stem, path, method, operation)
            security = self.security.requirement(path, method)
            grouped[group].append(dataclasses.replace(built, security=security))
        aliases = self._aliases(grouped)
        grouped = {
            group: [_without_model_overload(op) for op in ops]
            for group, ops in aliases.operations.items()
        }
        self.warnings += break_alias_cycles(self.reader.definitions)
        inline_none_aliases(self.reader.definitions)
        sent = _closure(
            {r for ops in grouped.values() for op in ops for r in _request_refs(op)},
            self.reader.definitions,
        )
        definitions = [
            dataclasses.replace(d, in_requests=True)
            if isinstance(d, Model) and d.name in sent
            else d
            for d in self.reader.definitions.values()
        ]
        if self.rendering:
            modules, module_of = assign_modules(definitions)
        else:
            modules, module_of = (TypeModule("", tuple(definitions), ()),), {}
        resources = self._resources(grouped, module_of, aliases)
        top_level = tuple(r for r in resources if "." not in r.path)
        root = [_importing_lazily(op, module_of) for op in grouped.get("", [])]
        clients = self._clients(root, top_level, aliases)
        root_ops = [op for c in clients for op in c.operations]
        client_aliases = [a for c in clients for a in c.aliases]
        root_refs = sorted(
            {r for op in root_ops for r in _operation_refs(op, with_decoders=False)}
            | {r for a in client_aliases for t in alias_types(a) for r in t.refs}
        )
        info = self.document.get("info") or {}
        title = str(info.get("title") or "API")
        package = self._package()
        env_prefix = naming.constant_name(package)
        api = Api(
            title=title,
            version=str(info.get("version") or ""),
            doc=str(info.get("description") or title).strip(),
            package=package,
            distribution=self.config.distribution or package.replace("_", "-"),
            package_version=self.config.version,
            base_url=self.config.base_url or self._server_url(),
            base_url_env=self.config.base_url_env or f"{env_prefix}_BASE_URL",
            timeout=self.config.timeout,
            max_retries=self.config.max_retries,
            clients=clients,
            resources=resources,
            type_modules=modules,
            errors=tuple(
                ErrorClass(name, status, self._status_doc(status))
                for status, name in sorted(self.error_names.items())
            ),
            client_import_lines=import_lines(
                [
                    *(
                        (m, [n for n in names if n != "TYPE_CHECKING" or top_level or root_refs])
                        for m, names in _CLIENT_FIXED_IMPORTS
                    ),
                    *([("functools", ["partial"])] if any(op.stream for op in root_ops) else []),
                    # Decoders built on first use (`@cache`), for streams with event types
                    *(
                        [("functools", ["cache"])]
                        if any(op.stream and op.stream.decoder_imports for op in root_ops)
                        else []
                    ),
                    *_stdlib_imports(root_ops),
                    *alias_stdlib_imports(client_aliases).items(),
                    (
                        "._runtime",
                        [
                            *_runtime_imports(
                                root_ops, _CLIENT_RUNTIME + _scheme_classes(self.security)
                            ),
                            *alias_runtime_names(client_aliases),
                            *(
                                ["renamed_argument"]
                                if any(c.argument_aliases for c in clients)
                                else []
                            ),
                        ],
                    ),
                ]
            ),
            client_typing_lines=import_lines(
                [
                    *(
                        (
                            f".{r.module}",
                            [
                                r.class_name,
                                r.async_class_name,
                                f"{r.class_name}WithRawResponse",
                                f"{r.async_class_name}WithRawResponse",
                            ],
                        )
                        for r in top_level
                    ),
                    *((f".types.{m}", names) for m, names in _group_imports(root_refs, module_of)),
                ]
            ),
            security_schemes=self.security.schemes,
            credentials=self.security.credentials,
            security=self.security.default,
            header_options=self.security.header_options,
            warnings=tuple(self.warnings + self.reader.warnings + list(self.security.warnings)),
            type_aliases=tuple((old, new, module_of.get(new, "")) for old, new in aliases.types),
        )
        return dataclasses.replace(api, suite=build_suite(api))

    def _package(self) -> str:
        info = self.document.get("info") or {}
        return self.config.package or naming.package_name(str(info.get("title") or "API"))

    # --- operations ---

    def _raw_operations(self) -> list[tuple[str, str, str, str, dict[str, Any]]]:
        named = name_operations(self.document, self.config, self.lock)
        # Operations of a group that a client carries itself: on that client, not a resource.
        owners = {c.group: c.name for c in self.config.clients if c.group}
        self.client_of = {
            (e.path, e.method.upper()): owners[e.group] for e in named if e.group in owners
        }
        named = [dataclasses.replace(e, group="") if e.group in owners else e for e in named]
        for entry in named:
            if entry.clashed_with:
                group = f"{entry.group}." if entry.group else ""
                self.warnings.append(
                    f"{entry.method.upper()} {entry.path}: method name {group}{entry.wanted_name} "
                    f"is taken by {entry.clashed_with}; generated as {entry.name}"
                )
        webhooks = self.document.get("webhooks")
        if isinstance(webhooks, dict) and webhooks:
            self.warnings.append(
                f"/webhooks: {len(webhooks)} webhook(s) ({', '.join(map(str, webhooks))}) are "
                "requests the API sends, not calls a client makes: not generated"
            )
        return [(e.group, e.name, e.path, e.method, e.operation) for e in named]

    def _class_names(self) -> dict[str, str]:
        schemas = sorted((self.document.get("components") or {}).get("schemas") or {})
        self.type_stems = naming.type_stems(
            (group, name) for group, name, *_ in self.raw_operations
        )
        owners = {}
        for group, name, path, method, _ in self.raw_operations:
            stem = self.type_stems[(group, name)]
            owners[naming.path_pascal(path) + method.capitalize()] = stem
            owners.setdefault(naming.path_pascal(path), stem)
        readable = [naming.readable_schema_name(raw, owners) for raw in schemas]
        # A name set in the configuration, else the one the lock recorded, is kept as it is.
        pinned = [
            naming.class_name(self.config.schema_renames[raw])
            if raw in self.config.schema_renames
            else self.lock.get("classes", component_pointer(raw))
            for raw in schemas
        ]
        # Resource classes live next to the types they import: a schema must not take their names.
        resource_classes = {
            f"{prefix}{pascal}{suffix}"
            for pascal in {
                *(naming.pascal_case(group) for group, *_ in self.raw_operations if group),
                *(names[2] for names in self.resource_names.values()),
            }
            for prefix in ("", "Async")
            for suffix in ("Resource", "ResourceWithRawResponse")
        }
        self.resource_classes = resource_classes
        # Names the package exports besides its types: clients and error classes.
        self.package_names = (
            {c.name for c in self.config.clients}
            | {c.async_name for c in self.config.clients}
            | set(self.error_names.values())
        )
        names, lost = claim(
            [naming.class_name(r) for r in readable],
            pinned,
            resource_classes | self.package_names,
            reserved=self.lock.names("classes"),
        )
        for index, (raw, wanted, final) in enumerate(zip(schemas, readable, names)):
            if index in lost:
                self.warnings.append(
                    f"schema {raw!r}: class name {pinned[index]} (configured or in the names "
                    f"lock) is taken; generated as {final}"
                )
            elif pinned[index] is None and final != naming.class_name(wanted):
                self.warnings.append(
                    f"schema {raw!r}: class name {naming.class_name(wanted)} is taken; generated as {final}"
                )
        return dict(zip(schemas, names))

    def _error_names(self) -> dict[int, str]:
        statuses: set[int] = set()
        for *_, operation in self.raw_operations:
            statuses |= error_statuses(operation)
        names = {}
        for status in sorted(statuses):
            names[status] = (
                self.config.error_names.get(status)
                or self.lock.get("errors", str(status))
                or _STANDARD_ERRORS.get(status)
                or f"Status{status}Error"
            )
        return names

    def _status_doc(self, status: int) -> str:
        """The error class's docstring: what the spec says of that status most often."""
        said: Counter[str] = Counter()
        first_wording: dict[str, str] = {}
        for *_, operation in self.raw_operations:
            response = self.reader.resolve((operation.get("responses") or {}).get(str(status)))
            text = (
                str(response.get("description") or "").strip() if isinstance(response, dict) else ""
            )
            if text:
                key = " ".join(text.split())  # the same words, however they were wrapped
                said[key] += 1
                first_wording.setdefault(key, text)
        ranked = sorted(said.items(), key=lambda item: (-item[1], item[0]))
        lead = f"Raised when the API answers with HTTP status {status}."
        return f"{lead}\n\n{first_wording[ranked[0][0]]}" if ranked else lead

    def _server_url(self) -> str:
        servers = self.document.get("servers") or [{}]
        url = servers[0].get("url", "") if isinstance(servers[0], dict) else ""
        return str(url).rstrip("/")

    # --- resources and clients ---

    def _resource_names(self) -> dict[str, tuple[str, str, str]]:
        """Group path ("audio" or "audio.transcriptions") -> (attribute, module, PascalName).

        Every prefix of a nested group is a resource too, with or without operations of its own.
        A sub-resource is an attribute of its parent, in a module of its own
        (``audio_transcriptions``), its classes named after the whole path.
        """
        members: dict[str, set[str]] = defaultdict(set)  # group path -> method names on it
        for group, name, *_ in self.raw_operations:
            members[group].add(name)
        paths: set[str] = set()
        for group in members:
            parts = group.split(".") if group else []
            paths |= {".".join(parts[: i + 1]) for i in range(len(parts))}
        result: dict[str, tuple[str, str, str]] = {}
        modules: set[str] = set()
        pascals: set[str] = set()
        for path in sorted(paths, key=lambda p: (p.count("."), p)):
            parent, _, segment = path.rpartition(".")
            taken = members[parent] | (CLIENT_MEMBERS if not parent else {"with_raw_response"})
            taken |= {result[c][0] for c in result if c.rpartition(".")[0] == parent}
            recorded = self.lock.get("resources", path)  # the attribute it shipped under
            if recorded is not None and recorded not in taken:
                attr = recorded
            else:
                attr = (
                    segment
                    if segment not in taken | self.lock.members(parent)
                    else f"{segment}_resource"
                )
            if not parent:
                module = attr if attr not in naming.RESERVED_MODULE_NAMES else f"{attr}_resource"
                pascal = naming.pascal_case(attr)
            else:
                module = f"{result[parent][1]}_{attr}"
                pascal = result[parent][2] + naming.pascal_case(attr)
            module = naming.dedupe([naming.capped(module, naming.MAX_MODULE_NAME)], modules)[0]
            pascal = naming.dedupe([pascal], pascals)[0]
            modules.add(module)
            pascals.add(pascal)
            result[path] = (attr, module, pascal)
        return result

    def _attribute_path(self, path: str) -> str:
        """The attributes that reach a group from the client ("audio.transcriptions")."""
        parts = path.split(".")
        return ".".join(self.resource_names[".".join(parts[: i + 1])][0] for i in range(len(parts)))

    def _aliases(self, grouped: dict[str, list[Operation]]) -> Aliases:
        """The configured deprecated aliases, checked, with argument aliases applied."""
        return resolve_aliases(
            self.config.aliases,
            grouped,
            {group: self._attribute_path(group) for group in grouped if group},
            {
                op.pointer: self.client_of.get((op.path, op.http_method))
                or _client_for(op.path, self.config.clients).name
                for op in grouped.get("", [])
            },
            {c.name: c.extends for c in self.config.clients},
            self.reader.definitions,
            self.package_names | self.resource_classes | naming.RESERVED_TYPE_NAMES,
        )

    def _resources(
        self, grouped: dict[str, list[Operation]], module_of: dict[str, str], aliases: Aliases
    ) -> tuple[Resource, ...]:
        """Every resource; a sub-resource is also in its parent's ``children``."""
        built: dict[str, Resource] = {}
        # Deepest first, so that every parent finds its children built.
        for path in sorted(self.resource_names, key=lambda p: (-p.count("."), p)):
            attr, module, pascal = self.resource_names[path]
            depth = path.count(".")
            children = tuple(
                built[c]
                for c in sorted(built)
                if c.count(".") == depth + 1 and c.rpartition(".")[0] == path
            )
            operations = tuple(grouped.get(path, []))
            method_aliases = tuple(aliases.methods.get(path, []))
            direct = {r for op in operations for r in _operation_refs(op)}
            refs = sorted(_closure(direct, self.reader.definitions))
            built[path] = Resource(
                attr=attr,
                module=module,
                class_name=f"{pascal}Resource",
                async_class_name=f"Async{pascal}Resource",
                operations=operations,
                exports=tuple((module_of[r], r) for r in refs if r in module_of),
                path=self._attribute_path(path) if depth or children else "",
                children=children,
                aliases=method_aliases,
                group=path,
                typing_lines=import_lines(
                    (
                        f".{c.module}",
                        [
                            c.class_name,
                            c.async_class_name,
                            f"{c.class_name}WithRawResponse",
                            f"{c.async_class_name}WithRawResponse",
                        ],
                    )
                    for c in children
                ),
                import_lines=import_lines(
                    [
                        ("__future__", ["annotations"]),
                        ("functools", ["cached_property"]),
                        *([("typing", ["TYPE_CHECKING"])] if children else []),
                        *(
                            [("functools", ["partial"])]
                            if any(op.stream for op in operations)
                            else []
                        ),
                        *_stdlib_imports(operations),
                        (
                            "._runtime",
                            [
                                *_runtime_imports(operations, _RESOURCE_RUNTIME),
                                *alias_runtime_names(method_aliases),
                            ],
                        ),
                        *((f".types.{m}", [r]) for r in refs if (m := module_of.get(r))),
                    ]
                ),
            )
        return tuple(built[p] for p in sorted(built))

    def _clients(
        self, root: list[Operation], resources: tuple[Resource, ...], aliases: Aliases
    ) -> tuple[ClientClass, ...]:
        configs = self.config.clients
        placed: dict[str, list[Operation]] = {c.name: [] for c in configs}
        for operation in root:
            owner = self.client_of.get((operation.path, operation.http_method))
            placed[owner or _client_for(operation.path, configs).name].append(operation)
        base_of = {c.name: c.extends for c in configs}
        _distinct_decoders(placed, configs)
        clients = []
        for c in configs:
            own = [_overriding(op, _inherited(c.extends, base_of, placed)) for op in placed[c.name]]
            standalone = any(op.overrides for op in own)
            clients.append(
                ClientClass(
                    name=c.name,
                    async_name=c.async_name,
                    base=c.extends,
                    operations=tuple(own),
                    resources=resources if c.extends is None else (),
                    doc=c.doc,
                    aliases=tuple(aliases.client_methods.get(c.name, [])),
                    argument_aliases=tuple(aliases.constructor.get(c.name, [])),
                    raw_operations=tuple(own + _chain(c.extends, base_of, placed, own))
                    if standalone
                    else (),
                    raw_resources=resources if standalone else (),
                )
            )
        return tuple(clients)


def _distinct_decoders(
    placed: dict[str, list[Operation]], configs: tuple[ClientConfig, ...]
) -> None:
    """Stream decoders live at module level in the clients' module: one name each
    (``_chat_stream_events`` for Client.chat_stream, ``_client_v2_chat_stream_events``)."""
    taken: set[str] = set()
    for config in configs:
        for index, op in enumerate(placed[config.name]):
            if op.stream is None:
                continue
            name = op.stream.decoder_name
            if name in taken:
                name = f"_{naming.snake_case(config.name)}{name}"
                stream = dataclasses.replace(op.stream, decoder_name=name)
                placed[config.name][index] = dataclasses.replace(op, stream=stream)
            taken.add(name)


def _members(operation: Operation) -> set[str]:
    """The methods one operation puts on its class."""
    names = {operation.py_name} if operation.has_plain_call else set()
    if operation.stream is not None:
        names.add(operation.stream.method_name)
    if operation.pagination is not None:
        names.add(operation.pagination.method_name)
    return names


def _inherited(
    base: str | None, base_of: dict[str, str | None], placed: dict[str, list[Operation]]
) -> set[str]:
    """The method names a client inherits from the chain of clients it extends."""
    names: set[str] = set()
    while base is not None and base in placed:
        names |= {name for op in placed[base] for name in _members(op)}
        base = base_of.get(base)
    return names


def _chain(
    base: str | None,
    base_of: dict[str, str | None],
    placed: dict[str, list[Operation]],
    own: list[Operation],
) -> list[Operation]:
    """The operations a client inherits and does not replace, nearest base first."""
    names = {name for op in own for name in _members(op)}
    inherited: list[Operation] = []
    while base is not None and base in placed:
        for op in placed[base]:
            if not _members(op) & names:
                inherited.append(op)
                names |= _members(op)
        base = base_of.get(base)
    return inherited


def _overriding(operation: Operation, inherited: set[str]) -> Operation:
    overrides = frozenset(_members(operation) & inherited)
    return dataclasses.replace(operation, overrides=overrides) if overrides else operation


def _importing_lazily(operation: Operation, module_of: dict[str, str]) -> Operation:
    """An operation on the client imports what its body needs when it runs, not at import."""
    runtime_refs = sorted(operation.response.refs) if operation.response else []
    lines = import_lines(
        (f".types.{m}", names) for m, names in _group_imports(runtime_refs, module_of)
    )
    stream = operation.stream
    if stream is not None:
        event_refs = sorted(stream.event_union.refs | {name for _, name in stream.variants})
        decoder_imports = import_lines(
            (f".types.{m}", names) for m, names in _group_imports(event_refs, module_of)
        )
        stream = dataclasses.replace(
            stream, decoder_name="_" + stream.decoder_name.lower(), decoder_imports=decoder_imports
        )
    return dataclasses.replace(operation, stream=stream, lazy_import_lines=lines)


def _closure(names: set[str], definitions: dict[str, Definition]) -> set[str]:
    """The named types ``names`` use, directly or through other types."""
    seen: set[str] = set()
    pending = list(names)
    while pending:
        name = pending.pop()
        if name in seen or name not in definitions:
            continue
        seen.add(name)
        definition = definitions[name]
        types = (
            [f.type for f in definition.fields]
            if isinstance(definition, Model)
            else [definition.type]
        )
        pending.extend(r for t in types for r in t.refs)
    return seen


def _client_for(path: str, configs: tuple[ClientConfig, ...]) -> ClientConfig:
    for config in configs:
        if any(path.startswith(p) for p in config.path_prefixes):
            return config
    return next((c for c in configs if not c.path_prefixes), configs[0])


def _without_model_overload(operation: Operation) -> Operation:
    """One set of overloads per method: old names of required arguments win over ``request=``."""
    body = operation.body
    if body is None or not body.accepts_model or not operation.renamed_required:
        return operation
    return dataclasses.replace(operation, body=dataclasses.replace(body, type=TypeRef("")))


def _request_refs(operation: Operation) -> set[str]:
    refs = {r for parameter in operation.parameters for r in parameter.type.refs}
    if operation.body is not None:  # `request=` (TypeRef("") for none: no refs)
        refs |= operation.body.type.refs
    return refs


def _operation_refs(operation: Operation, with_decoders: bool = True) -> set[str]:
    """The types an operation's code names: in annotations, and in its stream decoder."""
    refs = _request_refs(operation)
    if operation.response is not None:
        refs |= operation.response.refs
    if operation.stream is not None:
        refs |= operation.stream.item_type.refs
        if with_decoders:
            refs |= operation.stream.event_union.refs | {
                name for _, name in operation.stream.variants
            }
    if operation.pagination is not None:
        refs |= operation.pagination.item_type.refs
    return refs


def _group_imports(
    refs: list[str], module_of: dict[str, str]
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    by_module: dict[str, list[str]] = defaultdict(list)
    for ref in refs:
        if ref in module_of:
            by_module[module_of[ref]].append(ref)
    return tuple((m, tuple(sorted(names))) for m, names in sorted(by_module.items()))


_CLIENT_FIXED_IMPORTS: tuple[tuple[str, list[str]], ...] = (
    ("__future__", ["annotations"]),
    ("collections.abc", ["Mapping"]),
    ("functools", ["cached_property"]),
    ("types", ["TracebackType"]),
    ("typing", ["TYPE_CHECKING", "Self"]),
    ("httpx2", []),
    (".errors", ["STATUS_ERRORS"]),
)
_CLIENT_RUNTIME = (
    "DEFAULT_MAX_RESPONSE_SIZE",
    "ClientSettings",
    "SyncApiClient",
    "AsyncApiClient",
    "SecurityRequirement",
    "SecurityScheme",
    "resolve_credentials",
    "resolve_base_url",
)
_SCHEME_CLASSES = {
    "api_key": "ApiKeyAuth",
    "http": "HttpAuth",
    "basic": "BasicAuth",
    "oauth2": "OAuth2Auth",
}


def _scheme_classes(security: SecurityPlan) -> tuple[str, ...]:
    """The runtime classes the client module's SECURITY_SCHEMES table names."""
    return tuple(sorted({_SCHEME_CLASSES[s.kind] for s in security.schemes}))


_RESOURCE_RUNTIME = ("SyncApiClient", "AsyncApiClient")


def _runtime_imports(
    operations: list[Operation] | tuple[Operation, ...], always: tuple[str, ...]
) -> tuple[str, ...]:
    """The runtime names a module of these operations uses, exactly (unused imports fail lint)."""
    names = set(always)
    if operations:
        names.add("RequestOptions")
    if any(op.has_plain_call for op in operations):
        names |= {"to_raw_response_wrapper", "async_to_raw_response_wrapper"}
    for op in operations:
        if op.warns:
            names.add("warn_deprecated")
        if any(p.aliases for p in op.parameters):
            names.add("renamed_argument")
        if op.loosened:
            names.add("required_argument")
        if (
            any(not p.required for p in op.parameters)
            or (op.body is not None and not op.body.required and op.body.mode == "request")
            or (op.body is not None and op.body.accepts_model)
            or any(p.aliases for p in op.parameters)  # old names default to NOT_GIVEN
        ):
            names |= {"NOT_GIVEN", "NotGiven"}
        if any(p.location == "cookie" for p in op.parameters):
            names.add("cookie_header")
        if op.stream is not None:
            names |= {"Stream", "LazyAsyncStream", "EventDecoder"}
            if op.stream.discriminator:
                names.add("UnknownEvent")
        if op.pagination is not None:
            names |= (
                {"iterate_token_pages", "aiterate_token_pages"}
                if op.pagination.kind == "token"
                else {"iterate_offset_pages", "aiterate_offset_pages"}
            )
    return tuple(names)


def _stdlib_imports(
    operations: list[Operation] | tuple[Operation, ...],
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    found: dict[str, set[str]] = defaultdict(set)
    for op in operations:
        if op.renamed_required or (op.body is not None and op.body.accepts_model):
            found["typing"].add("overload")
        body = op.body.type if op.body else None
        types = [p.type for p in op.parameters] + [t for t in (op.response, body) if t]
        if op.stream is not None:
            types += [op.stream.item_type, op.stream.event_union]
        if op.pagination is not None:
            types.append(op.pagination.item_type)
            found["collections.abc"] |= {"Iterator", "AsyncIterator"}
        for t in types:
            for module, name in t.imports:
                found[module].add(name)
    return tuple((m, tuple(n)) for m, n in sorted(found.items()))
