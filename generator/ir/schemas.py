"""JSON Schema -> Python types: the part of the IR builder that reads schemas.

Component schemas become named definitions (models and aliases); inline object schemas are
hoisted into models named after where they appear. Every Python type annotation is decided
here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import pointer as pointer_to
from ..render.escape import py_literal
from . import names as naming
from .lock import NameLock, claim
from .model import (
    UNKNOWN_CHOICE_IMPORT,
    Alias,
    Definition,
    Discrimination,
    Field,
    Model,
    TypeRef,
)

ANY = TypeRef("Any", imports=frozenset({("typing", "Any")}))
NONE = TypeRef("None")
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_FORMATS = {
    ("string", "binary"): TypeRef("bytes"),
    ("string", "byte"): TypeRef("str"),
    ("string", "date-time"): TypeRef("datetime.datetime", imports=frozenset({("datetime", "")})),
    ("string", "date"): TypeRef("datetime.date", imports=frozenset({("datetime", "")})),
}
_COLLECTION_IMPORTS = {
    "Sequence": frozenset({("collections.abc", "Sequence")}),
    "Mapping": frozenset({("collections.abc", "Mapping")}),
}
# pydantic.BaseModel attributes that a field must not shadow.
_MODEL_ATTRIBUTES = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "fields",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "datetime",
        "date",
    }
)


def named(name: str) -> TypeRef:
    """A generated type (model, enum, alias), referred to by its class name."""
    return TypeRef(name, refs=frozenset({name}))


def generic(name: str, *args: TypeRef) -> TypeRef:
    """``list[X]``, ``dict[str, X]``, ``Sequence[X]``, ``Mapping[str, X]``."""
    return TypeRef(
        name,
        args=args,
        refs=frozenset().union(*(a.refs for a in args)),
        imports=_COLLECTION_IMPORTS.get(name, frozenset()).union(*(a.imports for a in args)),
    )


def literal(values: list[Any]) -> TypeRef:
    """``Literal[...]``: each value becomes a Python literal through the one escaping function."""
    return TypeRef(
        "Literal",
        literals=tuple(dict.fromkeys(py_literal(v) for v in values)),
        imports=frozenset({("typing", "Literal")}),
    )


def enum_type(values: list[Any]) -> TypeRef:
    """The type of a value among ``values``: a ``Literal`` of those Python typing admits in one
    (strings, booleans, integers within 64 bits), None as itself, the plain type of the others
    (a float, an object, an array or a huge integer cannot be a Literal)."""
    literals, others = [], []
    for value in values:
        if value is None:
            others.append(NONE)
        elif type(value) in _JSON_TYPES:
            others.append(_JSON_TYPES[type(value)])
        elif type(value) is int and not -(2**63) <= value < 2**63:
            others.append(TypeRef("int"))
        else:
            literals.append(value if isinstance(value, (str, int)) else str(value))  # a date
    return union(([literal(literals)] if literals else []) + others)


def union(types: list[TypeRef]) -> TypeRef:
    """``A | B``, flattened and deduplicated; Any absorbs the rest, Literals merge into one
    (ruff PYI030) where the first stood, and None comes last."""
    unique: dict[str, TypeRef] = {}
    for t in types:
        # A discriminated union stays whole: flattened, it would lose its discriminator.
        for member in (t,) if t.discrimination else t.members or (t,):
            unique.setdefault(member.annotation, member)
    members = list(unique.values())
    if any(m.name == "Any" for m in members):
        return ANY
    literals = [m for m in members if m.literals]
    if len(literals) > 1:
        merged = TypeRef(
            "Literal",
            literals=tuple(dict.fromkeys(v for m in literals for v in m.literals)),
            imports=frozenset({("typing", "Literal")}),
        )
        first = members.index(literals[0])
        members = [m for m in members if not m.literals]
        members.insert(first, merged)
    if len(members) == 1:
        return members[0]
    members.sort(key=lambda m: m.name == "None")
    return TypeRef(
        members=tuple(members),
        refs=frozenset().union(*(m.refs for m in members)),
        imports=frozenset().union(*(m.imports for m in members)),
    )


def as_mapping(schema: Any) -> dict[str, Any]:
    """A resolved schema (or parameter, body, response) to read keys from: ``true`` and
    ``false`` (JSON Schema 2020-12), and what does not resolve, have none."""
    return schema if isinstance(schema, dict) else {}


def argument_type(t: TypeRef) -> TypeRef:
    """A method argument's annotation: collections abstract (``Sequence``, ``Mapping``: a
    method named ``list`` or ``dict`` hides the builtin in the class body, as for responses),
    and ``int | float`` is ``float``, which type checkers take to accept an int too (PEP 484's
    numeric tower; ruff PYI041). Only at the top: inside a container, and in models,
    ``int | float`` keeps an int an int."""
    t = abstract_collections(t)
    if t.discrimination or not {"int", "float"} <= {m.annotation for m in t.members}:
        return t
    return union([m for m in t.members if m.annotation != "int"])


def without_none(t: TypeRef) -> TypeRef:
    """``X | None`` -> ``X``."""
    return union([m for m in t.members if m.name != "None"]) if t.is_optional else t


def list_item(t: TypeRef) -> TypeRef | None:
    """The item type of ``list[X]`` (or ``list[X] | None``), else None."""
    bare = without_none(t)
    return bare.args[0] if bare.name == "list" and bare.args else None


def abstract_collections(t: TypeRef) -> TypeRef:
    """``list``/``dict`` -> ``Sequence``/``Mapping``, all the way down.

    For method signatures: a method named ``list`` would hide the builtin in its class body,
    and pydantic validates the abstract types the same way.
    """
    if t.discrimination:
        return t
    if t.members:
        return union([abstract_collections(m) for m in t.members])
    if not t.args:
        return t
    args = tuple(abstract_collections(a) for a in t.args)
    name = {"list": "Sequence", "dict": "Mapping"}.get(t.name, t.name)
    return generic(name, *args)


_JSON_TYPES = {
    float: TypeRef("float"),
    dict: generic("dict", TypeRef("str"), ANY),
    list: generic("list", ANY),
}
# Arguments accept a plain dict wherever they accept a model.
_PLAIN_DICT = generic("Mapping", TypeRef("str"), ANY)


@dataclass
class SchemaReader:
    """Turns schemas into TypeRefs, collecting named definitions as it goes."""

    document: dict[str, Any]
    class_names: dict[str, str]  # component schema name -> class name
    definitions: dict[str, Definition] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    enum_names: set[str] = field(default_factory=set)
    model_names: set[str] = field(default_factory=set)
    union_names: set[str] = field(default_factory=set)
    collection_names: set[str] = field(default_factory=set)
    hoisted: dict[str, str] = field(default_factory=dict)  # pointer of an inline schema -> model
    lock: NameLock = field(default_factory=NameLock)  # names the client shipped with

    def __post_init__(self) -> None:
        self.taken.update(self.class_names.values())
        self._reserved: set[str] | None = None
        self._spelling_out: set[str] = set()  # collection aliases being spelled out (inputs)
        self._hoisting: dict[int, str] = {}  # inline schemas whose fields are being read

    # --- component schemas ---

    def define_components(self) -> None:
        schemas = self.document.get("components", {}).get("schemas", {}) or {}
        for raw_name in sorted(schemas, key=lambda n: self.class_names[n]):
            self._classify(self.class_names[raw_name], schemas[raw_name])
        for raw_name in sorted(schemas, key=lambda n: self.class_names[n]):
            self.define(self.class_names[raw_name], schemas[raw_name], component_pointer(raw_name))

    def _classify(self, name: str, schema: Any) -> None:
        schema = self.resolve(schema)
        if self._is_object(schema):
            self.model_names.add(name)
        elif isinstance(schema, dict) and "enum" in schema and not _has_null_only(schema):
            self.enum_names.add(name)
        elif isinstance(schema, dict) and ("oneOf" in schema or "anyOf" in schema):
            self.union_names.add(name)
        elif isinstance(schema, dict) and (
            schema.get("type") in ("array", "object") or "items" in schema
        ):
            self.collection_names.add(name)

    def define(self, name: str, schema: Any, pointer: str) -> None:
        if name in self.definitions:
            return
        resolved = self.resolve(schema)
        doc = _doc(resolved)
        if self._is_object(resolved):
            # Register first so that recursive references find the name.
            self.definitions[name] = Model(name, "", ())
            fields = self._fields(name, resolved, pointer)
            self.definitions[name] = Model(name, "", fields, doc, pointer=pointer)
        else:
            self.definitions[name] = Alias(name, "", ANY)
            alias_type = self.type_of(resolved, name, pointer=pointer)
            self.definitions[name] = Alias(name, "", alias_type, doc, pointer=pointer)

    # --- types ---

    def type_of(
        self,
        schema: Any,
        context: str,
        *,
        open_enums: bool = True,
        inputs: bool = False,
        pointer: str = "",
    ) -> TypeRef:
        """The annotation for ``schema``; ``context`` names hoisted inline models.

        ``open_enums``: enums also accept any string (responses must survive new values).
        ``inputs``: method arguments, which also accept plain dicts for models.
        ``pointer``: where ``schema`` is in the document; a hoisted model keeps it.
        """
        if schema is True or schema is None or schema == {}:
            return ANY
        if schema is False:
            return NONE
        if not isinstance(schema, dict):
            return ANY
        if "$ref" in schema:
            return self._ref_type(schema["$ref"], context, open_enums, inputs, pointer)
        nullable = schema.get("nullable") is True
        if "const" in schema:
            return self._nullable(enum_type([schema["const"]]), nullable)
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            nullable = nullable or None in schema["enum"]
            if not values:
                return NONE
            base = enum_type(values)
            if open_enums and all(isinstance(v, str) for v in values):
                base = union([base, TypeRef("str")])
            return self._nullable(base, nullable)
        for key in ("oneOf", "anyOf"):
            if key in schema and isinstance(schema[key], list) and schema[key]:
                variants = [
                    self.type_of(
                        s,
                        f"{context}{_variant_suffix(s, i)}",
                        open_enums=open_enums,
                        inputs=inputs,
                        pointer=f"{pointer}/{key}/{i}",
                    )
                    for i, s in enumerate(schema[key])
                ]
                chosen = None if inputs else self._discriminated(schema, schema[key], variants)
                return self._nullable(chosen or union(variants), nullable)
        if "allOf" in schema and isinstance(schema["allOf"], list):
            if len(schema["allOf"]) == 1 and not schema.get("properties"):
                return self._nullable(
                    self.type_of(
                        schema["allOf"][0],
                        context,
                        open_enums=open_enums,
                        inputs=inputs,
                        pointer=f"{pointer}/allOf/0",
                    ),
                    nullable,
                )
            return self._nullable(self._hoist(schema, context, inputs, pointer), nullable)
        types = schema.get("type")
        if isinstance(types, list):
            non_null = [t for t in types if t != "null"]
            parts = [
                self.type_of(
                    {**schema, "type": t},
                    context,
                    open_enums=open_enums,
                    inputs=inputs,
                    pointer=pointer,
                )
                for t in non_null
            ]
            return self._nullable(union(parts) if parts else NONE, nullable or "null" in types)
        typed = self._typed(schema, types, context, open_enums, inputs, pointer)
        return self._nullable(typed, nullable)

    def _typed(
        self,
        schema: dict[str, Any],
        kind: Any,
        context: str,
        open_enums: bool,
        inputs: bool,
        pointer: str,
    ) -> TypeRef:
        if kind == "null":
            return NONE
        if kind == "array" or (kind is None and "items" in schema):
            item = self.type_of(
                schema.get("items"),
                f"{context}Item",
                open_enums=open_enums,
                inputs=inputs,
                pointer=f"{pointer}/items",
            )
            if inputs:
                return generic("Sequence", item)
            return generic("list", item)
        if kind == "object" or (
            kind is None and ("properties" in schema or "additionalProperties" in schema)
        ):
            if schema.get("properties"):
                return self._hoist(schema, context, inputs, pointer)
            extra = schema.get("additionalProperties")
            value = (
                ANY
                if extra in (None, True, {})
                else self.type_of(
                    extra,
                    f"{context}Value",
                    open_enums=open_enums,
                    inputs=inputs,
                    pointer=f"{pointer}/additionalProperties",
                )
            )
            if inputs:
                return generic("Mapping", TypeRef("str"), value)
            return generic("dict", TypeRef("str"), value)
        formatted = _FORMATS.get((str(kind), str(schema.get("format"))))
        if formatted is not None:
            return formatted
        if kind in _PRIMITIVES:
            return TypeRef(_PRIMITIVES[kind])
        return ANY

    def _ref_type(
        self, ref: str, context: str, open_enums: bool, inputs: bool, pointer: str
    ) -> TypeRef:
        prefix = "#/components/schemas/"
        if ref.startswith(prefix) and ref[len(prefix) :] in self.class_names:
            name = self.class_names[ref[len(prefix) :]]
            base = named(name)
            if name in self.enum_names and open_enums and self._string_enum(ref):
                return union([base, TypeRef("str")])
            if inputs and name in self.collection_names and ref not in self._spelling_out:
                # An argument typed `ChatMessages` (= list[ChatMessage]) would refuse a list of
                # dicts; spelled out, each item may be a model or a plain dict. Where the alias
                # contains itself (items: its own $ref), the inner one keeps its name.
                self._spelling_out.add(ref)
                try:
                    return self.type_of(
                        self.resolve({"$ref": ref}),
                        name,
                        open_enums=open_enums,
                        inputs=True,
                        pointer=ref,
                    )
                finally:
                    self._spelling_out.discard(ref)
            if inputs and (name in self.model_names or name in self.union_names):
                return union([base, _PLAIN_DICT])
            return base
        target = self.resolve({"$ref": ref})
        if target is None:
            self.warnings.append(f"unresolved $ref {ref!r}: typed as Any")
            return ANY
        target_pointer = ref if ref.startswith("#/") else pointer
        return self.type_of(
            target, context, open_enums=open_enums, inputs=inputs, pointer=target_pointer
        )

    def _discriminated(
        self, schema: dict[str, Any], variant_schemas: list[Any], variants: list[TypeRef]
    ) -> TypeRef | None:
        """A union with a ``discriminator``: each model variant tagged with its class name, the
        non-object variants together under "other", UnknownVariant for any other tag. None
        when the discriminator cannot pick every object variant unambiguously."""
        discriminator = schema.get("discriminator")
        if not isinstance(discriminator, dict) or not isinstance(
            discriminator.get("propertyName"), str
        ):
            return None
        wire_name = discriminator["propertyName"]
        mapping = discriminator.get("mapping")
        if not isinstance(mapping, dict):
            mapping = {}
        tags: dict[str, str] = {}
        models: list[TypeRef] = []
        others: list[TypeRef] = []
        for variant_schema, variant in zip(variant_schemas, variants, strict=True):
            if variant.name not in self.model_names or variant.members:
                others.append(variant)
                continue
            values = self._tag_values(variant_schema, variant.name, wire_name, mapping)
            if not values or any(tags.get(value, variant.name) != variant.name for value in values):
                return None  # a variant no value selects, or a value naming two variants
            tags.update(dict.fromkeys(values, variant.name))
            models.append(variant)
        if not models:
            return None
        members = [_tagged(model, model.name) for model in models]
        if others:
            members.append(_tagged(union(others), "other"))
        members.append(_UNKNOWN_CHOICE)
        return TypeRef(
            members=tuple(members),
            refs=frozenset().union(*(m.refs for m in members)),
            imports=_DISCRIMINATED_IMPORTS.union(*(m.imports for m in members)),
            discrimination=Discrimination(
                wire_name=py_literal(wire_name),
                tags=tuple((py_literal(value), py_literal(name)) for value, name in tags.items()),
                other=bool(others),
            ),
        )

    def _tag_values(
        self, variant_schema: Any, class_name: str, wire_name: str, mapping: dict[str, Any]
    ) -> list[str]:
        """The discriminator values that select a variant: those the mapping points at it, else
        its property's const or enum values, else (OpenAPI's implicit mapping) its schema name."""
        ref = variant_schema.get("$ref") if isinstance(variant_schema, dict) else None
        if isinstance(ref, str):
            mapped = [value for value, target in mapping.items() if _same_schema(target, ref)]
            if mapped:
                return [str(value) for value in mapped]
        resolved = as_mapping(self.resolve(variant_schema))
        properties, _ = (
            self.object_properties(resolved) if isinstance(resolved, dict) else ({}, set())
        )
        prop = as_mapping(self.resolve(properties.get(wire_name)))
        if isinstance(prop, dict):
            if isinstance(prop.get("const"), str):
                return [prop["const"]]
            enum = prop.get("enum")
            if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
                return list(enum)
        if isinstance(ref, str) and ref.startswith(_COMPONENTS):
            return [ref[len(_COMPONENTS) :]]
        return []

    def _string_enum(self, ref: str) -> bool:
        target = as_mapping(self.resolve({"$ref": ref}))
        return all(isinstance(v, str) for v in target.get("enum", []) if v is not None)

    def _nullable(self, t: TypeRef, nullable: bool) -> TypeRef:
        return union([t, NONE]) if nullable else t

    def _hoist(self, schema: dict[str, Any], context: str, inputs: bool, pointer: str) -> TypeRef:
        name = self.hoisted.get(pointer) if pointer else None
        # An inline schema met again while its fields are being read (an allOf part that is
        # a $ref to a component holding this very schema) is the model being built.
        name = name or self._hoisting.get(id(schema))
        if name is None:  # an inline schema reached twice ($ref into it) is one model
            name = self._hoisted_name(context, pointer)
            self.taken.add(name)
            self.model_names.add(name)
            self.hoisted[pointer] = name
            self.definitions[name] = Model(name, "", ())
            self._hoisting[id(schema)] = name
            try:
                fields = self._fields(name, schema, pointer)
            finally:
                del self._hoisting[id(schema)]
            self.definitions[name] = Model(name, "", fields, _doc(schema), pointer=pointer)
        base = named(name)
        return union([base, _PLAIN_DICT]) if inputs else base

    def _hoisted_name(self, context: str, pointer: str) -> str:
        """The name the lock recorded for this inline schema, else one after where it is (not
        one that the lock keeps for something else)."""
        recorded = self.lock.get("classes", pointer)
        if recorded is not None and recorded not in self.taken:
            return recorded
        if recorded is not None:
            self.warnings.append(
                f"{pointer}: class name {recorded} (in the names lock) is taken; named by the rules"
            )
        if self._reserved is None:
            self._reserved = self.lock.names("classes")
        return naming.dedupe([naming.class_name(context)], self.taken | self._reserved)[0]

    # --- objects ---

    def object_properties(
        self, schema: dict[str, Any], _within: frozenset[int] = frozenset()
    ) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names of an object schema, with allOf parts merged in. A
        part that leads back to a schema being merged (allOf through $refs in a cycle) adds
        nothing that is not already there."""
        properties: dict[str, Any] = {}
        required: set[str] = set()
        within = _within | {id(schema)}
        for part in schema.get("allOf", []) or []:
            resolved = self.resolve(part)
            if not isinstance(resolved, dict) or id(resolved) in within:  # `true`, or a cycle
                continue
            part_props, part_required = self.object_properties(resolved, within)
            properties.update(part_props)
            required |= part_required
        properties.update(schema.get("properties") or {})
        required |= {r for r in schema.get("required", []) or [] if isinstance(r, str)}
        return properties, required

    def _fields(self, owner: str, schema: dict[str, Any], pointer: str) -> tuple[Field, ...]:
        properties, required = self.object_properties(schema)
        wire_names = list(properties)
        wanted = [
            naming.attribute_name(w, _MODEL_ATTRIBUTES | {"list", "dict"}) for w in wire_names
        ]
        wanted = [n + "_" if n.startswith("model_") else n for n in wanted]
        pointers = [f"{pointer}/properties{pointer_to(w)}" for w in wire_names]
        py_names, _ = claim(wanted, [self.lock.get("fields", p) for p in pointers])
        fields = []
        for wire, py, field_pointer in zip(wire_names, py_names, pointers, strict=True):
            prop = properties[wire] if isinstance(properties[wire], dict) else {}
            resolved = as_mapping(self.resolve(prop))
            field_type = self.type_of(prop, owner + naming.pascal_case(wire), pointer=field_pointer)
            if wire not in required:
                field_type = union([field_type, NONE])
            has_default = "default" in resolved or "const" in resolved
            default = resolved.get("const", resolved.get("default"))
            fields.append(
                Field(
                    py_name=py,
                    wire_name=wire,
                    type=field_type,
                    required=wire in required,
                    default=default,
                    has_default=has_default and _default_fits(default, field_type),
                    doc=_doc(prop) or _doc(resolved),
                    deprecated=bool(prop.get("deprecated") or resolved.get("deprecated")),
                    pointer=field_pointer,
                )
            )
        return tuple(fields)

    def _is_object(self, schema: Any) -> bool:
        if not isinstance(schema, dict):
            return False
        if schema.get("properties") or (schema.get("allOf") and len(schema["allOf"]) > 1):
            return True
        if schema.get("allOf") and schema.get("properties") is not None:
            return True
        return schema.get("type") == "object" and "additionalProperties" not in schema

    def resolve(self, schema: Any) -> Any:
        """Follow local $refs (not the named-component ones callers treat as names)."""
        return resolve_ref(self.document, schema)


def resolve_ref(document: dict[str, Any], schema: Any) -> Any:
    """``schema`` with its local ``$ref``s followed; None where one does not resolve."""
    depth = 0
    while isinstance(schema, dict) and "$ref" in schema and depth < 50:
        ref = schema["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return None
        node: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]  # into an array: ".../allOf/0"
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                return None
        schema, depth = node, depth + 1
    return schema


def component_pointer(raw_name: str) -> str:
    """The pointer of a component schema, ``#/components/schemas/<name>``."""
    return "#/components/schemas" + pointer_to(raw_name)


_COMPONENTS = "#/components/schemas/"
# Tagged in types/_base.py, where it also learns to take any value as received.
_UNKNOWN_CHOICE = TypeRef("UnknownChoice", imports=frozenset({UNKNOWN_CHOICE_IMPORT}))
# pydantic's Tag and Discriminator are spelled through the module: an API may well have a schema
# named Tag.
_DISCRIMINATED_IMPORTS = frozenset(
    {("typing", "Annotated"), ("pydantic", ""), (".types._base", "tag_by")}
)


def _tagged(t: TypeRef, tag: str) -> TypeRef:
    """``t`` as one choice of a discriminated union, selected by ``tag``."""
    return dataclasses.replace(
        t, tag=py_literal(tag), imports=t.imports | {("typing", "Annotated")}
    )


def _same_schema(target: Any, ref: str) -> bool:
    """Whether a discriminator mapping's target (a $ref or a bare schema name) is ``ref``."""
    return isinstance(target, str) and (target == ref or _COMPONENTS + target == ref)


def _variant_suffix(schema: Any, index: int) -> str:
    if isinstance(schema, dict):
        props = schema.get("properties") or {}
        for key in ("type", "role", "kind", "event_type"):
            value = (props.get(key) or {}) if isinstance(props.get(key), dict) else {}
            if "const" in value:
                return naming.pascal_case(str(value["const"]))
            if isinstance(value.get("enum"), list) and len(value["enum"]) == 1:
                return naming.pascal_case(str(value["enum"][0]))
        if isinstance(schema.get("title"), str):
            return naming.pascal_case(schema["title"])
    return f"Variant{index + 1}"


def _doc(schema: Any) -> str:
    if not isinstance(schema, dict):
        return ""
    text = schema.get("description") or schema.get("title") or ""
    return str(text).strip()


def _has_null_only(schema: dict[str, Any]) -> bool:
    return all(v is None for v in schema.get("enum") or [])


def _default_fits(default: Any, field_type: TypeRef) -> bool:
    """Only simple JSON defaults that the type admits become Python defaults."""
    members = field_type.members or (field_type,)
    if default is None:
        return field_type.is_optional
    names = {bool: {"bool"}, int: {"int", "float"}, float: {"float"}, str: {"str"}}
    accepted = names.get(type(default), set())
    literal_value = py_literal(default) if type(default) in names else None
    return any(m.name in accepted or literal_value in m.literals for m in members)
