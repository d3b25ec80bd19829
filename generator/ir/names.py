"""Every rule that turns a string from a spec into a Python identifier lives here.

The IR builder and the validator call these functions; templates never build a name.
"""

from __future__ import annotations

import builtins
import functools
import hashlib
import keyword
import re
import sys
from collections.abc import Iterable

from anyascii import anyascii

_WORD_BOUNDARY = re.compile(r"[^0-9A-Za-z]+")
_CAMEL_SPLIT = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_HTTP_METHODS = ("Get", "Post", "Put", "Patch", "Delete", "Head", "Options", "Trace")
# Fern-style names spell out where an inline schema came from, e.g.
# V1ClassifyPostResponsesContentApplicationJsonSchemaClassificationsItems.
_SYNTHETIC_SCHEMA_NAME = re.compile(
    r"^(?P<path>[0-9A-Za-z]+?)(?P<method>" + "|".join(_HTTP_METHODS) + r")"
    r"(?P<part>RequestBody|Responses\d*)Content(?:[A-Z][a-z0-9]*)+?Schema(?P<rest>[0-9A-Za-z]*)$"
)
_STATUS_SUFFIX = re.compile(r"^(?P<base>.+?)_Response_\d{3}$")

# Names that generated modules import or define themselves; a schema or parameter with one of
# these names is renamed so that it can never shadow them.
RESERVED_TYPE_NAMES = frozenset(
    {
        # what the package exports from its runtime and errors module
        "ApiConnectionError",
        "ApiError",
        "ApiResponse",
        "ApiResponseTooLargeError",
        "ApiResponseValidationError",
        "ApiStatusError",
        "ApiTimeoutError",
        "AsyncApiClient",
        "AsyncStream",
        "ClientSettings",
        "EventDecoder",
        "MissingApiKeyError",
        "MissingCredentialError",
        "Stream",
        "SyncApiClient",
        "UnknownEvent",
        # what the client module imports: typing, types and the runtime's authentication
        "ApiKeyAuth",
        "BasicAuth",
        "HttpAuth",
        "OAuth2Auth",
        "SecurityRequirement",
        "SecurityScheme",
        "Self",
        "TracebackType",
        # what generated modules import
        "Annotated",
        "Any",
        "ApiModel",
        "AsyncIterator",
        "Field",
        "Iterator",
        "Literal",
        "Mapping",
        "NotGiven",
        "Optional",
        "RequestOptions",
        "Sequence",
        "TYPE_CHECKING",
        "TypeAlias",
        "Union",
        "UnknownChoice",
        "UnknownVariant",
        "annotations",
    }
)
# Module names in the generated package that a resource module must not take.
RESERVED_MODULE_NAMES = frozenset({"types", "errors", "_runtime", "_client", "_base"})
_SHADOWED = frozenset(dir(builtins)) | frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
# Parameter names that generated methods use themselves.
RESERVED_PARAMETER_NAMES = frozenset({"self", "request", "request_options"})


@functools.lru_cache(maxsize=65536)  # names are derived from the same words many times
def words(text: str) -> tuple[str, ...]:
    """Split any spelling (camelCase, snake_case, kebab-case, dotted) into lower-case words;
    other scripts are transliterated first (``größe`` -> grosse, ``获取用户`` -> huo qu yong hu)."""
    parts: list[str] = []
    for chunk in _WORD_BOUNDARY.split(text if text.isascii() else _transliterated(text)):
        parts.extend(p.lower() for p in _CAMEL_SPLIT.split(chunk) if p)
    return tuple(parts)


def _transliterated(text: str) -> str:
    # anyascii spells a soft sign as an apostrophe (Пользователи -> Pol'zovateli): not a boundary.
    return anyascii(text).replace("'", "")


def snake_case(text: str) -> str:
    return "_".join(words(text))


def pascal_case(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def _safe(name: str, fallback: str, suffix: str, reserved: Iterable[str] = ()) -> str:
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}" if fallback.islower() else f"{fallback}{name}"
    if name in _SHADOWED or name in reserved:
        name = f"{name}{suffix}"
    return name


# Longest names, so that file names stay far below the file system's limit (255 bytes) and code
# stays readable; a longer name keeps its start and ends with a hash of the whole.
MAX_NAME = 80
MAX_MODULE_NAME = 60
_HEX_AS_LETTERS = str.maketrans("0123456789abcdef", "abcdefghijklmnop")


def capped(name: str, limit: int = MAX_NAME) -> str:
    """``name``, or its first characters and a hash of all of it when it is over ``limit``."""
    if len(name) <= limit:
        return name
    # Letters only (a-p for each hex digit): digits would sort differently in ruff's __all__.
    digest = hashlib.sha256(name.encode()).hexdigest()[:8].translate(_HEX_AS_LETTERS)
    return f"{name[: limit - 9].rstrip('_')}_{digest}"


def identifier(text: str, reserved: Iterable[str] = ()) -> str:
    """A snake_case identifier that is valid, not a keyword and shadows no builtin."""
    return _safe(capped(snake_case(text)), "value", "_", reserved)


# Types that generated class bodies spell by name: an attribute must not hide them.
_SIGNATURE_TYPES = frozenset({"str", "int", "float", "bool", "bytes", "object", "datetime"})


def attribute_name(text: str, reserved: Iterable[str] = (), fallback: str = "value") -> str:
    """A method or field name. Unlike a variable, an attribute may take a builtin's name
    (``models.list``, ``response.id``): it hides nothing outside its class. Only the types
    that annotations in the class body use are avoided; method signatures spell lists and
    dicts as ``Sequence``/``Mapping`` for the same reason.
    """
    name = capped(snake_case(text)) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _SIGNATURE_TYPES:
        name += "_"
    while name in reserved:
        name += "_"
    return name


_VERSION = re.compile(
    r"^(v\d+(\.\d+)*([a-z]+\d*)?|\d+(\.\d+)*|\d{4}-?\d{2}-?\d{2})$", re.IGNORECASE
)
_HTTP_VERB_WORDS = frozenset(m.lower() for m in _HTTP_METHODS)
# What an operationId's leading HTTP verb means as a method name.
_VERB_MEANING = {"post": "create", "put": "update", "patch": "update"}
# Words left dangling where a path parameter was cut out (get_pet_by_id -> get_pet).
_CONNECTORS = frozenset({"by", "for", "with", "of", "from", "in", "at", "on"})


def is_version(text: str) -> bool:
    """``v1``, ``v2beta1``, ``2``, ``1.1``, ``2024-01-01``: a version, not a resource."""
    return bool(_VERSION.match(text))


def readable_operation_name(
    operation_id: str, path_parameters: Iterable[str] = (), *, keep_versions: bool = False
) -> str:
    """An operationId as a method name, without what spells the path rather than the call:
    version words, path parameter names of several words and HTTP verb suffixes
    (``get-merchants-merchantId-webhooks-GET`` -> ``get_merchants_webhooks``).
    ``keep_versions`` keeps the versions inside the name, to tell apart one call in two
    versions (``list_autoscaling_v2_namespaced_pods``); a name never starts with one."""
    found = [w for w in words(operation_id) if keep_versions or not is_version(w)]
    while found and is_version(found[0]):
        found.pop(0)
    for parameter in sorted((list(words(p)) for p in path_parameters), key=len, reverse=True):
        if len(parameter) > 1:  # a one-word parameter (bucket) is also the resource's noun
            found = _without_run(found, parameter)
    if path_parameters:  # Box's post_files_id_metadata_id_id: "id" stands for a parameter
        found = [w for w in found if w != "id"] or found
    while len(found) > 1 and found[-1] in _HTTP_VERB_WORDS | _CONNECTORS:
        found.pop()
    if found:
        found[0] = _VERB_MEANING.get(found[0], found[0])
    return "_".join(found)


def _without_run(found: list[str], run: list[str]) -> list[str]:
    """``found`` without the word sequence ``run``, nor a connector followed by its last words
    (``pet_id`` out of ``get_pet_by_id`` leaves ``get_pet``)."""
    tails = [run[i:] for i in range(1, len(run))]
    result: list[str] = []
    index = 0
    while index < len(found):
        rest = found[index:]
        tail = next(
            (t for t in tails if found[index] in _CONNECTORS and rest[1:][: len(t)] == t), None
        )
        if rest[: len(run)] == run:
            index += len(run)
        elif tail is not None:
            index += 1 + len(tail)
        else:
            result.append(found[index])
            index += 1
    return result


# Names the body of a generated method uses: a parameter must not hide them.
_METHOD_BODY_NAMES = frozenset(
    {"response", "partial", "int", "str", "float", "bool", "bytes", "list", "dict", "object"}
    | {"iterate_token_pages", "aiterate_token_pages", "iterate_offset_pages"}
    | {"aiterate_offset_pages", "LazyAsyncStream", "datetime", "date"}
)


def parameter_name(text: str) -> str:
    """A method parameter: the spec's name in snake_case, kept when it merely shadows a builtin
    (``id``, ``type``, ``format``, ``input``); only keywords and names the method body needs
    get an underscore (``from`` -> ``from_``)."""
    name = capped(snake_case(text)) or "value"
    if name[0].isdigit():
        name = f"value_{name}"
    while keyword.iskeyword(name) or name in RESERVED_PARAMETER_NAMES or name in _METHOD_BODY_NAMES:
        name += "_"
    return name


def module_name(text: str) -> str:
    """A module file name: snake_case, importable (``import`` -> ``import_``)."""
    name = capped(snake_case(text), MAX_MODULE_NAME) or "types"
    if name[0].isdigit():
        name = f"m_{name}"
    return name + "_" if keyword.iskeyword(name) or keyword.issoftkeyword(name) else name


def class_name(text: str, reserved: Iterable[str] = RESERVED_TYPE_NAMES) -> str:
    return _safe(capped(pascal_case(text)), "Model", "Model", reserved)


def constant_name(text: str) -> str:
    name = capped(snake_case(text)).upper()
    return _safe(name, "VALUE", "_")


# What the generated package imports by absolute name: the standard library, its two
# dependencies and theirs. A package (or the tests folder beside it) of one of these names would
# be imported in their place.
_IMPORTED_TOP_LEVEL = frozenset(sys.stdlib_module_names) | frozenset(
    {
        "annotated_types",
        "anyio",
        "certifi",
        "h11",
        "h2",
        "hpack",
        "httpcore",
        "httpcore2",
        "httpx",
        "httpx2",
        "hyperframe",
        "idna",
        "pydantic",
        "pydantic_core",
        "sniffio",
        "tests",
        "typing_extensions",
        "typing_inspection",
    }
)


def package_name(title: str) -> str:
    """The import name of a generated package, from the API's title: an identifier that no
    module the package imports has (a title "Pydantic" gives ``pydantic_client``)."""
    name = identifier(title) or "api_client"
    return f"{name}_client" if name.rstrip("_") in _IMPORTED_TOP_LEVEL else name


def credential_argument(scheme_name: str, reserved: Iterable[str] = ()) -> str:
    """The constructor keyword of a scheme's credential when no conventional name fits
    (``personalAccessToken`` -> ``personal_access_token``), without a trailing "auth" that only
    says it is a scheme (``AdminApiKeyAuth`` -> ``admin_api_key``, ``BearerAuth`` -> ``bearer``)."""
    parts = list(words(scheme_name))
    while len(parts) > 1 and parts[-1] in ("auth", "authentication"):
        parts.pop()
    return identifier("_".join(parts), reserved)


def credential_env_var(prefix: str, argument: str) -> str:
    """The environment variable a credential is read from: ``<PREFIX>_<ARGUMENT>``."""
    return f"{prefix}_{argument.upper()}"


def header_option_name(header: str) -> str:
    """The client option that sets a header on every request (``X-Client-Name`` ->
    ``client_name``): snake_case without the conventional ``X-`` prefix."""
    parts = words(header)
    if len(parts) > 1 and parts[0] == "x":
        parts = parts[1:]
    return identifier("_".join(parts))


def readable_schema_name(raw: str, operation_names: dict[str, str]) -> str:
    """Shorten machine-made schema names into readable class names.

    ``operation_names`` maps the PascalCase spelling of an operation's path (``V1Classify``)
    to the PascalCase name of its method (``Classify``).
    """
    status = _STATUS_SUFFIX.match(raw)
    if status:
        return pascal_case(status["base"]) + "Response"
    synthetic = _SYNTHETIC_SCHEMA_NAME.match(raw)
    if synthetic:
        owner = operation_names.get(synthetic["path"] + synthetic["method"])
        if owner is None:
            owner = operation_names.get(synthetic["path"], synthetic["path"])
        part = "Request" if synthetic["part"] == "RequestBody" else "Response"
        return owner + part + _singular_items(synthetic["rest"])
    return raw


def _singular_items(rest: str) -> str:
    return re.sub(r"Items(?=[A-Z]|$)", "Item", rest)


def type_stems(operations: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The PascalCase stem of the types each operation defines inline (``FilesCreate`` +
    ``Request``): its resource's last segment and its method, with as many more segments as
    it takes to tell two operations apart; version segments never (``v2.chat`` -> ``Chat``)."""
    pairs = list(dict.fromkeys(operations))
    segments = {
        (group, method): [part for part in group.split(".") if part and not is_version(part)]
        for group, method in pairs
    }
    depth = dict.fromkeys(pairs, 1)
    while True:
        stems = {
            pair: pascal_case("_".join([*segments[pair][-depth[pair] :], pair[1]]))
            for pair in pairs
        }
        owners: dict[str, list[tuple[str, str]]] = {}
        for pair, stem in stems.items():
            owners.setdefault(stem, []).append(pair)
        shared = [
            pair
            for group in owners.values()
            if len(group) > 1
            for pair in group
            if depth[pair] < len(segments[pair])
        ]
        if not shared:
            return stems
        for pair in shared:
            depth[pair] += 1


def path_pascal(path: str) -> str:
    """``/v1/finetuning/finetuned-models/{id}`` -> ``V1FinetuningFinetunedModelsId``."""
    return "".join(pascal_case(segment) for segment in path.split("/") if segment)


def dedupe(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Make names unique by numbering repeats (``Name``, ``Name2``, ...), in the given order."""
    seen = set(taken)
    result: list[str] = []
    for name in names:
        candidate, counter = name, 2
        while candidate in seen:
            candidate = f"{name}{'_' if name.islower() else ''}{counter}"
            counter += 1
        seen.add(candidate)
        result.append(candidate)
    return result
