"""Stage 3, security: ``components.securitySchemes`` and ``security`` -> what the client sends.

Decides how each scheme is sent, the constructor argument of every credential (names a user can
guess: ``api_key``, ``username``/``password``, ``client_id``/``client_secret``/``access_token``,
otherwise the scheme's name), its environment variable, and each operation's requirement
(alternatives, each a set of schemes sent together). Header parameters that carry credentials
become schemes, never method arguments; header parameters that most operations take become
client options.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ..config import Config
from ..diagnostics import pointer
from . import names as naming
from .lock import ACCESS_TOKEN_KEY, NO_LOCK, NameLock, header_key
from .model import Credential, HeaderOption, Requirement, SecurityScheme, TypeRef
from .schemas import as_mapping

# Keywords the generated constructors take besides credentials and header options.
CONSTRUCTOR_KEYWORDS = frozenset(
    {
        "self",
        "base_url",
        "timeout",
        "max_retries",
        "max_response_size",
        "default_headers",
        "http_client",
    }
)
# Headers the runtime sets itself: never a method argument, never a client option.
_RUNTIME_HEADERS = frozenset({"accept", "content-type"})
# Words that make a header parameter a credential (``Authorization``, ``X-API-Key``), and the
# words that make a ``...-Token`` one (``X-Auth-Token``, ``x-amz-security-token``; not
# ``x-amz-bucket-object-lock-token``).
_CREDENTIAL_WORDS = frozenset({"authorization", "authentication", "secret", "password", "apikey"})
_TOKEN_KINDS = frozenset({"auth", "access", "api", "bearer", "security", "session", "id"})
_SCALAR_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_SELF_SENT_HEADERS = frozenset({"user-agent"})
# A value of each option type, for a required header whose spec gives no example.
_TYPE_EXAMPLES: dict[str, Any] = {"str": "example", "int": 1, "float": 1.0, "bool": True}


@dataclass(frozen=True)
class RawOperation:
    """What the security reader needs of an operation (parameters merged with the path's)."""

    path: str
    method: str
    operation: dict[str, Any]


@dataclass(frozen=True)
class SecurityPlan:
    schemes: tuple[SecurityScheme, ...]
    credentials: tuple[Credential, ...]
    default: Requirement
    header_options: tuple[HeaderOption, ...]
    # (location, lower-case name) of parameters that methods do not take: credentials, options
    skipped_parameters: frozenset[tuple[str, str]]
    # (path, METHOD) -> the operation's requirement; absent: the default
    requirements: dict[tuple[str, str], Requirement]
    warnings: tuple[str, ...]

    def requirement(self, path: str, method: str) -> Requirement | None:
        """An operation's requirement, or None when it is the API's default."""
        found = self.requirements.get((path, method.upper()), self.default)
        return None if found == self.default else found


def read_security(
    document: dict[str, Any],
    config: Config,
    operations: list[RawOperation],
    env_prefix: str,
    resolve: Callable[[Any], Any],
    lock: NameLock = NO_LOCK,
) -> SecurityPlan:
    """``lock``: the constructor arguments the client shipped with win over the rules."""
    return _SecurityReader(document, config, operations, env_prefix, resolve, lock).plan()


@dataclass
class _SecurityReader:
    document: dict[str, Any]
    config: Config
    operations: list[RawOperation]
    env_prefix: str
    resolve: Callable[[Any], Any]
    lock: NameLock = NO_LOCK
    warnings: list[str] = field(default_factory=list)
    schemes: dict[str, SecurityScheme] = field(default_factory=dict)
    # schemes the transport handles (mutualTLS): satisfied without sending anything
    transport_schemes: set[str] = field(default_factory=set)

    def plan(self) -> SecurityPlan:
        self._read_schemes()
        default = self._requirement(self.document.get("security"), "security")
        headers = self._header_parameters()
        credential_headers = {h for h in headers if self._is_credential(h)}
        requirements: dict[tuple[str, str], Requirement] = {}
        for op in self.operations:
            declared = op.operation.get("security")
            where = f"paths/{op.path}/{op.method}/security"
            requirement = default if declared is None else self._requirement(declared, where)
            for parameter in self._parameters(op.operation, "header"):
                name = parameter["name"].lower()
                if name in credential_headers:
                    requirement = self._with_header(
                        requirement, parameter, bool(parameter.get("required"))
                    )
            requirements[(op.path, op.method.upper())] = requirement
        used = _used_schemes([default, *requirements.values()])
        self._add_scopes()
        schemes = self._name_credentials([s for n, s in self.schemes.items() if n in used])
        credentials = self._credentials(schemes)
        options = self._header_options(
            headers, credential_headers, {c.argument for c in credentials}
        )
        skipped = {("header", h) for h in credential_headers} | {
            ("header", o.header.lower()) for o in options
        }
        skipped |= {(s.location, s.parameter.lower()) for s in schemes if s.kind == "api_key"}
        self._check_config(credentials)
        return SecurityPlan(
            schemes=tuple(schemes),
            credentials=credentials,
            default=default,
            header_options=options,
            skipped_parameters=frozenset(skipped),
            requirements=requirements,
            warnings=tuple(self.warnings),
        )

    # -- schemes ---------------------------------------------------------------------------

    def _read_schemes(self) -> None:
        raw = (self.document.get("components") or {}).get("securitySchemes") or {}
        for name, value in raw.items():
            scheme = self.resolve(value)
            if not isinstance(scheme, dict):
                continue
            kind = scheme.get("type")
            if kind == "mutualTLS":
                self.transport_schemes.add(name)
                continue
            read = self._scheme(str(name), scheme)
            if read is None:
                self.warnings.append(
                    f"components/securitySchemes/{name}: a {kind!r} scheme the client cannot "
                    "send; operations that need only it are sent without credentials"
                )
            else:
                where = "#" + pointer("components", "securitySchemes", name)
                self.schemes[str(name)] = replace(read, pointer=where)

    def _scheme(self, name: str, scheme: dict[str, Any]) -> SecurityScheme | None:
        kind = scheme.get("type")
        if kind == "apiKey":
            location, parameter = scheme.get("in"), scheme.get("name")
            if location not in ("header", "query", "cookie") or not isinstance(parameter, str):
                return None
            return SecurityScheme(name, "api_key", location=location, parameter=parameter)
        if kind == "http":
            word = str(scheme.get("scheme") or "")
            if word.lower() == "basic":
                return SecurityScheme(name, "basic")
            if not word or word.lower() == "digest":  # digest needs a challenge: not a value
                return None
            return SecurityScheme(
                name, "http", http_scheme="Bearer" if word.lower() == "bearer" else word
            )
        if kind == "oauth2":
            flow = ((scheme.get("flows") or {}).get("clientCredentials")) or {}
            token_url = flow.get("tokenUrl") if isinstance(flow, dict) else None
            return SecurityScheme(name, "oauth2", token_url=str(token_url or ""))
        if kind == "openIdConnect":
            return SecurityScheme(name, "oauth2")
        return None

    def _requirement(self, raw: Any, where: str) -> Requirement:
        """The spec's list of requirement objects, as alternatives of scheme names."""
        if not isinstance(raw, list):
            return ()
        alternatives: list[tuple[str, ...]] = []
        for entry in raw:
            if not isinstance(entry, dict):
                continue
            names = []
            for name in entry:
                if name in self.schemes:
                    names.append(str(name))
                elif name not in self.transport_schemes:
                    self.warnings.append(f"{where}: no security scheme named {name!r}; ignored")
            if tuple(names) not in alternatives:
                alternatives.append(tuple(names))
        return () if alternatives == [()] else tuple(alternatives)

    def _add_scopes(self) -> None:
        """Client-credentials tokens ask for every scope any operation names."""
        scopes: dict[str, dict[str, None]] = defaultdict(dict)
        for raw in self._raw_requirements():
            for name, wanted in raw.items():
                if isinstance(wanted, list):
                    scopes[name].update(dict.fromkeys(str(s) for s in wanted))
        for name, scheme in self.schemes.items():
            if scheme.kind == "oauth2" and scheme.token_url and scopes.get(name):
                self.schemes[name] = replace(scheme, scopes=tuple(scopes[name]))

    def _raw_requirements(self) -> Iterable[dict[str, Any]]:
        declared = [self.document.get("security")]
        declared += [op.operation.get("security") for op in self.operations]
        for raw in declared:
            if isinstance(raw, list):
                yield from (entry for entry in raw if isinstance(entry, dict))

    # -- credential header parameters ------------------------------------------------------

    def _header_parameters(self) -> dict[str, list[dict[str, Any]]]:
        """Every header parameter by lower-case name, one entry per operation declaring it."""
        found: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for op in self.operations:
            for parameter in self._parameters(op.operation, "header"):
                found[parameter["name"].lower()].append(parameter)
        return found

    def _parameters(self, operation: dict[str, Any], location: str) -> list[dict[str, Any]]:
        result = []
        for raw in operation.get("parameters") or []:
            parameter = self.resolve(raw)
            if (
                isinstance(parameter, dict)
                and parameter.get("in") == location
                and isinstance(parameter.get("name"), str)
                and parameter["name"].lower() not in _RUNTIME_HEADERS
            ):
                result.append(parameter)
        return result

    def _is_credential(self, header: str) -> bool:
        if any(_places(s, header) for s in self.schemes.values()):
            return True
        words = list(naming.words(header))
        if set(words) & _CREDENTIAL_WORDS or "apikey" in "".join(words):
            return True
        return words[-1:] == ["token"] and (len(words) == 1 or words[-2] in _TOKEN_KINDS)

    def _with_header(
        self, requirement: Requirement, parameter: dict[str, Any], required: bool
    ) -> Requirement:
        """Fold a credential header parameter into a requirement: every alternative that does
        not already send that header also sends the parameter's scheme; an optional parameter
        keeps the alternatives without it as fallbacks."""
        scheme = self._header_scheme(parameter)
        alternatives = list(requirement) or [()]
        extended = [
            alt
            if any(_places(self.schemes[name], parameter["name"]) for name in alt)
            else (*alt, scheme)
            for alt in alternatives
        ]
        combined = extended if required else extended + alternatives
        return tuple(dict.fromkeys(combined))

    def _header_scheme(self, parameter: dict[str, Any]) -> str:
        """The scheme a credential header parameter stands for; made up when the spec has none."""
        header = str(parameter["name"])
        for name, scheme in self.schemes.items():
            if scheme.kind == "api_key" and _places(scheme, header):
                return name
        for name, scheme in self.schemes.items():
            if _places(scheme, header):
                return name
        for name, scheme in self.schemes.items():
            if name == header and scheme.kind in ("api_key", "http"):
                return name
        description = str(parameter.get("description") or "")
        if header.lower() == "authorization" and "bearer" in description.lower():
            self.schemes[header] = SecurityScheme(
                header, "http", http_scheme="Bearer", pointer=header_key(header)
            )
        else:
            self.schemes[header] = SecurityScheme(
                header, "api_key", location="header", parameter=header, pointer=header_key(header)
            )
        return header

    # -- names -----------------------------------------------------------------------------

    def _name_credentials(self, schemes: list[SecurityScheme]) -> list[SecurityScheme]:
        kinds = Counter(_family(s) for s in schemes)
        taken = set(CONSTRUCTOR_KEYWORDS)
        # Every OAuth2 and OpenID Connect scheme sends a ready token the same way: one argument.
        access_token = (
            self._take("access_token", taken, ACCESS_TOKEN_KEY)
            if any(s.kind == "oauth2" for s in schemes)
            else ""
        )
        named = []
        for scheme in schemes:
            own = naming.credential_argument(scheme.name)
            family = _family(scheme)

            def take(argument: str, role: str, scheme: SecurityScheme = scheme) -> str:
                return self._take(argument, taken, f"{scheme.pointer}/{role}")

            if family == "key":
                argument = "api_key" if kinds["key"] == 1 else own
                named.append(replace(scheme, credential=take(argument, "credential")))
            elif family == "http":
                named.append(replace(scheme, credential=take(own, "credential")))
            elif family == "basic":
                prefix = "" if kinds["basic"] == 1 else own + "_"
                named.append(
                    replace(
                        scheme,
                        username=take(prefix + "username", "username"),
                        password=take(prefix + "password", "password"),
                    )
                )
            elif scheme.token_url:
                prefix = "" if kinds["fetch"] == 1 else own + "_"
                named.append(
                    replace(
                        scheme,
                        access_token=access_token,
                        client_id=take(prefix + "client_id", "client_id"),
                        client_secret=take(prefix + "client_secret", "client_secret"),
                    )
                )
            else:
                named.append(replace(scheme, access_token=access_token))
        return named

    def _take(self, argument: str, taken: set[str], key: str = "") -> str:
        """The name the lock recorded under ``key`` if it is free, else ``argument``, numbered
        if it is taken or recorded for another argument."""
        recorded = self.lock.get("client_arguments", key)
        if recorded is not None and recorded not in taken:
            name = recorded
        else:
            (name,) = naming.dedupe([argument], taken | self.lock.names("client_arguments"))
        taken.add(name)
        return name

    def _credentials(self, schemes: list[SecurityScheme]) -> tuple[Credential, ...]:
        found: dict[str, str] = {}
        for scheme in schemes:
            for argument, doc in _credential_docs(scheme):
                found.setdefault(argument, doc)
        return tuple(
            Credential(
                argument,
                self.config.credential_env.get(argument)
                or naming.credential_env_var(self.env_prefix, argument),
                doc,
            )
            for argument, doc in found.items()
        )

    def _check_config(self, credentials: tuple[Credential, ...]) -> None:
        arguments = {c.argument for c in credentials}
        for argument in self.config.credential_env:
            if argument not in arguments:
                known = ", ".join(sorted(arguments)) or "none: the spec declares no credentials"
                self.warnings.append(
                    f"credential_env: the client has no credential {argument!r} (it has: {known})"
                )

    # -- header options --------------------------------------------------------------------

    def _header_options(
        self,
        headers: dict[str, list[dict[str, Any]]],
        credential_headers: set[str],
        taken: set[str],
    ) -> tuple[HeaderOption, ...]:
        """Headers most operations take (or the configuration names) become client options."""
        configured = {h.lower(): name for h, name in self.config.header_options.items()}
        total = len(self.operations)
        taken = set(taken) | CONSTRUCTOR_KEYWORDS
        options = []
        for header, parameters in headers.items():
            common = len(parameters) >= 2 and 2 * len(parameters) > total
            if header in credential_headers or not (common or header in configured):
                continue
            first = parameters[0]
            wanted = configured.get(header) or naming.header_option_name(first["name"])
            schema = as_mapping(self.resolve(first.get("schema")))
            default = _scalar_default(schema)
            # The runtime sends a User-Agent of its own: required or not, it is never missing.
            required = default is None and header not in _SELF_SENT_HEADERS
            required = required and any(p.get("required") for p in parameters)
            option_type = self._option_type(first)
            options.append(
                HeaderOption(
                    py_name=self._take(
                        wanted, taken, "" if header in configured else header_key(first["name"])
                    ),
                    header=first["name"],
                    type=option_type,
                    default=default,
                    doc=str(first.get("description") or "").strip(),
                    required=required,
                    example=_header_example(parameters, schema, option_type) if required else None,
                )
            )
        for header in configured.keys() - headers.keys():
            self.warnings.append(f"header_options: no operation takes a header {header!r}")
        return tuple(options)

    def _option_type(self, parameter: dict[str, Any]) -> TypeRef:
        """The schema's scalar type (the first besides null in a 3.1 list of types); without
        one, that of its default or first enum value; and always one its default fits."""
        schema = as_mapping(self.resolve(parameter.get("schema")))
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        enum = schema.get("enum")
        values = [_scalar_default(schema), *(enum if isinstance(enum, list) else [])]
        inferred = next((k for k in map(_python_scalar, values) if k is not None), "str")
        scalar = _SCALAR_TYPES.get(kind, inferred) if isinstance(kind, str) else inferred
        default = _scalar_default(schema)
        if default is not None and not _fits(default, scalar):
            scalar = _python_scalar(default) or "str"
        return TypeRef(members=(TypeRef(scalar), TypeRef("None")))


def _family(scheme: SecurityScheme) -> str:
    """key (an API key or bearer token: ``api_key`` when alone), http, basic, fetch, oauth2."""
    if scheme.kind == "api_key" or (scheme.kind == "http" and scheme.http_scheme == "Bearer"):
        return "key"
    if scheme.kind == "oauth2":
        return "fetch" if scheme.token_url else "oauth2"
    return scheme.kind


def _places(scheme: SecurityScheme, header: str) -> bool:
    """Whether a scheme sends its credential in this header."""
    if scheme.kind == "api_key":
        return scheme.location == "header" and scheme.parameter.lower() == header.lower()
    return header.lower() == "authorization"


def _used_schemes(requirements: Iterable[Requirement]) -> set[str]:
    return {name for requirement in requirements for alt in requirement for name in alt}


def _credential_docs(scheme: SecurityScheme) -> list[tuple[str, str]]:
    """(argument, how it is sent) for each credential a scheme takes."""
    via = f"(scheme {scheme.name})"
    if scheme.kind == "api_key":
        where = {"header": "header", "query": "query parameter", "cookie": "cookie"}
        return [
            (
                scheme.credential,
                f"Sent as the {scheme.parameter} {where[scheme.location]} {via}.",
            )
        ]
    if scheme.kind == "http":
        return [
            (
                scheme.credential,
                f"Sent as `Authorization: {scheme.http_scheme} <{scheme.credential}>` {via}.",
            )
        ]
    if scheme.kind == "basic":
        return [
            (scheme.username, f"With {scheme.password}: HTTP Basic authentication {via}."),
            (scheme.password, f"With {scheme.username}: HTTP Basic authentication {via}."),
        ]
    docs = [
        (
            scheme.access_token,
            "A ready OAuth2 access token, sent as `Authorization: Bearer <access_token>`.",
        )
    ]
    if scheme.token_url:
        fetch = f"tokens are fetched from {scheme.token_url} (client credentials) {via}."
        docs += [
            (scheme.client_id, f"With {scheme.client_secret}: {fetch}"),
            (scheme.client_secret, f"With {scheme.client_id}: {fetch}"),
        ]
    return docs


def _python_scalar(value: Any) -> str | None:
    """The option type of a JSON scalar (None for null, objects and arrays)."""
    if isinstance(value, bool):
        return "bool"
    return {int: "int", float: "float", str: "str"}.get(type(value))


def _fits(value: Any, scalar: str) -> bool:
    """Whether a default fits an option type (an int fits float, a bool fits only bool)."""
    kind = _python_scalar(value)
    return kind == scalar or (kind == "int" and scalar == "float")


def _scalar_default(schema: Any) -> Any:
    default = schema.get("default") if isinstance(schema, dict) else None
    return default if isinstance(default, (str, int, float, bool)) else None


def _header_example(parameters: list[dict[str, Any]], schema: Any, option_type: TypeRef) -> Any:
    """A value for a required header option: the parameter's or schema's example, the first
    enum value, else a value of its type."""
    candidates: list[Any] = []
    for parameter in parameters:
        candidates.append(parameter.get("example"))
        examples = parameter.get("examples")
        if isinstance(examples, dict):
            candidates += [e.get("value") for e in examples.values() if isinstance(e, dict)]
    if isinstance(schema, dict):
        candidates.append(schema.get("example"))
        listed = schema.get("examples")
        candidates += listed if isinstance(listed, list) else []
        enum = schema.get("enum")
        candidates += enum[:1] if isinstance(enum, list) else []
    scalar = option_type.members[0].name if option_type.members else option_type.name
    kinds: dict[str, type | tuple[type, ...]] = {
        "str": str,
        "int": int,
        "float": (int, float),
        "bool": bool,
    }
    wanted = kinds.get(scalar, str)
    for value in candidates:
        if isinstance(value, wanted) and not (wanted is int and isinstance(value, bool)):
            return value
    return _TYPE_EXAMPLES.get(scalar, "example")
