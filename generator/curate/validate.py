"""Stage 2b: validate the merged document: openapi-spec-validator plus our own checks.

Every diagnostic names the excerpt file the offending part came from, the JSON pointer and
line inside that file, and what to do about it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..config import Config
from ..diagnostics import Diagnostic, error, pointer, split_pointer
from ..ir.surface import HTTP_METHODS, name_operations

_PATH_TEMPLATE = re.compile(r"{([^{}]+)}")


def validate(
    document: dict[str, Any], provenance: dict[str, str], config: Config
) -> list[Diagnostic]:
    problems = list(_unresolved_refs(document))
    if not problems:  # the schema validator cannot work through dangling references
        problems += _schema_errors(document)
    problems += [*_undeclared_path_params(document), *_duplicate_method_names(document, config)]
    return [_locate(p, provenance) for p in problems]


def _schema_errors(document: dict[str, Any]) -> Iterator[Diagnostic]:
    from openapi_spec_validator import OpenAPIV31SpecValidator

    try:
        found = list(OpenAPIV31SpecValidator(document).iter_errors())
    except Exception as failure:  # noqa: BLE001  # the validator's own bugs: a diagnostic, not a traceback
        yield error(f"openapi-spec-validator could not check the document: {failure}"[:400])
        return
    for problem in found:
        yield error(
            f"not valid OpenAPI 3.1: {str(problem.message)[:300]}",
            "correct the value at this location so it matches the OpenAPI 3.1 schema",
            pointer=pointer(*getattr(problem, "absolute_path", ())),
        )


def _unresolved_refs(document: dict[str, Any]) -> Iterator[Diagnostic]:
    for location, ref in _refs(document, ""):
        if not ref.startswith("#/"):
            continue
        if not _resolves(document, ref[1:]):
            yield error(
                f"$ref {ref!r} does not resolve",
                "define the component it names, or correct the reference",
                pointer=location,
            )


def _undeclared_path_params(document: dict[str, Any]) -> Iterator[Diagnostic]:
    for path, path_item in document.get("paths", {}).items():
        shared = _path_param_names(path_item.get("parameters", []), document)
        for method, operation in _methods(path_item):
            declared = shared | _path_param_names(operation.get("parameters", []), document)
            for name in _PATH_TEMPLATE.findall(path):
                if name not in declared:
                    yield error(
                        f"path parameter {{{name}}} of {method.upper()} {path} is not declared",
                        f"add a parameter with name: {name}, in: path, required: true",
                        pointer=pointer("paths", path, method),
                    )


def _duplicate_method_names(document: dict[str, Any], config: Config) -> Iterator[Diagnostic]:
    """Operations that the IR builder would have to number apart (``list_2``)."""
    for entry in name_operations(document, config):
        if entry.clashed_with:
            group = f"{entry.group}." if entry.group else ""
            yield error(
                f"operations {entry.clashed_with} and {entry.method.upper()} {entry.path} would "
                f"both become {group}{entry.wanted_name}()",
                "give one of them another operationId (or rename it in spec/config.yaml)",
                pointer=pointer("paths", entry.path, entry.method),
            )


def _locate(problem: Diagnostic, provenance: dict[str, str]) -> Diagnostic:
    """Point a diagnostic about the merged document at the excerpt that holds that part."""
    parts = split_pointer(problem.pointer)
    for depth in range(len(parts), 0, -1):
        source = provenance.get(pointer(*parts[:depth]))
        if source:
            # "overlay.yaml#/actions/0/update": the part came from inside an overlay action
            file, _, base = source.partition("#")
            at = base + pointer(*parts[depth:]) if base else problem.pointer
            return error(problem.message, problem.hint, file=file, pointer=at)
    return problem


def _refs(node: Any, location: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield location, ref
        for key, value in node.items():
            yield from _refs(value, f"{location}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, f"{location}/{index}")


def _resolves(document: dict[str, Any], ptr: str) -> bool:
    node: Any = document
    for part in split_pointer(ptr):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def _methods(path_item: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for method in HTTP_METHODS:
        if isinstance(path_item.get(method), dict):
            yield method, path_item[method]


def _path_param_names(parameters: list[Any], document: dict[str, Any]) -> set[str]:
    names = set()
    for parameter in parameters:
        if "$ref" in parameter and _resolves(document, parameter["$ref"][1:]):
            parameter = _follow(document, parameter["$ref"])
        if parameter.get("in") == "path":
            names.add(parameter.get("name"))
    return names


def _follow(document: dict[str, Any], ref: str) -> dict[str, Any]:
    node: Any = document
    for part in split_pointer(ref[1:]):
        node = node[part]
    return node  # type: ignore[no-any-return]
