"""Example arguments: for each argument an operation takes, a value the API accepts.

The generated tests and the README call every operation with these values, and Prism checks
every request against the document, so a value must satisfy its schema: the document's own
example or default where it is valid, else one built from the type, format, enum and
constraints (lengths, pattern, bounds, multipleOf, item counts, required properties, the
variant of a oneOf that validates, with its discriminator set). The value becomes a Python
expression of the argument's type (a ``datetime`` for a date-time argument, bytes for a file)
through ``escape``.
"""

from __future__ import annotations

import base64
import datetime
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from functools import cache
from typing import Any

from ..render.escape import py_bytes, py_date, py_datetime, py_literal
from .model import Alias, Definition, Example, Operation, TypeRef
from .patterns import string_matching
from .schemas import SchemaReader, as_mapping

# A value the schema admits cannot be built (a required property that recurses forever).
MISSING: Any = object()
_BODY_LOCATIONS = ("body", "file")
# Deeper than this, required properties are not followed (recursive schemas).
_MAX_DEPTH = 12

_FORMAT_EXAMPLES: dict[str, Any] = {
    "date-time": "2024-05-01T12:00:00Z",
    "date": "2024-05-01",
    "time": "12:00:00",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uri-reference": "https://example.com",
    "iri": "https://example.com",
    "iri-reference": "https://example.com",
    "uri-template": "https://example.com/{id}",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "byte": base64.b64encode(b"example").decode(),
    "binary": "example file contents",
    "password": "secret-password",
    "regex": "^[a-z]+$",
    "json-pointer": "/a/b",
    "relative-json-pointer": "0/a",
}
# Placeholders for plain strings, by what their name suggests.
_NAMED_STRINGS = (
    (
        re.compile(r"(^|_)(url|uri|link|href|website|endpoint)s?$", re.IGNORECASE),
        "https://example.com",
    ),
    (re.compile(r"(^|_)e?mail(_address)?$", re.IGNORECASE), "user@example.com"),
)


class ExampleMaker:
    """Builds example values for the schemas of one document."""

    def __init__(self, document: dict[str, Any], reader: SchemaReader) -> None:
        self.resolve = reader.resolve
        self.reader = reader
        version = str(document.get("openapi") or "")
        self._is_31 = version.startswith(("3.1", "3.2"))
        self._components = {"components": document.get("components") or {}}

    # --- arguments ---

    def with_examples(self, operation: Operation, raw: dict[str, Any]) -> Operation:
        """``operation`` with an example for each required argument and for a ``request=`` body."""
        declared = {}
        for parameter in raw.get("parameters") or []:
            parameter = self.resolve(parameter)
            if isinstance(parameter, dict):
                declared[(parameter.get("in"), parameter.get("name"))] = parameter
        media: dict[str, Any] = {}
        if operation.body is not None:
            content = as_mapping(self.resolve(raw.get("requestBody"))).get("content") or {}
            media = content.get(operation.body.media_type) or {}
        body_value = MISSING  # the whole body, when fields of it are arguments
        fields = [p for p in operation.parameters if p.location in _BODY_LOCATIONS]
        if fields:
            body_value = self.value(media.get("schema"), "body", media)
        # Fields optional one by one that the body needs some of (an anyOf of required sets:
        # GitHub's reviewers or team_reviewers): every field of the built body is passed.
        together: set[str] = set()
        if isinstance(body_value, dict):
            alone = {p.wire_name for p in fields if p.required}
            minimal = {k: v for k, v in body_value.items() if k in alone}
            if not self.valid(minimal, media.get("schema")):
                together = set(body_value)
        parameters = []
        for parameter in operation.parameters:
            if parameter.required or (
                parameter.location in _BODY_LOCATIONS and parameter.wire_name in together
            ):
                if parameter.location in _BODY_LOCATIONS:
                    value = self._field_value(media.get("schema"), parameter.wire_name, body_value)
                else:
                    holder = declared.get((parameter.location, parameter.wire_name)) or {}
                    value = self._parameter_value(holder, parameter.wire_name)
                parameter = replace(parameter, example=self.expression(value, parameter.type))
            parameters.append(parameter)
        body = operation.body
        if body is not None and body.mode == "request":
            value = self.value(media.get("schema"), "body", media)
            body = replace(body, example=self.expression(value, body.type))
        return replace(operation, parameters=tuple(parameters), body=body)

    def _parameter_value(self, holder: Mapping[str, Any], wire: str) -> Any:
        """A path, query, header or cookie parameter's value. These travel as text, which a
        server reads as every variant of a oneOf the text can be (Prism reads the path segment
        "1" as integer and as string, so it matches two): of a oneOf with a string variant, a
        value that is a string on the wire as in the schema."""
        schema = _parameter_schema(holder)
        value = self.value(schema, wire, holder)
        variants = as_mapping(self.resolve(schema)).get("oneOf")
        if isinstance(value, str) or not isinstance(variants, list):
            return value
        for option in variants:
            text = self._build(option, wire, 1, frozenset())
            if isinstance(text, str) and _only_text(text) and self.valid(text, schema):
                return text
        return value

    def _field_value(self, schema: Any, wire: str, body_value: Any) -> Any:
        """A body field's value: from the body's example, else from the field's own schema."""
        if isinstance(body_value, dict) and wire in body_value:
            return body_value[wire]
        properties, _ = self.reader.object_properties(as_mapping(self.resolve(schema)))
        return self.value(properties.get(wire), wire)

    def value(self, schema: Any, name: str = "", holder: Mapping[str, Any] | None = None) -> Any:
        """A valid JSON value for ``schema``; ``holder`` (a parameter or media type object)
        may carry ``example``/``examples`` of its own, which are preferred when valid."""
        for candidate in _document_examples(holder or {}, self.resolve):
            if self.valid(candidate, schema):
                return candidate
        built = self._build(schema, name, 0, frozenset())
        return "string" if built is MISSING else built

    def expression(self, value: Any, type_ref: TypeRef) -> Example:
        """``value`` as a Python expression of the type ``type_ref`` accepts."""
        return _Expression(self.reader.definitions).of(value, type_ref)

    # --- validity ---

    def valid(self, value: Any, schema: Any) -> bool:
        """Whether ``value`` satisfies ``schema`` as an OpenAPI validator (and Prism) sees it."""
        if value is MISSING:
            return False
        root = {**self._components, "allOf": [schema if isinstance(schema, dict) else {}]}
        validator_class, format_checker, unusable = _validation(self._is_31)
        validator = validator_class(root, format_checker=format_checker)
        try:
            return bool(validator.is_valid(value))
        except unusable:
            return False  # a schema the validator cannot use: rely on the built value
        except BaseException as failure:
            # A recursion that runs out inside referencing's Rust map (rpds) surfaces as pyo3's
            # PanicException, a BaseException: the same unusable schema as a RecursionError.
            if type(failure).__name__ != "PanicException":
                raise
            return False

    # --- building ---

    def _build(self, schema: Any, name: str, depth: int, seen: frozenset[str]) -> Any:
        if depth > _MAX_DEPTH:
            return MISSING
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref in seen:
                return MISSING
            target = self.resolve(schema)
            if not isinstance(target, dict):
                return _placeholder(name)
            return self._build(target, name, depth + 1, seen | {ref})
        if not isinstance(schema, dict) or not schema:
            return _placeholder(name)
        for candidate in _schema_examples(schema):
            if self.valid(candidate, schema):
                return candidate
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list):
            values = [v for v in schema["enum"] if v is not None]
            return values[0] if values else None
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return self._variant(schema, key, name, depth, seen)
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            return self._all_of(schema, name, depth, seen)
        kind = _kind(schema)
        if kind == "object":
            return self._object(schema, depth, seen)
        if kind == "array":
            return self._array(schema, name, depth, seen)
        if kind in ("integer", "number"):
            return _number(schema, integer=kind == "integer")
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return _string(schema, name)

    def _variant(
        self, schema: dict[str, Any], key: str, name: str, depth: int, seen: frozenset[str]
    ) -> Any:
        """The first variant whose value the whole schema accepts (oneOf: exactly one)."""
        shared = {k: v for k, v in schema.items() if k not in (key, "discriminator")}
        first = MISSING
        # null last: a value is what a caller means to send (and 3.0 has no null type)
        for option in sorted(
            schema[key], key=lambda o: as_mapping(self.resolve(o)).get("type") == "null"
        ):
            value = self._build(option, name, depth + 1, seen)
            if value is MISSING:
                continue
            value = self._tagged(schema, option, value)
            if shared.get("properties") or shared.get("required"):
                extra = self._object(shared, depth + 1, seen)
                if isinstance(extra, dict) and isinstance(value, dict):
                    value = {**extra, **self._declared_outside(option, value, shared, depth, seen)}
            if self.valid(value, schema):
                return value
            telling = self._telling_apart(option, value, schema, depth, seen)
            if telling is not MISSING:
                return telling
            first = value if first is MISSING else first
        return first

    def _declared_outside(
        self,
        option: Any,
        value: dict[str, Any],
        shared: dict[str, Any],
        depth: int,
        seen: frozenset[str],
    ) -> dict[str, Any]:
        """``value`` with what the part (a variant, an allOf part) requires but the enclosing
        schema declares built from that declaration (OpenAI's file batches: anyOf [required:
        [file_ids]], the array declared beside it; the part alone gives a placeholder string)."""
        own, _ = self.reader.object_properties(as_mapping(self.resolve(option)))
        declared, _ = self.reader.object_properties(shared)
        result = dict(value)
        for key in value:
            if key not in own and key in declared:
                built = self._build(declared[key], key, depth + 1, seen)
                if built is not MISSING:
                    result[key] = built
        return result

    def _telling_apart(
        self, option: Any, value: Any, schema: dict[str, Any], depth: int, seen: frozenset[str]
    ) -> Any:
        """``value`` plus one optional property of its variant that the other variants do not
        accept, where the required ones alone fit several (a oneOf must match exactly one)."""
        if not isinstance(value, dict):
            return MISSING
        properties, _ = self.reader.object_properties(as_mapping(self.resolve(option)))
        for wire, prop in properties.items():
            if wire in value or as_mapping(self.resolve(prop)).get("readOnly"):
                continue
            extra = self._build(prop, wire, depth + 1, seen)
            if extra is not MISSING and self.valid({**value, wire: extra}, schema):
                return {**value, wire: extra}
        return MISSING

    def _tagged(self, schema: dict[str, Any], option: Any, value: Any) -> Any:
        """Set the discriminator's property to the tag that selects ``option``."""
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(value, dict):
            return value
        prop = discriminator.get("propertyName")
        ref = option.get("$ref") if isinstance(option, dict) else None
        if not isinstance(prop, str) or not isinstance(ref, str):
            return value
        mapping = discriminator.get("mapping") or {}
        tags = [
            tag
            for tag, target in mapping.items()
            if target == ref or target == ref.rsplit("/", 1)[-1]
        ]
        tag = tags[0] if tags else value.get(prop, ref.rsplit("/", 1)[-1])
        return {**value, prop: tag}

    def _all_of(self, schema: dict[str, Any], name: str, depth: int, seen: frozenset[str]) -> Any:
        """The parts' values merged; a part may require properties another part declares."""
        parts = [self._build(part, name, depth + 1, seen) for part in schema["allOf"]]
        objects = [p for p in parts if isinstance(p, dict)]
        if not objects and not self.reader.object_properties(schema)[0]:
            return next((p for p in parts if p is not MISSING), MISSING)
        whole = self._object(schema, depth, seen)
        if whole is MISSING:
            return MISSING
        for part, value in zip(schema["allOf"], parts, strict=True):
            if not isinstance(value, dict):
                continue
            # what the part declares; what it requires of another part (a placeholder) is built
            # from that part's declaration (DigitalOcean: anyOf [required: [inbound_rules]])
            declared, _ = self.reader.object_properties(as_mapping(self.resolve(part)))
            value = self._declared_outside(part, value, schema, depth, seen)
            whole.update((k, v) for k, v in value.items() if k in declared or k not in whole)
        return whole

    def _object(self, schema: dict[str, Any], depth: int, seen: frozenset[str]) -> Any:
        properties, required = self.reader.object_properties(schema)
        result: dict[str, Any] = {}
        for wire, prop in properties.items():
            if wire not in required or as_mapping(self.resolve(prop)).get("readOnly"):
                continue
            value = self._build(prop, wire, depth + 1, seen)
            if value is MISSING:
                return MISSING
            result[wire] = value
        extra = schema.get("additionalProperties")
        if extra is not False:
            # Required but not declared (box's invite requires an "id" its properties lack): any
            # value will do, as additionalProperties has it.
            for wire in required:
                if wire not in properties:
                    value = self._build(
                        extra if isinstance(extra, dict) else {}, wire, depth + 1, seen
                    )
                    result[wire] = _placeholder(wire) if value is MISSING else value
        minimum = schema.get("minProperties")
        if isinstance(minimum, int) and len(result) < minimum:
            for wire, prop in properties.items():
                if len(result) >= minimum:
                    break
                if wire not in result and not as_mapping(self.resolve(prop)).get("readOnly"):
                    value = self._build(prop, wire, depth + 1, seen)
                    if value is not MISSING:
                        result[wire] = value
            while len(result) < minimum and extra is not False:
                key = f"key{len(result) + 1}"
                value = self._build(extra if isinstance(extra, dict) else {}, key, depth + 1, seen)
                result[key] = _placeholder(key) if value is MISSING else value
        return result

    def _array(self, schema: dict[str, Any], name: str, depth: int, seen: frozenset[str]) -> Any:
        count = max(_int(schema.get("minItems"), 0), 1)
        maximum = schema.get("maxItems")
        if isinstance(maximum, int):
            count = min(count, maximum)
        if count == 0:
            return []
        item = self._build(schema.get("items", {}), _singular(name), depth + 1, seen)
        if item is MISSING:
            return MISSING
        if count > 1 and schema.get("uniqueItems"):
            return [_distinct(item, i) for i in range(count)]
        return [item] * count


def _parameter_schema(parameter: Mapping[str, Any]) -> Any:
    """A parameter's schema (Swagger 2.0 style parameters carry it inline)."""
    if "schema" in parameter or "type" not in parameter:
        return parameter.get("schema")
    return {k: v for k, v in parameter.items() if k not in ("name", "in", "required")}


def _only_text(text: str) -> bool:
    """Whether no other JSON type reads ``text`` (as "1", "true" or "null" would be read)."""
    try:
        json.loads(text)
    except ValueError:
        return True
    return text.startswith('"')


def _document_examples(holder: Mapping[str, Any], resolve: Callable[[Any], Any]) -> Iterator[Any]:
    """A parameter's or media type's ``example``, then the values of its ``examples`` map."""
    if "example" in holder:
        yield holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, dict):
        for entry in examples.values():
            entry = resolve(entry)
            if isinstance(entry, dict) and "value" in entry:
                yield entry["value"]


def _schema_examples(schema: dict[str, Any]) -> Iterator[Any]:
    """A schema's ``example`` (3.0), ``examples`` (3.1, a list), then ``default``."""
    if "example" in schema:
        yield schema["example"]
    if isinstance(schema.get("examples"), list):
        yield from schema["examples"]
    if "default" in schema:
        yield schema["default"]


def _kind(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if isinstance(kind, str):
        return kind
    if "properties" in schema or "additionalProperties" in schema or "required" in schema:
        return "object"
    if "items" in schema:
        return "array"
    if any(k in schema for k in ("minimum", "maximum", "multipleOf")):
        return "number"
    return "string"


def _int(value: Any, fallback: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else fallback


def _number(schema: dict[str, Any], *, integer: bool) -> int | float:
    low, high = _bound(schema, "minimum", 1), _bound(schema, "maximum", -1)
    step = schema.get("multipleOf")
    step = (
        step if isinstance(step, (int, float)) and not isinstance(step, bool) and step > 0 else None
    )
    value: float = 1
    if low is not None:
        value = low
    elif high is not None and high < 1:
        value = high
    if integer:
        value = math.ceil(value) if low is not None or high is None else math.floor(value)
    if step is not None:
        value = math.ceil(value / step) * step
        if high is not None and value > high:
            value = math.floor(high / step) * step
    if integer or float(value).is_integer():
        return int(value)
    return value


def _bound(schema: dict[str, Any], key: str, direction: int) -> float | None:
    """The inclusive bound: ``minimum`` (or an exclusive one nudged inwards)."""
    exclusive_key = "exclusiveMinimum" if key == "minimum" else "exclusiveMaximum"
    exclusive = schema.get(exclusive_key)
    value = schema.get(key)
    nudge = 1 if schema.get("type") == "integer" else 0.5
    if isinstance(exclusive, (int, float)) and not isinstance(exclusive, bool):  # 3.1
        return exclusive + direction * nudge
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value + direction * nudge if exclusive is True else value
    return None


def _string(schema: dict[str, Any], name: str) -> str:
    fmt = schema.get("format")
    text = _FORMAT_EXAMPLES.get(fmt, "") if isinstance(fmt, str) else ""
    text = text or _placeholder(name)
    low, high = _int(schema.get("minLength"), 0), schema.get("maxLength")
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not (_matches(pattern, text) and len(text) >= low):
        text = string_matching(pattern, low) or text
    if len(text) < low:
        text += "x" * (low - len(text))
    if isinstance(high, int) and len(text) > high:
        text = text[:high]
    return text


def _matches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return True  # a pattern Python cannot read: nothing better to offer


def _placeholder(name: str) -> str:
    for rule, text in _NAMED_STRINGS:
        if rule.search(name):
            return text
    return name if re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{0,40}", name) else "string"


def _singular(name: str) -> str:
    return name[:-1] if name.endswith("s") and len(name) > 3 else name


def _distinct(item: Any, index: int) -> Any:
    """The ``index``-th of several different items (uniqueItems)."""
    if isinstance(item, str):
        return f"{item}{index}" if index else item
    if isinstance(item, (int, float)) and not isinstance(item, bool):
        return item + index
    return item


class _Expression:
    """JSON values -> Python expressions of the argument's declared type."""

    def __init__(self, definitions: Mapping[str, Definition]) -> None:
        self.definitions = definitions

    def of(self, value: Any, type_ref: TypeRef) -> Example:
        type_ref = self._unaliased(type_ref)
        if type_ref.members:
            return self.of(value, self._member_for(value, type_ref))
        if isinstance(value, str) and type_ref.name in ("datetime.datetime", "datetime.date"):
            parsed = _parsed_date(value, type_ref.name)
            if parsed is not None:
                spelled = (
                    py_datetime(parsed)
                    if isinstance(parsed, datetime.datetime)
                    else py_date(parsed)
                )
                return Example(spelled, frozenset({("datetime", "")}))
        if type_ref.name in ("bytes", "FileInput", "FileContent"):
            # raw content; a structured value (a body schema for a non-JSON media type) as JSON
            text = value if isinstance(value, str) else json.dumps(value)
            return Example(py_bytes(text.encode()))
        if isinstance(value, list) and type_ref.args and type_ref.name in ("Sequence", "list"):
            items = [self.of(item, type_ref.args[0]) for item in value]
            return Example(
                "[" + ", ".join(i.expression for i in items) + "]",
                frozenset().union(*(i.imports for i in items)),
            )
        if isinstance(value, float) and value.is_integer() and type_ref.name == "int":
            return Example(py_literal(int(value)))
        return Example(py_literal(value))

    def _unaliased(self, type_ref: TypeRef) -> TypeRef:
        """A generated alias (``Timestamp = datetime.datetime``) stands for its target."""
        seen: set[str] = set()
        while type_ref.name in self.definitions and type_ref.name not in seen:
            definition = self.definitions[type_ref.name]
            if not isinstance(definition, Alias):
                break
            seen.add(type_ref.name)
            type_ref = definition.type
        return type_ref

    def _member_for(self, value: Any, union: TypeRef) -> TypeRef:
        """The member of a union that a value of this JSON kind is meant for."""
        members = [self._unaliased(m) for m in union.members]
        if value is None:
            return next((m for m in members if m.name == "None"), members[0])
        plain = {str: {"str"}, bool: {"bool"}, int: {"int", "float"}, float: {"float"}}
        for member in members:
            if member.name in plain.get(type(value), set()) or member.name == "Any":
                return member
            if member.literals and py_literal(value) in member.literals:
                return member
            if isinstance(value, dict) and member.name in ("Mapping", "dict"):
                return member
            if isinstance(value, list) and member.name in ("Sequence", "list"):
                return member
        return next((m for m in members if m.name != "None"), members[0])


def _parsed_date(text: str, kind: str) -> datetime.date | None:
    try:
        if kind == "datetime.date":
            return datetime.date.fromisoformat(text)
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return None


@cache
def _validation(is_31: bool) -> tuple[Any, Any, tuple[type[BaseException], ...]]:
    """The validator class, its format checker and the errors that mean a schema it cannot use.

    Imported on first use: openapi_schema_validator (with jsonschema) costs about a second to
    import, which a run whose examples need no checking does not pay.
    """
    import jsonschema
    import jsonschema.exceptions
    import referencing.exceptions
    from openapi_schema_validator import (
        OAS30WriteValidator,
        OAS31Validator,
        oas30_format_checker,
        oas31_format_checker,
    )

    # As Prism checks (JSON Schema, no discriminator): a oneOf value must match exactly one
    # variant, whatever its discriminator property says.
    if is_31:
        base, draft, checker = OAS31Validator, jsonschema.Draft202012Validator, oas31_format_checker
    else:
        base, draft, checker = OAS30WriteValidator, jsonschema.Draft4Validator, oas30_format_checker
    validator_class = jsonschema.validators.extend(base, {"oneOf": draft.VALIDATORS["oneOf"]})
    unusable = (
        jsonschema.exceptions.SchemaError,
        jsonschema.exceptions.UnknownType,
        referencing.exceptions.Unresolvable,
        RecursionError,
        re.error,
        TypeError,
        ValueError,
    )
    return validator_class, checker, unusable
