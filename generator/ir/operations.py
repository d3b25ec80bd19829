"""Stage 3, operations: one OpenAPI operation -> an ``ir.Operation``.

Reads parameters, the request body (JSON, forms, uploads, raw bytes), the response, event
streams and pagination; ``build_ir`` decides where the operation goes and assembles the API.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..config import Config
from ..diagnostics import pointer as pointer_to
from . import names as naming
from .examples import ExampleMaker
from .lock import NameLock, claim
from .model import Body, EventStream, Model, Operation, Pagination, Parameter, TypeRef
from .schemas import (
    SchemaReader,
    abstract_collections,
    argument_type,
    as_mapping,
    generic,
    list_item,
    union,
    without_none,
)

# application/json or a +json suffix (RFC 6839), parameters allowed; not application/json+sarif
# (GitHub's, a string beside the application/json object) nor application/jsonl
JSON_MEDIA = re.compile(r"^application/([\w.+-]+\+)?json\s*(;|$)")
_UNDECLARED_DOC = "The API's schema requires it but does not describe it."
# Statuses that carry no body whatever the document declares for them (RFC 9110: 204 No
# Content, 205 Reset Content); bitbucket declares an error schema on its 204s.
_NO_CONTENT = ("204", "205")


class OperationBuilder:
    """Builds operations against the schema reader that names their types."""

    def __init__(
        self,
        document: dict[str, Any],
        config: Config,
        reader: SchemaReader,
        error_names: dict[int, str],
        examples: bool = True,
        skipped_parameters: frozenset[tuple[str, str]] = frozenset(),
    ) -> None:
        self.document = document
        self.config = config
        self.reader = reader
        self.error_names = error_names
        self.examples = ExampleMaker(document, reader) if examples else None
        # (location, lower-case name): parameters the client sends itself (credentials, options)
        self.skipped_parameters = skipped_parameters
        self._ref_counts: dict[str, int] | None = None

    def build(
        self, group: str, name: str, stem: str, path: str, method: str, raw: dict[str, Any]
    ) -> Operation:
        """``stem`` names the types the operation defines inline (``DatasetsGet`` + ``Response``)."""
        context = stem
        at = operation_pointer(path, method)
        parameters = self._parameters(raw, context, at)
        body = self._body(raw, context, at)
        if body is not None and body.mode == "fields":
            parameters += self._body_fields(raw, context, at)
        parameters = _signature_order(parameters, self.reader.lock)
        response, response_kind = self._response(raw, context, at)
        stream = self._stream(raw, name, context, parameters, at)
        has_plain = not (stream is not None and stream.method_name == name)
        if stream is not None and stream.flag_field:
            parameters = tuple(
                p
                for p in parameters
                if not (p.location == "body" and p.wire_name == stream.flag_field)
            )
        operation = Operation(
            py_name=name,
            http_method=method.upper(),
            path=path,
            doc=_operation_doc(raw),
            parameters=parameters,
            body=body,
            response=response,
            response_kind=response_kind,
            errors=tuple(
                (status, self.error_names[status])
                for status in sorted(error_statuses(raw))
                if status in self.error_names
            ),
            deprecated=bool(raw.get("deprecated")),
            declares_success=not _only_errors(raw),
            stream=stream,
            has_plain_call=has_plain,
            pointer=at,
        )
        pagination = self._pagination(group, operation)
        if pagination is not None:
            operation = Operation(**{**operation.__dict__, "pagination": pagination})
        operation = Operation(
            **{**operation.__dict__, "headers": self._fixed_headers(raw, operation)}
        )
        if body is not None and body.accepts_model and not self._offers_model(operation):
            body = Body(body.media_type, body.mode, TypeRef(""), body.required)
            operation = Operation(**{**operation.__dict__, "body": body})
        return self.examples.with_examples(operation, raw) if self.examples else operation

    def _offers_model(self, operation: Operation) -> bool:
        """Whether ``request=`` is offered beside the keyword arguments: not under Fern's
        convention (its SDKs have none), nor where a stream or a pager calls the method."""
        return (
            self.config.body_arguments == "fields"
            and operation.stream is None
            and operation.pagination is None
        )

    def _parameters(self, raw: dict[str, Any], context: str, at: str) -> tuple[Parameter, ...]:
        result = []
        for parameter in raw.get("parameters", []):
            parameter = as_mapping(self.reader.resolve(parameter))
            location = parameter.get("in")
            wire = parameter.get("name")
            if location not in ("path", "query", "header", "cookie") or not isinstance(wire, str):
                continue
            if (location, wire.lower()) in self.skipped_parameters or (
                location == "header" and wire.lower() in ("accept", "content-type")
            ):
                continue  # credentials and client options are the client's, not the method's
            schema = parameter.get("schema")
            if schema is None and "type" in parameter:  # Swagger 2.0 style parameter
                schema = {k: v for k, v in parameter.items() if k not in ("name", "in", "required")}
            style = parameter.get("style", "form" if location == "query" else "simple")
            where = f"{at}/parameters{pointer_to(location, wire)}"
            resolved = self.reader.resolve(schema)
            result.append(
                Parameter(
                    py_name=wire,
                    wire_name=wire,
                    location=location,
                    type=argument_type(
                        self.reader.type_of(
                            schema,
                            context + naming.pascal_case(wire),
                            open_enums=False,
                            inputs=True,
                            pointer=f"{where}/schema",
                        )
                    ),
                    required=bool(parameter.get("required")) or location == "path",
                    doc=str(parameter.get("description") or "").strip(),
                    style=style,
                    explode=bool(parameter.get("explode", style == "form")),
                    deprecated=bool(parameter.get("deprecated")),
                    default=resolved.get("default") if isinstance(resolved, dict) else None,
                    has_default=isinstance(resolved, dict) and "default" in resolved,
                    pointer=where,
                )
            )
        return tuple(result)

    def _body(self, raw: dict[str, Any], context: str, at: str) -> Body | None:
        request_body = self.reader.resolve(raw.get("requestBody"))
        if not isinstance(request_body, dict):
            return None
        content = request_body.get("content") or {}
        media_type = _body_media_type(content)
        if media_type is None:
            return None
        schema = (content[media_type] or {}).get("schema")
        required = bool(request_body.get("required", False))
        if (
            media_type in _FORM_MEDIA
            and self.reader.object_properties(as_mapping(self.reader.resolve(schema)))[0]
        ):
            return Body(media_type, "fields", TypeRef(""), required)
        if JSON_MEDIA.match(media_type):
            spread = self._spreadable(schema)
            named = isinstance(schema, dict) and "$ref" in schema
            body_type = (
                argument_type(
                    self.reader.type_of(
                        schema,
                        context + "Request",
                        open_enums=False,
                        inputs=True,
                        pointer=f"{at}/requestBody/content{pointer_to(media_type)}/schema",
                    )
                )
                if named or not spread
                else TypeRef("")
            )
            return Body(media_type, "fields" if spread else "request", body_type, required)
        return Body(media_type, "request", _raw_body_type(self.reader.resolve(schema)), required)

    def _spreadable(self, schema: Any) -> bool:
        """An object body becomes keyword arguments (Fern's convention: unless it is a named
        model that the document uses elsewhere too)."""
        resolved = self.reader.resolve(schema)
        if not isinstance(resolved, dict) or not self.reader.object_properties(resolved)[0]:
            return False
        if self.config.body_arguments == "fern" and isinstance(schema, dict) and "$ref" in schema:
            return self._ref_count(schema["$ref"]) == 1
        return True

    def _ref_count(self, ref: str) -> int:
        """How often the document refers to ``ref`` (counted once, on first use)."""
        if self._ref_counts is None:
            counts: dict[str, int] = defaultdict(int)
            stack: list[Any] = [self.document]
            while stack:
                node = stack.pop()
                if isinstance(node, dict):
                    if isinstance(node.get("$ref"), str):
                        counts[node["$ref"]] += 1
                    stack.extend(node.values())
                elif isinstance(node, list):
                    stack.extend(node)
            self._ref_counts = counts
        return self._ref_counts.get(ref, 0)

    def _body_fields(self, raw: dict[str, Any], context: str, at: str) -> tuple[Parameter, ...]:
        content = self.reader.resolve(raw["requestBody"])["content"]
        media_type = _body_media_type(content)
        schema = content[media_type]["schema"]
        if isinstance(schema, dict) and "$ref" in schema:
            context = self.reader.class_names.get(
                schema["$ref"].rsplit("/", 1)[-1], context + "Request"
            )
        else:
            context += "Request"
        properties, required = self.reader.object_properties(self.reader.resolve(schema))
        undeclared = self._undeclared_fields(schema, properties, required, at)
        result = []
        for wire, prop in {**properties, **undeclared}.items():
            prop_schema = prop if isinstance(prop, dict) else {}
            if as_mapping(self.reader.resolve(prop_schema)).get("readOnly"):
                continue
            upload = media_type == "multipart/form-data" and self._file_type(prop_schema)
            where = f"{at}/requestBody/properties{pointer_to(wire)}"  # undeclared: where it belongs
            resolved = as_mapping(self.reader.resolve(prop_schema))
            result.append(
                Parameter(
                    py_name=wire,
                    wire_name=wire,
                    location="file" if upload else "body",
                    type=upload
                    or argument_type(
                        self.reader.type_of(
                            prop_schema,
                            context + naming.pascal_case(wire),
                            open_enums=False,
                            inputs=True,
                            pointer=where,
                        )
                    ),
                    required=wire in required and wire not in undeclared,
                    doc=(
                        _UNDECLARED_DOC
                        if wire in undeclared
                        else str(resolved.get("description") or "").strip()
                    ),
                    deprecated=bool(prop_schema.get("deprecated") or resolved.get("deprecated")),
                    default=resolved.get("default"),
                    has_default="default" in resolved,
                    pointer=where,
                )
            )
        return tuple(result)

    def _undeclared_fields(
        self, schema: Any, properties: dict[str, Any], required: set[str], at: str
    ) -> dict[str, Any]:
        """What the body requires but does not declare, each with the schema that
        ``additionalProperties`` gives it (DigitalOcean's uptime check requires a ``method``;
        Linode and Cohere have such bodies too). They become optional arguments: without them no
        call could send what the schema requires, yet the document most likely lost a
        declaration or kept a stale name, so callers are not made to pass them (a warning names
        each; the generated tests pass them, as the schema asks). None where
        ``additionalProperties`` is false: no value can satisfy such a schema."""
        extra = as_mapping(self.reader.resolve(schema)).get("additionalProperties", True)
        if extra is False:
            return {}
        undeclared = sorted(required - set(properties))
        for wire in undeclared:
            self.reader.warnings.append(
                f"{at}/requestBody: the body requires {wire!r} but does not declare it among "
                "its properties; it is an optional argument typed by additionalProperties"
            )
        return {wire: as_mapping(extra) for wire in undeclared}

    def _file_type(self, schema: Any) -> TypeRef | None:
        """The argument type of a multipart field that carries a file (or several), else None."""
        resolved = as_mapping(self.reader.resolve(schema))
        if _is_binary(resolved):
            return _FILE_INPUT
        items = as_mapping(self.reader.resolve(resolved.get("items")))
        if resolved.get("type") == "array" and _is_binary(items):
            return generic("Sequence", _FILE_INPUT)
        return None

    def _response(self, raw: dict[str, Any], context: str, at: str) -> tuple[TypeRef | None, str]:
        status, response = self._success_response(raw)
        if response is None or status in _NO_CONTENT:
            return None, "none"
        content = response.get("content") or {}
        json_media = next((m for m in content if JSON_MEDIA.match(m)), None)
        if json_media is not None:
            schema = (content[json_media] or {}).get("schema")
            where = f"{at}/responses{pointer_to(status, 'content', json_media)}/schema"
            fern = raw.get("x-fern-streaming")
            if isinstance(fern, dict) and "response" in fern:
                schema, where = fern["response"], f"{at}/x-fern-streaming/response"
            response_type = self.reader.type_of(schema, context + "Response", pointer=where)
            return abstract_collections(response_type), "json"
        if not content or set(content) == {"text/event-stream"}:
            return None, "none"
        media = next(iter(content))
        if media.startswith("text/"):
            return TypeRef("str"), "text"
        return TypeRef("bytes"), "bytes"

    def _fixed_headers(
        self, raw: dict[str, Any], operation: Operation
    ) -> tuple[tuple[str, str], ...]:
        """What the operation always sends: an Accept for what it answers with (servers refuse
        an Accept they cannot meet), and the Accept and Content-Type the spec requires."""
        _, response = self._success_response(raw)
        accept = _accept(operation, list((response or {}).get("content") or {}))
        headers = {"Accept": accept} if accept else {}
        for parameter in raw.get("parameters", []):
            parameter = as_mapping(self.reader.resolve(parameter))
            name = str(parameter.get("name") or "").title()
            if parameter.get("in") != "header" or name not in ("Accept", "Content-Type"):
                continue
            schema = as_mapping(self.reader.resolve(parameter.get("schema")))
            value = next(
                (v for v in (schema.get("default"), *(schema.get("enum") or [])) if v), None
            )
            body = operation.body
            if not isinstance(value, str):
                continue
            if name == "Accept":
                # A versioning value (application/vnd.x+json;version=2) the responses do not
                # declare: the declared type is asked for too, unless the value is a closed set.
                declared = accept or (
                    "application/json" if operation.response_kind == "json" else ""
                )
                if declared and declared != value and "enum" not in schema:
                    value = f"{value}, {declared}"
                headers[name] = value
            elif body is None or body.media_type == value:
                headers[name] = value
        return tuple(headers.items())

    def _success_response(self, raw: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
        """The status and the response the client parses (the first 2xx, else ``default``)."""
        responses = raw.get("responses") or {}
        for status in sorted(str(s) for s in responses):
            if (
                status.startswith("2")
                or status == "default"
                and not any(str(s).startswith("2") for s in responses)
            ):
                resolved = self.reader.resolve(
                    responses[status if status in responses else int(status)]
                )
                return status, resolved if isinstance(resolved, dict) else None
        return "", None

    def _stream(
        self,
        raw: dict[str, Any],
        name: str,
        context: str,
        parameters: tuple[Parameter, ...],
        at: str,
    ) -> EventStream | None:
        status, response = self._success_response(raw)
        content = (response or {}).get("content") or {}
        fern = raw.get("x-fern-streaming")
        terminator: str | None
        if "text/event-stream" in content:
            schema = (content["text/event-stream"] or {}).get("schema")
            where = f"{at}/responses{pointer_to(status, 'content', 'text/event-stream')}/schema"
            fmt, terminator = "sse", "[DONE]"  # the common convention; harmless where unused
        elif isinstance(fern, dict) and "response-stream" in fern:
            schema, where = fern["response-stream"], f"{at}/x-fern-streaming/response-stream"
            fmt = "sse" if fern.get("format", "json") == "sse" else "jsonl"
            terminator = str(fern["terminator"]) if fern.get("terminator") else None
        else:
            return None
        flag = _stream_flag(fern, parameters)
        has_json = any(JSON_MEDIA.match(m) for m in content) or (
            isinstance(fern, dict) and "response" in fern
        )
        method_name = f"{name}_stream" if has_json else name
        event_union = self.reader.type_of(schema, context + "StreamEvent", pointer=where)
        discriminator, variants = self._variants(schema)
        item = union([event_union, TypeRef("UnknownEvent")]) if discriminator else event_union
        return EventStream(
            method_name=method_name,
            item_type=item,
            decoder_name=naming.constant_name(method_name) + "_EVENTS",
            event_union=event_union,
            discriminator=discriminator,
            variants=variants,
            format=fmt,
            terminator=terminator,
            flag_field=flag if has_json else None,
        )

    def _variants(self, schema: Any) -> tuple[str | None, tuple[tuple[str, str], ...]]:
        resolved = as_mapping(self.reader.resolve(schema))
        discriminator = resolved.get("discriminator") or {}
        prop = discriminator.get("propertyName")
        if not isinstance(prop, str):
            return None, ()
        variants: dict[str, str] = {}
        for value, ref in (discriminator.get("mapping") or {}).items():
            target = self._class_for_ref(ref)
            if target:
                variants[str(value)] = target
        for option in resolved.get("oneOf") or resolved.get("anyOf") or []:
            target = (
                self._class_for_ref(option.get("$ref", "")) if isinstance(option, dict) else None
            )
            option_schema = as_mapping(self.reader.resolve(option))
            props, _ = self.reader.object_properties(option_schema)
            tag = as_mapping(self.reader.resolve(props.get(prop)))
            values = [tag["const"]] if "const" in tag else tag.get("enum") or []
            for value in values:
                if target:
                    variants.setdefault(str(value), target)
        return prop, tuple(sorted(variants.items()))

    def _class_for_ref(self, ref: str) -> str | None:
        prefix = "#/components/schemas/"
        name = ref.removeprefix(prefix)
        return self.reader.class_names.get(name)

    def _pagination(self, group: str, operation: Operation) -> Pagination | None:
        cfg = self.config.pagination
        key = f"{group}.{operation.py_name}" if group else operation.py_name
        if key in cfg.disabled or operation.response is None or len(operation.response.refs) != 1:
            return None
        model = self.reader.definitions.get(next(iter(operation.response.refs)))
        if not isinstance(model, Model) or operation.response.annotation != model.name:
            return None
        params = {p.wire_name: p for p in operation.parameters if p.location == "query"}
        arrays = [(f, item) for f in model.fields if (item := list_item(f.type)) is not None]
        if len(arrays) != 1:
            return None
        items, item_type = arrays[0]
        fields = {f.wire_name: f for f in model.fields}
        name = f"iter_{operation.py_name}"
        if cfg.token_param in params and cfg.next_token_field in fields:
            return Pagination(
                "token",
                name,
                item_type,
                items.py_name,
                params[cfg.token_param].py_name,
                next_field=fields[cfg.next_token_field].py_name,
            )
        # A numeric offset only: a string "offset" is an opaque token (Asana's), not a count.
        offset = params.get(cfg.offset_param)
        if offset is not None and without_none(offset.type).name in ("int", "float"):
            limit = params.get(cfg.limit_param)
            return Pagination(
                "offset",
                name,
                item_type,
                items.py_name,
                params[cfg.offset_param].py_name,
                limit_param=limit.py_name if limit else "",
            )
        return None

    # --- names ---


_FORM_MEDIA = ("multipart/form-data", "application/x-www-form-urlencoded")


_FILE_INPUT = TypeRef("FileInput", imports=frozenset({("._runtime", "FileInput")}))


def _accept(operation: Operation, declared: list[str]) -> str:
    """The Accept matching the declared response; "" where the client's default (JSON) does."""
    if operation.stream is not None:  # its call asks for text/event-stream itself
        return ""
    if operation.response_kind == "json":
        media = next(m for m in declared if JSON_MEDIA.match(m))
        return "" if media == "application/json" else media
    if operation.response_kind in ("bytes", "text"):
        return ", ".join(declared)
    return ""


def _body_media_type(content: dict[str, Any]) -> str | None:
    """The request media type the client sends: JSON first, then forms, then the first."""
    json_media = next((m for m in content if JSON_MEDIA.match(m)), None)
    form_media = next((m for m in _FORM_MEDIA if m in content), None)
    return json_media or form_media or next(iter(content), None)


def _is_binary(schema: dict[str, Any]) -> bool:
    """A string schema whose value is raw bytes (3.0 ``format: binary``, 3.1 contentMediaType)."""
    if schema.get("type") != "string":
        return False
    return schema.get("format") == "binary" or "contentMediaType" in schema


def _raw_body_type(schema: Any) -> TypeRef:
    """A body sent as is (octet-stream, images, text): text, or a file's content."""
    if isinstance(schema, dict) and schema.get("type") == "string" and not _is_binary(schema):
        return TypeRef("str")
    return TypeRef("FileContent", imports=frozenset({("._runtime", "FileContent")}))


def _signature_order(parameters: tuple[Parameter, ...], lock: NameLock) -> tuple[Parameter, ...]:
    """Path parameters first (positional), then required, then optional; names made unique,
    the names in the lock kept."""
    ordered = sorted(parameters, key=lambda p: (p.location != "path", not p.required))
    names, _ = claim(
        [naming.parameter_name(p.wire_name) for p in ordered],
        [lock.get("arguments", p.pointer) for p in ordered],
    )
    return tuple(Parameter(**{**p.__dict__, "py_name": n}) for p, n in zip(ordered, names))


def _stream_flag(fern: Any, parameters: tuple[Parameter, ...]) -> str | None:
    if isinstance(fern, dict) and isinstance(fern.get("stream-condition"), str):
        return str(fern["stream-condition"]).removeprefix("$request.")
    if any(p.location == "body" and p.wire_name == "stream" for p in parameters):
        return "stream"
    return None


def operation_pointer(path: str, method: str) -> str:
    """``#/paths/~1v1~1models/get``: where an operation is, and what identifies it."""
    return "#/paths" + pointer_to(path, method)


def _only_errors(operation: dict[str, Any]) -> bool:
    """Whether every response declared is a 4xx or 5xx (a 3xx, such as GitHub's redirects to a
    download, or ``default`` may be what a call gets)."""
    statuses = [str(status) for status in operation.get("responses") or {}]
    return bool(statuses) and all(status[:1] in ("4", "5") for status in statuses)


def error_statuses(operation: dict[str, Any]) -> set[int]:
    return {
        int(s) for s in (operation.get("responses") or {}) if str(s).isdigit() and int(s) >= 400
    }


def _operation_doc(raw: dict[str, Any]) -> str:
    summary = str(raw.get("summary") or "").strip()
    description = str(raw.get("description") or "").strip()
    if summary and description and not description.startswith(summary):
        return f"{summary}\n\n{description}"
    return description or summary
