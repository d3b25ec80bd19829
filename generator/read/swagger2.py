"""Swagger 2.0 -> OpenAPI 3.0: the mechanical conversion, enough to generate a client.

Converted: host/basePath/schemes (servers), definitions/parameters/responses (components),
body and formData parameters (request bodies; ``type: file`` -> binary), produces/consumes
(media types), parameter types and collectionFormat (schema, style/explode), response schemas
and headers, ``x-nullable``, string discriminators, securityDefinitions. What has no
equivalent (e.g. a formData parameter defined once in ``parameters`` and shared) is handled
as well as the client needs; anything unusual keeps its Swagger spelling and is reported as a
warning by the later stages.
"""

from __future__ import annotations

from typing import Any

_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_SCHEMA_KEYS = (
    "type",
    "format",
    "items",
    "enum",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
)
_COLLECTION_FORMATS = {
    "csv": ("form", False),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "multi": ("form", True),
    "tsv": ("form", False),
}


def is_swagger2(document: dict[str, Any]) -> bool:
    return str(document.get("swagger", "")).startswith("2")


def convert(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    return _Converter(document).run()


class _Converter:
    def __init__(self, document: dict[str, Any]) -> None:
        self.source = document
        self.warnings: list[str] = []
        self.consumes = _media_list(document.get("consumes")) or ["application/json"]
        self.produces = _media_list(document.get("produces")) or ["application/json"]
        self.body_parameters: dict[
            str, dict[str, Any]
        ] = {}  # "#/parameters/x" -> the raw body/formData param

    def run(self) -> tuple[dict[str, Any], list[str]]:
        src = self.source
        out: dict[str, Any] = {"openapi": "3.0.3"}
        for key in ("info", "tags", "externalDocs", "security"):
            if key in src:
                out[key] = src[key]
        out.setdefault("info", {"title": "API", "version": "0"})
        host = src.get("host")
        base = str(src.get("basePath") or "")
        schemes = src.get("schemes") or ["https"]
        if host:
            out["servers"] = [{"url": f"{schemes[0]}://{host}{base}".rstrip("/")}]
        elif base:
            out["servers"] = [{"url": base}]
        components: dict[str, Any] = {}
        definitions = src.get("definitions") or {}
        if definitions:
            components["schemas"] = {n: self._schema(s) for n, s in definitions.items()}
        parameters, request_bodies = {}, {}
        for name, parameter in (src.get("parameters") or {}).items():
            if isinstance(parameter, dict) and parameter.get("in") in ("body", "formData"):
                self.body_parameters[f"#/parameters/{name}"] = parameter
                if parameter.get("in") == "body":
                    request_bodies[name] = self._request_body([parameter], self.consumes)
            else:
                parameters[name] = self._parameter(parameter)
        if parameters:
            components["parameters"] = parameters
        if request_bodies:
            components["requestBodies"] = request_bodies
        responses = src.get("responses") or {}
        if responses:
            components["responses"] = {
                n: self._response(r, self.produces) for n, r in responses.items()
            }
        security = src.get("securityDefinitions") or {}
        if security:
            components["securitySchemes"] = {n: self._security(s) for n, s in security.items()}
        out["paths"] = {p: self._path_item(item) for p, item in (src.get("paths") or {}).items()}
        if components:
            out["components"] = components
        for key, value in src.items():
            if key.startswith("x-"):
                out[key] = value
        return _rewrite_refs(out), self.warnings

    def _path_item(self, item: Any) -> Any:
        if not isinstance(item, dict):
            return item
        out: dict[str, Any] = {}
        shared = item.get("parameters") or []
        for key, value in item.items():
            if key == "parameters":
                plain = [self._parameter(p) for p in value if not self._is_body(p)]
                if plain:
                    out["parameters"] = plain
            elif key in _HTTP_METHODS and isinstance(value, dict):
                out[key] = self._operation(value, shared)
            else:
                out[key] = value
        return out

    def _is_body(self, parameter: Any) -> bool:
        if not isinstance(parameter, dict):
            return False
        if "$ref" in parameter:
            return parameter["$ref"] in self.body_parameters
        return parameter.get("in") in ("body", "formData")

    def _operation(self, operation: dict[str, Any], shared: list[Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        consumes = _media_list(operation.get("consumes")) or self.consumes
        produces = _media_list(operation.get("produces")) or self.produces
        own = operation.get("parameters") or []
        bodies: list[Any] = []
        plain: list[Any] = []
        own_keys = {(p.get("name"), p.get("in")) for p in own if isinstance(p, dict)}
        for parameter in [
            p for p in shared if self._is_body(p) and (p.get("name"), p.get("in")) not in own_keys
        ] + list(own):
            if self._is_body(parameter):
                bodies.append(parameter)
            else:
                plain.append(self._parameter(parameter))
        for key, value in operation.items():
            if key in ("consumes", "produces", "parameters", "schemes"):
                continue
            if key == "responses" and isinstance(value, dict):
                out["responses"] = {str(s): self._response(r, produces) for s, r in value.items()}
            else:
                out[key] = value
        if plain:
            out["parameters"] = plain
        if bodies:
            if (
                len(bodies) == 1
                and "$ref" in bodies[0]
                and self.body_parameters[bodies[0]["$ref"]].get("in") == "body"
            ):
                out["requestBody"] = {
                    "$ref": "#/components/requestBodies/" + bodies[0]["$ref"].rsplit("/", 1)[-1]
                }
            else:
                raw = [self.body_parameters[b["$ref"]] if "$ref" in b else b for b in bodies]
                out["requestBody"] = self._request_body(raw, consumes)
        out.setdefault("responses", {"default": {"description": ""}})
        return out

    def _request_body(
        self, parameters: list[dict[str, Any]], consumes: list[str]
    ) -> dict[str, Any]:
        body = next((p for p in parameters if p.get("in") == "body"), None)
        if body is not None:
            json_media = [m for m in consumes if "form" not in m] or ["application/json"]
            body_schema = self._schema(body.get("schema") or {})
            result: dict[str, Any] = {"content": {m: {"schema": body_schema} for m in json_media}}
            if body.get("required"):
                result["required"] = True
            if body.get("description"):
                result["description"] = body["description"]
            return result
        files = any(p.get("type") == "file" for p in parameters)
        forms = [m for m in consumes if "form" in m]
        media = (
            "multipart/form-data"
            if files or "multipart/form-data" in forms
            else (forms[0] if forms else "application/x-www-form-urlencoded")
        )
        properties = {}
        required = []
        for parameter in parameters:
            name = str(parameter.get("name"))
            properties[name] = self._parameter_schema(parameter)
            if parameter.get("description"):
                properties[name]["description"] = parameter["description"]
            if parameter.get("required"):
                required.append(name)
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        return {"content": {media: {"schema": schema}}, "required": bool(required)}

    def _parameter(self, parameter: Any) -> Any:
        if not isinstance(parameter, dict) or "$ref" in parameter:
            return parameter
        out = {
            k: v
            for k, v in parameter.items()
            if k not in _SCHEMA_KEYS and k not in ("collectionFormat", "allowEmptyValue")
        }
        out["schema"] = self._parameter_schema(parameter)
        fmt = parameter.get("collectionFormat")
        if parameter.get("type") == "array" and fmt in _COLLECTION_FORMATS:
            style, explode = _COLLECTION_FORMATS[fmt]
            if parameter.get("in") == "query":
                out["style"], out["explode"] = style, explode
        return out

    def _parameter_schema(self, parameter: dict[str, Any]) -> dict[str, Any]:
        schema = {k: parameter[k] for k in _SCHEMA_KEYS if k in parameter}
        if schema.get("type") == "file":
            schema = {"type": "string", "format": "binary"}
        converted: dict[str, Any] = self._schema(schema)
        return converted

    def _response(self, response: Any, produces: list[str]) -> Any:
        if not isinstance(response, dict) or "$ref" in response:
            return response
        out: dict[str, Any] = {"description": response.get("description") or ""}
        if "schema" in response:
            out["content"] = {m: {"schema": self._schema(response["schema"])} for m in produces}
        if isinstance(response.get("headers"), dict):
            out["headers"] = {
                n: {"description": h.get("description", ""), "schema": self._parameter_schema(h)}
                for n, h in response["headers"].items()
                if isinstance(h, dict)
            }
        for key, value in response.items():
            if key.startswith("x-"):
                out[key] = value
        return out

    def _security(self, scheme: Any) -> Any:
        if not isinstance(scheme, dict):
            return scheme
        kind = scheme.get("type")
        if kind == "basic":
            return {"type": "http", "scheme": "basic"}
        if kind == "apiKey":
            return {k: scheme[k] for k in ("type", "name", "in", "description") if k in scheme}
        if kind == "oauth2":
            flow = {
                "implicit": "implicit",
                "password": "password",
                "application": "clientCredentials",
                "accessCode": "authorizationCode",
            }.get(scheme.get("flow", ""), "implicit")
            details = {k: scheme[k] for k in ("authorizationUrl", "tokenUrl") if k in scheme}
            details["scopes"] = scheme.get("scopes") or {}
            return {"type": "oauth2", "flows": {flow: details}}
        return scheme

    def _schema(self, schema: Any) -> Any:
        """Schema dialect differences: x-nullable, type: file, string discriminators."""
        if isinstance(schema, list):
            return [self._schema(s) for s in schema]
        if not isinstance(schema, dict):
            return schema
        out = {
            k: self._schema(v) if k not in ("enum", "example", "default", "x-example") else v
            for k, v in schema.items()
        }
        if out.pop("x-nullable", False) is True:
            out["nullable"] = True
        if out.get("type") == "file":
            out["type"], out["format"] = "string", "binary"
        if isinstance(out.get("discriminator"), str):
            out["discriminator"] = {"propertyName": out["discriminator"]}
        return out


def _media_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


_REF_PREFIXES = (
    ("#/definitions/", "#/components/schemas/"),
    ("#/parameters/", "#/components/parameters/"),
    ("#/responses/", "#/components/responses/"),
)


def _rewrite_refs(document: dict[str, Any]) -> dict[str, Any]:
    stack: list[Any] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                for old, new in _REF_PREFIXES:
                    if ref.startswith(old):
                        node["$ref"] = new + ref[len(old) :]
                        break
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return document
