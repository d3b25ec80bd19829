"""Where every operation sits on the client: its resource (group) and its method name.

One function, ``name_operations``, decides this for the IR builder and for the validator, so
that what the validator reports as a clash is exactly what the builder would generate.

Who decides, first to last:
1. the configuration's ``operation_renames``;
2. a vendor's SDK hints: Fern's ``x-fern-sdk-group-name``/``x-fern-sdk-method-name``,
   Speakeasy's ``x-speakeasy-group``/``x-speakeasy-name-override``. A document written for one
   of those generators keeps that generator's convention for its other operations too (resource
   from the first tag, method from the operationId), so that its SDK's users find their calls;
3. the path, as a person names calls: resources from the path's segments (the base path and
   version segments left out), the method from the HTTP method and the path's shape
   (``GET /v1/files`` -> ``files.list``, ``POST /files/{id}/cancel`` -> ``files.cancel``);
4. where the path gives nothing (``/{id}``), the first tag and the operationId.
A name the rules give twice falls back to a readable form of the operationId, then to a number.
The names lock wins over rules 2-4: an operation keeps the place it shipped with (unless the
configuration renames it), and the rules never give a recorded name to anything else.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..config import Config
from ..diagnostics import pointer, split_pointer
from . import names as naming
from .lock import NO_LOCK, NameLock
from .paths import HTTP_METHODS, path_operations
from .schemas import as_mapping, resolve_ref

__all__ = ["CLIENT_MEMBERS", "HTTP_METHODS", "NamedOperation", "name_operations"]
# Attributes every client has: an operation or a resource never takes these names.
# `type` too: the client's __exit__ annotates `type[BaseException]` in the class body.
CLIENT_MEMBERS = frozenset({"with_raw_response", "close", "aclose", "type"})

# GET /files/{id} -> retrieve; POST on an item updates it (Stripe's convention).
_ITEM_VERBS = {"get": "retrieve", "put": "update", "patch": "update", "post": "update"}
_COLLECTION_VERBS = {"post": "create", "put": "update", "patch": "update"}
_ITEM_VERBS["delete"] = _COLLECTION_VERBS["delete"] = "delete"
# Leading segments that say where the API lives rather than what a call does.
_API_PREFIXES = frozenset({"api", "apis", "rest"})
_FILE_EXTENSION = re.compile(r"\.(json|xml|yaml|yml|txt|csv)$", re.IGNORECASE)
_PARAMETER = re.compile(r"\{([^{}]+)\}")
# Kubernetes' API groups (/apis/storage.k8s.io/v1/...) are names, not calls like Slack's chat.post
_DOMAINS = frozenset({"io", "com", "org", "net", "dev"})
# Google's custom methods (/v1/batches/{id}:cancel)
_CUSTOM_METHOD = re.compile(r"^(?P<base>.+?):(?P<action>[A-Za-z][\w-]*)$")


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


@dataclass(frozen=True)
class _Segment:
    kind: str  # "static" (a resource), "param" ({id}) or "action" (#name, :name, a.name)
    name: str


@dataclass(frozen=True)
class _Choice:
    group: str
    name: str
    # the names to try, in order, if another operation took ``name`` (then it is numbered)
    fallbacks: tuple[str, ...] = ()


def name_operations(
    document: dict[str, Any], config: Config, lock: NameLock = NO_LOCK
) -> list[NamedOperation]:
    """Every operation in document order, named.

    A place the names ``lock`` recorded for an operation is kept (unless the configuration
    renames it); the others are named by the rules in document order, a name taken (by an
    earlier operation, or recorded in the lock for something else) tried with the rule's
    fallbacks, then numbered (``list_2``)."""
    entries = list(_operations(document))
    shapes = _PathShapes(document, [(path, method) for path, method, *_ in entries])
    vendor = _vendor(document)
    decided = []
    for path, method, operation, _ in entries:
        choice, configured = _choose(path, method, operation, config, vendor, shapes)
        at = "#" + pointer("paths", path, method)
        recorded = None if configured else lock.method(at)
        decided.append((path, method, operation, choice, at, recorded))
    owner: dict[tuple[str, str], str] = {}  # (group, name) -> "METHOD /path" that has it
    for path, method, *_, recorded in decided:  # the names that shipped first
        if recorded is not None:
            owner.setdefault(recorded, f"{method.upper()} {path}")
    result = []
    for path, method, operation, choice, at, recorded in decided:
        here = f"{method.upper()} {path}"
        if recorded is not None and owner[recorded] == here:
            group, kept = recorded
            result.append(NamedOperation(group, kept, path, method, operation, kept, pointer=at))
            continue
        taken = {n for g, n in owner if g == choice.group} | lock.members(choice.group)
        name, clashed_with = choice.name, ""
        if name in taken:
            name = next((f for f in choice.fallbacks if f not in taken), name)
        wanted = name
        if name in taken:
            clashed_with = owner.get((choice.group, name), "a name in the names lock")
            name = naming.dedupe([name], taken)[0]
        owner[(choice.group, name)] = here
        result.append(
            NamedOperation(
                choice.group, name, path, method, operation, wanted, clashed_with, at
            )
        )
    return result


def _operations(
    document: dict[str, Any],
) -> Iterable[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, operation with the path item's parameters, path item), in order."""
    for found in path_operations(document):
        parameters = _merge_parameters(found.path_item, found.operation, document)
        operation = {**found.operation, "parameters": parameters}
        yield found.path, found.method, operation, found.path_item


def _choose(
    path: str,
    method: str,
    operation: dict[str, Any],
    config: Config,
    vendor: str,
    shapes: _PathShapes,
) -> tuple[_Choice, bool]:
    """The rules' place for the operation, and whether the configuration chose it."""
    choice = _hinted(operation, config) if vendor else None
    if choice is None:
        by_rule = _from_path(path, method, operation, shapes)
        choice = _versioned(by_rule or _from_tag(path, method, operation, config), path)
    renamed = _renamed(choice, operation, config)
    return (renamed, True) if renamed is not None else (choice, False)


def _versioned(choice: _Choice, path: str) -> _Choice:
    """One more name to try: the rule's, with the path's version (``delete_v2beta2`` for the
    same call in two versions of an API that reuses its operationIds, as Kubernetes does)."""
    versions = [s for s in path.split("/") if naming.is_version(s)]
    if not versions:
        return choice
    versioned = _method(f"{choice.name}_{versions[-1]}")
    return dataclasses.replace(choice, fallbacks=(*choice.fallbacks, versioned))


def _vendor(document: dict[str, Any]) -> str:
    """The SDK generator the document was written for, judged by its hints ("" for none)."""
    for _, _, operation, _ in _operations(document):
        if any(key.startswith("x-fern-sdk-") for key in operation):
            return "fern"
        if "x-speakeasy-group" in operation or "x-speakeasy-name-override" in operation:
            return "speakeasy"
    return ""


def _hinted(operation: dict[str, Any], config: Config) -> _Choice | None:
    """Fern's or Speakeasy's placement, completed by their convention (tag, operationId)."""
    group_hint = operation.get("x-fern-sdk-group-name", operation.get("x-speakeasy-group"))
    if isinstance(group_hint, str):
        group_hint = group_hint.split(".")  # Speakeasy nests with dots
    if isinstance(group_hint, list) and any(group_hint):
        group = _group(str(part) for part in group_hint if part)
    else:
        group = _group([_tag(operation, config)])
    method_hint = operation.get("x-fern-sdk-method-name") or operation.get(
        "x-speakeasy-name-override"
    )
    raw = method_hint or operation.get("operationId")
    if not raw:
        return None
    return _Choice(group, _method(str(raw)))


def _from_path(
    path: str, method: str, operation: dict[str, Any], shapes: _PathShapes
) -> _Choice | None:
    """The resource from the path's segments, the method from the HTTP method and its shape."""
    segments = shapes.segments(path)
    statics = [s.name for s in segments if s.kind == "static"]
    if not statics:  # /{Bucket}#cors (S3), /{id}: no resource named; the tag and id say more
        return None
    last = segments[-1]
    fallbacks = _readable_operation_id(operation, path)
    if last.kind == "action":
        return _Choice(_group(statics), _method(last.name), fallbacks)
    if last.kind == "param":
        verb = _ITEM_VERBS.get(method)
        if method == "post" and shapes.methods(path) & {"put", "patch"}:
            verb = "create"  # Box's POST /metadata/{scope}/{key} beside its PUT
    elif shapes.is_action(path):
        # A single call under a resource: /payment_intents/{id}/cancel, /files/{id}/content
        listing = method == "get" and _lists_items(operation, shapes.document)
        name = f"list_{last.name}" if listing else last.name
        return _Choice(_group(statics[:-1]), _method(name), fallbacks)
    elif method == "get":
        listing = shapes.has_items(path) or _lists_items(operation, shapes.document)
        verb = "list" if listing else "retrieve"
    else:
        verb = _COLLECTION_VERBS.get(method)
    if verb is None:  # HEAD, OPTIONS, TRACE: the operationId says more than a verb would
        name, *others = fallbacks or (method,)
        return _Choice(_group(statics), name, tuple(others))
    return _Choice(_group(statics), verb, fallbacks)


def _from_tag(path: str, method: str, operation: dict[str, Any], config: Config) -> _Choice:
    """Where the path names no resource: the first tag, and the operationId or the verb."""
    group = _group([_tag(operation, config)])
    verbs = _ITEM_VERBS if path.rstrip("/").endswith("}") else {**_COLLECTION_VERBS, "get": "list"}
    verb = verbs.get(method, method)
    readable = _readable_operation_id(operation, path)
    if readable:
        return _Choice(group, readable[0], (*readable[1:], verb))
    return _Choice(group, verb)


def _renamed(choice: _Choice, operation: dict[str, Any], config: Config) -> _Choice | None:
    """The configuration's rename: keyed by operationId or by the rule's ``group.method``;
    a dotted value (``files.upload``) moves the operation to another resource too."""
    operation_id = str(operation.get("operationId") or "")
    decided = f"{choice.group}.{choice.name}" if choice.group else choice.name
    keys = [decided, operation_id, f"{choice.group}.{operation_id}" if choice.group else ""]
    wanted = next(
        (config.operation_renames[k] for k in keys if k in config.operation_renames), None
    )
    if wanted is None:
        return None
    group, _, name = wanted.rpartition(".")
    return _Choice(_group(group.split(".")) if group else choice.group, _method(name))


def _tag(operation: dict[str, Any], config: Config) -> str:
    tags = operation.get("tags") or []
    tag = tags[0] if tags and isinstance(tags[0], str) else ""
    return tag.removeprefix(config.resource_tag_prefix)


def _group(parts: Iterable[str]) -> str:
    return ".".join(naming.attribute_name(part) for part in parts if naming.words(part))


def _method(raw: str) -> str:
    return naming.attribute_name(raw, CLIENT_MEMBERS, "call")


def _readable_operation_id(operation: dict[str, Any], path: str) -> tuple[str, ...]:
    """The operationId as method names to try: without versions, then with them."""
    operation_id = operation.get("operationId")
    if not isinstance(operation_id, str):
        return ()
    parameters = _PARAMETER.findall(path)
    names = (
        naming.readable_operation_name(operation_id, parameters, keep_versions=keep)
        for keep in (False, True)
    )
    return tuple(dict.fromkeys(_method(name) for name in names if name))


def _lists_items(operation: dict[str, Any], document: dict[str, Any]) -> bool:
    """Whether the success response is a list: an array, or an object with one array in it."""
    for status, response in (operation.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        response = resolve_ref(document, response)
        content = response.get("content") if isinstance(response, dict) else None
        for media_type in (content or {}).values():
            schema = resolve_ref(document, as_mapping(media_type).get("schema"))
            if not isinstance(schema, dict):
                continue
            if schema.get("type") == "array":
                return True
            properties = as_mapping(schema.get("properties"))
            arrays = [
                p
                for p in properties.values()
                # a property may be a boolean schema (3.1's true: anything)
                if as_mapping(resolve_ref(document, p)).get("type") == "array"
            ]
            return len(arrays) == 1
        return False
    return False


class _PathShapes:
    """The document's paths as segments, to tell a collection from an item or an action."""

    def __init__(self, document: dict[str, Any], calls: list[tuple[str, str]]) -> None:
        """``calls``: every (path, method) of the document."""
        self.document = document
        paths = [path for path, _ in calls]
        self.base = _base_path(document, paths)
        self._segments = {path: _segments(path, self.base) for path in set(paths)}
        self._methods: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self._prefixes: set[tuple[str, ...]] = set()  # shapes that longer paths extend
        # resources (their static segments) -> the shapes that reach into them
        self._resources: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for path, segments in self._segments.items():
            shape = _shape(segments)
            statics = tuple(s.name for s in segments if s.kind == "static")
            for i in range(1, len(statics) + 1):
                self._resources[statics[:i]].add(shape)
            self._prefixes |= {shape[:i] for i in range(len(shape))}
        for path, method in calls:
            self._methods[_shape(self._segments[path])].add(method)

    def segments(self, path: str) -> list[_Segment]:
        return self._segments[path]

    def methods(self, path: str) -> set[str]:
        """The HTTP methods of every path of this shape (``?beta=true`` copies included)."""
        return self._methods[_shape(self._segments[path])]

    def has_items(self, path: str) -> bool:
        """``/files`` when ``/files/{id}`` exists: a collection of items."""
        items = _shape(self._segments[path]) + ("{}",)
        return items in self._prefixes or items in self._methods

    def is_action(self, path: str) -> bool:
        """A static last segment with one call and nothing below it, under an item or under a
        resource with calls of its own: ``/files/{id}/content``, ``/messages/count_tokens``."""
        segments = self._segments[path]
        shape = _shape(segments)
        return (
            len(shape) > 1
            and (shape[-2] == "{}" or bool(self._methods.get(shape[:-1])))
            and len(self._methods[shape]) == 1
            and shape not in self._prefixes
            # /threads/runs is no action where /threads/{id}/runs makes "runs" a resource
            and len(self._resources[tuple(s.name for s in segments if s.kind == "static")]) == 1
        )


def _base_path(document: dict[str, Any], paths: list[str]) -> tuple[str, ...]:
    """The servers' base path, where the document's paths repeat it (``/api/v2`` in both)."""
    servers = document.get("servers") or [{}]
    url = servers[0].get("url", "") if isinstance(servers[0], dict) else ""
    base = tuple(s for s in urlsplit(str(url)).path.split("/") if s)
    if base and paths and all(tuple(p.split("/")[1 : len(base) + 1]) == base for p in paths):
        return base
    return ()


def _segments(path: str, base: tuple[str, ...]) -> list[_Segment]:
    raw = [s for s in path.partition("?")[0].split("/") if s][len(base) :]
    while len(raw) > 1 and (raw[0].lower() in _API_PREFIXES or naming.is_version(raw[0])):
        raw = raw[1:]
    result: list[_Segment] = []
    for text in raw:
        text, _, fragment = text.partition("#")  # Box: /files/{file_id}#add_shared_link
        custom = _CUSTOM_METHOD.match(text) if not fragment else None
        if custom:
            text, fragment = custom["base"], custom["action"]
        result.extend(_segment(text))
        if fragment:
            result.append(_Segment("action", fragment))
    return result


def _segment(text: str) -> list[_Segment]:
    parameter = _PARAMETER.search(text)
    if parameter:
        # /files/{id}/thumbnail.{extension}: a resource named before the parameter
        before = text[: parameter.start()].strip(".-_")
        named = [_Segment("static", before)] if naming.words(before) else []
        return [*named, _Segment("param", parameter[1])]
    parts = [p for p in _FILE_EXTENSION.sub("", text).split(".") if not naming.is_version(p)]
    if not parts or not naming.words(parts[-1]):
        return []
    if len(parts) > 1 and all(p[:1].isalpha() for p in parts) and parts[-1] not in _DOMAINS:
        # RPC-style names (Slack's /chat.postMessage): resources, then the call
        return [*(_Segment("static", p) for p in parts[:-1]), _Segment("action", parts[-1])]
    return [_Segment("static", ".".join(parts))]


def _shape(segments: list[_Segment]) -> tuple[str, ...]:
    return tuple("{}" if s.kind == "param" else f"{s.kind}:{s.name}" for s in segments)


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
