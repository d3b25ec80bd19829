"""The intermediate model: plain frozen data, every Python name already decided.

Templates only lay this out. Strings that came from the spec (``doc``, wire names, literal
values, defaults) are raw here and reach the output only through the escaping filters of
``render``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# What a type that may hold an UnknownVariant imports (the member of discriminated unions).
UNKNOWN_CHOICE_IMPORT = (".types._base", "UnknownChoice")


@dataclass(frozen=True)
class Discrimination:
    """How a discriminated union picks its member: by one property's value, never by trial.

    Spelled as pydantic's callable ``Discriminator`` over ``tag_by`` (types/_base.py); every
    string here is a Python literal already escaped by ``escape.py_literal``.
    """

    wire_name: str  # the discriminating property
    tags: tuple[tuple[str, str], ...]  # (property value, tag of its member: the class name)
    other: bool = False  # non-object values go to the member tagged "other"

    @property
    def spelled(self) -> str:
        tags = "{" + ", ".join(f"{value}: {tag}" for value, tag in self.tags) + "}"
        other = ", other=True" if self.other else ""
        return f"pydantic.Discriminator(tag_by({self.wire_name}, {tags}{other}))"


@dataclass(frozen=True)
class TypeRef:
    """A Python type as a small tree, with the names it needs; ``annotation`` spells it.

    One of: a name (``str``, ``Any``, ``datetime.datetime``, a generated class); a generic
    (``name`` with ``args``: ``list[X]``, ``Mapping[str, X]``); a ``Literal`` of Python
    literals (already escaped by ``escape.py_literal``); a union of ``members``, which a
    ``discrimination`` may pick from (each member then has its ``tag``, an escaped literal).
    """

    name: str = ""
    args: tuple[TypeRef, ...] = ()
    literals: tuple[str, ...] = ()
    members: tuple[TypeRef, ...] = ()
    refs: frozenset[str] = frozenset()  # names of generated types used
    imports: frozenset[tuple[str, str]] = frozenset()  # (module, name); name "" = import module
    discrimination: Discrimination | None = None
    tag: str = ""

    @property
    def annotation(self) -> str:
        bare = self._bare_annotation()
        return f"Annotated[{bare}, pydantic.Tag({self.tag})]" if self.tag else bare

    def _bare_annotation(self) -> str:
        if self.members:
            text = " | ".join(member.annotation for member in self.members)
            if self.discrimination is not None:
                return f"Annotated[{text}, {self.discrimination.spelled}]"
            return text
        if self.literals:
            return "Literal[" + ", ".join(self.literals) + "]"
        if self.args:
            return f"{self.name}[{', '.join(arg.annotation for arg in self.args)}]"
        return self.name

    @property
    def is_optional(self) -> bool:
        return any(member.name == "None" for member in self.members)


@dataclass(frozen=True)
class Field:
    py_name: str
    wire_name: str
    type: TypeRef
    required: bool
    default: Any = None  # a JSON value; only meaningful when has_default
    has_default: bool = False
    doc: str = ""
    deprecated: bool = False
    pointer: str = ""  # where the property is in the spec (the lock and the change report key)

    @property
    def aliased(self) -> bool:
        return self.py_name != self.wire_name

    @property
    def needs_field_call(self) -> bool:
        """Declared with ``pydantic.Field(...)``: for its wire name or its deprecation."""
        return self.aliased or self.deprecated

    @property
    def has_python_default(self) -> bool:
        return self.has_default or not self.required

    @property
    def python_default(self) -> Any:
        return self.default if self.has_default else None


@dataclass(frozen=True)
class Model:
    """A pydantic model for an object schema."""

    name: str
    module: str
    fields: tuple[Field, ...]
    doc: str = ""
    kind: str = field(default="model", init=False)

    # Whether requests can carry this model (it is reachable from a parameter or a body)
    in_requests: bool = False
    pointer: str = ""  # the schema it came from: a component, or an inline schema it hoisted

    @property
    def always_sent(self) -> tuple[str, ...]:
        """Fields the API requires that have a default: sent even when left untouched.

        Only models that requests carry need this; the others skip the per-instance cost.
        """
        if not self.in_requests:
            return ()
        return tuple(f.py_name for f in self.fields if f.required and f.has_default)


@dataclass(frozen=True)
class Alias:
    """A named type that is not an object: an enum (Literal), a union, an array, a scalar."""

    name: str
    module: str
    type: TypeRef
    doc: str = ""
    kind: str = field(default="alias", init=False)
    pointer: str = ""


Definition = Model | Alias


@dataclass(frozen=True)
class TypeModule:
    name: str
    definitions: tuple[Definition, ...]
    import_lines: tuple[str, ...]  # sorted import statements, "" between sections


@dataclass(frozen=True)
class Example:
    """A value the API accepts for an argument: a Python expression (escaped), and the
    imports it needs (``datetime`` for a date-time)."""

    expression: str
    imports: frozenset[tuple[str, str]] = frozenset()


@dataclass(frozen=True)
class Parameter:
    py_name: str
    wire_name: str
    location: str  # path | query | header | cookie | body
    type: TypeRef
    required: bool
    doc: str = ""
    style: str = ""  # query serialisation: form | spaceDelimited | pipeDelimited | deepObject
    explode: bool = True
    deprecated: bool = False
    default: Any = None  # the API's default when the argument is left out (documentation only)
    has_default: bool = False
    # ``<operation>/parameters/<in>/<name>`` or ``<operation>/requestBody/properties/<name>``:
    # by name, not list index, so that reordering the spec changes no key.
    pointer: str = ""
    aliases: tuple[str, ...] = ()  # old names still accepted, with a DeprecationWarning
    example: Example | None = None  # for required parameters: what tests and the README pass


@dataclass(frozen=True)
class Body:
    # application/json | multipart/form-data | application/x-www-form-urlencoded | ...
    media_type: str
    # "fields": an object body spread into keyword arguments; "request": one `request=` argument
    mode: str
    # "request": the argument's type; "fields": the named model that `request=` also takes, as
    # an overload of the keyword arguments (TypeRef("") for an inline schema: none)
    type: TypeRef
    required: bool = True
    example: Example | None = None  # mode "request": the body tests and the README send

    @property
    def accepts_model(self) -> bool:
        """Keyword arguments, or (an overload) one ``request=`` model."""
        return self.mode == "fields" and bool(self.type.annotation)

    @property
    def is_json(self) -> bool:
        return self.media_type == "application/json" or self.media_type.endswith("+json")


@dataclass(frozen=True)
class EventStream:
    method_name: str
    item_type: TypeRef  # what iterating the stream yields
    decoder_name: str  # module-level EventDecoder constant in the resource module
    event_union: TypeRef
    discriminator: str | None
    variants: tuple[tuple[str, str], ...]  # discriminator value -> model name
    format: str  # sse | jsonl
    terminator: str | None
    flag_field: str | None  # body field set to true to ask for the stream (e.g. "stream")
    # Non-empty: the decoder is built on first use by a cached function that imports these,
    # so that importing the client does not import every event type.
    decoder_imports: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pagination:
    kind: str  # token | offset
    method_name: str  # e.g. iter_list
    item_type: TypeRef
    items_field: str  # py_name of the list field on the page model
    cursor_param: str  # py_name of the token/offset parameter
    next_field: str = ""  # token pagination: py_name of the next-token field
    limit_param: str = ""  # offset pagination: py_name of the page-size parameter


# A security requirement: alternatives, each the names of the schemes sent together.
Requirement = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class SecurityScheme:
    """How one scheme is sent, with the constructor arguments that hold its credentials."""

    name: str  # the spec's name (or, for a credential header parameter, the header's)
    kind: str  # api_key | http | basic | oauth2
    location: str = ""  # api_key: header | query | cookie
    parameter: str = ""  # api_key: the header, query parameter or cookie carrying the key
    http_scheme: str = ""  # http: the word before the credential in Authorization ("Bearer")
    credential: str = ""  # api_key, http: the argument holding the value
    username: str = ""  # basic
    password: str = ""
    access_token: str = ""  # oauth2 (and openIdConnect): a ready token
    client_id: str = ""  # oauth2 with a client-credentials flow
    client_secret: str = ""
    token_url: str = ""
    scopes: tuple[str, ...] = ()  # requested with the client-credentials flow
    # where it comes from: "#/components/securitySchemes/<name>", or "header <name>" for one made
    # up from a credential header parameter (the names lock keys its arguments by it)
    pointer: str = ""


@dataclass(frozen=True)
class Credential:
    """A constructor argument holding a credential, read from ``env_var`` when not passed."""

    argument: str
    env_var: str
    doc: str  # how it is sent, for the constructor's docstring


@dataclass(frozen=True)
class HeaderOption:
    """A header most operations take, set once on the client and sent with every request."""

    py_name: str
    header: str
    type: TypeRef  # a builtin scalar type
    default: Any = None  # the spec's default (None: not sent unless set)
    doc: str = ""
    # An operation requires it and the spec gives no default: a caller must set it; the value
    # the generated tests and the README pass (the spec's example, else one of its type).
    required: bool = False
    example: Any = None


@dataclass(frozen=True)
class Operation:
    py_name: str
    http_method: str
    path: str
    doc: str
    parameters: tuple[Parameter, ...]  # in signature order: path params first
    body: Body | None
    response: TypeRef | None  # None: the response has no body worth parsing
    response_kind: str  # json | bytes | text | none
    errors: tuple[tuple[int, str], ...]  # status -> error class name
    deprecated: bool = False
    # False when the spec declares only error responses (4xx, 5xx): every call ends in one of
    # ``errors``
    declares_success: bool = True
    stream: EventStream | None = None
    pagination: Pagination | None = None
    # False when the operation exists only as a stream (its JSON variant is not declared)
    has_plain_call: bool = True
    # Imports the method body makes itself (operations on the client, which must import fast)
    lazy_import_lines: tuple[str, ...] = ()
    pointer: str = ""  # ``#/paths/<path>/<method>``
    # Sent with every call: the Accept that matches the declared response (when it is not
    # application/json), and the Accept/Content-Type values the spec requires as parameters.
    headers: tuple[tuple[str, str], ...] = ()
    # What the operation sends to authenticate; None: the API's default (Api.security)
    security: Requirement | None = None
    # Methods of this operation that replace, with another signature, a method of the client
    # it extends (ClientV2.chat over Client.chat), as the official SDKs do
    overrides: frozenset[str] = frozenset()

    @property
    def warns(self) -> bool:
        """Calling it, or passing one of its arguments, raises a DeprecationWarning."""
        return self.deprecated or any(p.deprecated for p in self.parameters)

    @property
    def renames(self) -> bool:
        """One of its arguments also has an old name."""
        return any(p.aliases for p in self.parameters)

    @property
    def renamed_required(self) -> bool:
        """A required argument also has an old name: its methods get two overloads."""
        return any(p.required and p.aliases for p in self.parameters)

    @property
    def loosened(self) -> tuple[str, ...]:
        """Required arguments that the implementation defaults to NOT_GIVEN and checks itself:
        those with an old name (callers may pass that instead), and the positional ones after
        the first of those (Python wants the defaults to go on)."""
        result: list[str] = []
        for p in self.parameters:
            after_loosened = bool(result) and p.location == "path"
            if p.required and (p.aliases or after_loosened):
                result.append(p.py_name)
        return tuple(result)


@dataclass(frozen=True)
class MethodAlias:
    """An old method name kept working: it forwards to ``target`` with a DeprecationWarning."""

    py_name: str
    target: str  # the attribute path from the alias's owner, e.g. "datasets.delete"
    operation: Operation
    variant: str = "call"  # which of the operation's methods: call | stream | pages


@dataclass(frozen=True)
class Resource:
    attr: str  # attribute on the client, e.g. "finetuning"
    module: str  # module in the package, usually the same
    class_name: str
    async_class_name: str
    operations: tuple[Operation, ...]
    exports: tuple[
        tuple[str, str], ...
    ]  # (types module, name) re-exported from the resource module
    import_lines: tuple[str, ...] = ()
    doc: str = ""
    # Nested groups (e.g. Fern's ``[audio, transcriptions]``): the dotted path from the client,
    # and the sub-resources, each an attribute of this resource (imported on first use).
    path: str = ""
    children: tuple[Resource, ...] = ()
    typing_lines: tuple[str, ...] = ()  # imported under `if TYPE_CHECKING:` only
    aliases: tuple[MethodAlias, ...] = ()
    group: str = ""  # the dotted group its operations were placed in ("audio.transcriptions")

    @property
    def display_path(self) -> str:
        return self.path or self.attr


@dataclass(frozen=True)
class ClientClass:
    name: str
    async_name: str
    base: str | None  # the client it extends, if any
    operations: tuple[Operation, ...]  # the operations that sit directly on the client
    resources: tuple[Resource, ...]  # only on the first client of a chain; subclasses inherit
    doc: str = ""
    aliases: tuple[MethodAlias, ...] = ()
    # Old names of constructor arguments: (old, current); only on a client that extends none
    argument_aliases: tuple[tuple[str, str], ...] = ()
    # A client that replaces inherited methods with others of another signature has a
    # raw-response view that cannot extend its base's (the same attributes, other types): that
    # view then lists every operation and resource of the chain itself.
    raw_operations: tuple[Operation, ...] = ()
    raw_resources: tuple[Resource, ...] = ()

    @property
    def raw_standalone(self) -> bool:
        return bool(self.raw_operations or self.raw_resources)


@dataclass(frozen=True)
class ClientFixture:
    """How the generated tests and the README construct one client class."""

    class_name: str
    async_class_name: str
    fixture: str  # the pytest fixture (and README variable), e.g. "client"
    async_fixture: str


@dataclass(frozen=True)
class SuiteCase:
    """One generated test (twice: sync and async): one call of an operation's methods."""

    name: str  # "test_list", "test_iter_list", "test_chat_stream"
    # call (one response) | stream (events, all consumed) | pages (the first page) | error (a
    # declared error: the operation declares no success response)
    kind: str
    method: str  # the method it calls: "list", "iter_list", "chat_stream"
    operation: Operation  # whose examples are the arguments
    checked: TypeRef | None  # what the response, each event or the first item must be
    raises: str = ""  # kind "error": what pytest.raises expects, "NotFoundError" or a tuple


@dataclass(frozen=True)
class SuiteModule:
    """One generated test module: the operations of one resource, or those on a client."""

    name: str  # "test_models"
    class_name: str  # "TestModels"
    async_class_name: str  # "TestAsyncModels"
    client: ClientFixture
    accessor: str  # the attributes from the client: "models", "audio.transcriptions"; "" = none
    cases: tuple[SuiteCase, ...]
    import_lines: tuple[str, ...]
    showcase: Operation  # the call the README shows for this resource


@dataclass(frozen=True)
class Suite:
    """The generated tests (one module per resource) and the README's examples."""

    clients: tuple[ClientFixture, ...] = ()
    modules: tuple[SuiteModule, ...] = ()
    # Constructor keywords with dummy values, passed as a user would: (keyword, expression)
    credentials: tuple[tuple[str, str], ...] = ()
    # Header options the API requires and has no default for: (keyword, expression)
    options: tuple[tuple[str, str], ...] = ()
    conftest_import_lines: tuple[str, ...] = ()
    readme_import_lines: tuple[str, ...] = ()
    async_readme_import_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class ErrorClass:
    name: str
    status: int
    doc: str


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    doc: str
    package: str
    distribution: str
    package_version: str
    base_url: str
    base_url_env: str
    timeout: float
    max_retries: int
    clients: tuple[ClientClass, ...]
    resources: tuple[Resource, ...]  # every resource, sub-resources included
    type_modules: tuple[TypeModule, ...]
    errors: tuple[ErrorClass, ...]
    client_import_lines: tuple[str, ...]
    client_typing_lines: tuple[str, ...]  # imported under `if TYPE_CHECKING:` only
    security_schemes: tuple[SecurityScheme, ...] = ()
    credentials: tuple[Credential, ...] = ()  # in the order of the constructor's arguments
    security: Requirement = ()  # what operations send unless they say otherwise
    header_options: tuple[HeaderOption, ...] = ()
    warnings: tuple[str, ...] = ()
    # Old class names kept importable, with a DeprecationWarning: (old, current, its module)
    type_aliases: tuple[tuple[str, str, str], ...] = ()
    suite: Suite = Suite()

    @property
    def renamed_types(self) -> dict[str, str]:
        """Old class name -> the current one, for the names kept as deprecated aliases."""
        return {old: new for old, new, _ in self.type_aliases}

    @property
    def fetches_tokens(self) -> bool:
        """Whether the client fetches OAuth2 tokens itself (client-credentials flow)."""
        return any(s.token_url for s in self.security_schemes)

    @property
    def positional_credential(self) -> bool:
        """A lone credential may be passed positionally (``Client("key")``)."""
        return len(self.credentials) == 1

    @property
    def type_names(self) -> tuple[tuple[str, str], ...]:
        """Every generated type as (module, name), sorted by name."""
        return tuple(sorted(self._exported_types, key=lambda pair: pair[1]))

    @property
    def type_imports(self) -> tuple[tuple[str, str], ...]:
        """Every generated type as (module, name), in the order isort wants the imports."""
        from .imports import member_key, natural

        # One statement per name: statements of one module go by the name they import.
        pairs = self._exported_types
        return tuple(sorted(pairs, key=lambda pair: (natural(pair[0]), member_key(pair[1]))))

    @property
    def _exported_types(self) -> list[tuple[str, str]]:
        """The definitions, and UnknownVariant (from types/_base.py) if a union may give one."""
        pairs = [(m.name, d.name) for m in self.type_modules for d in m.definitions]
        if any(
            UNKNOWN_CHOICE_IMPORT in t.imports
            for m in self.type_modules
            for d in m.definitions
            for t in ([d.type] if isinstance(d, Alias) else [f.type for f in d.fields])
        ):
            pairs.append(("_base", "UnknownVariant"))
        return pairs

    @property
    def operation_count(self) -> int:
        return sum(len(c.operations) for c in self.clients) + sum(
            len(r.operations) for r in self.resources
        )
