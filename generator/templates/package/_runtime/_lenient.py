"""Lenient building of a response that does not match its declared type.

A server may send a field of the wrong type, omit a required one or use a variant this client
does not know; the caller should still get the response. `build_lenient` keeps every part that
validates typed and every part that does not as received (JSON: dict, list, str, ...), so one
bad field deep inside does not lose the rest. A model comes from `model_construct`, so a missing
field reads as None even when the type says otherwise: in lenient mode, fields that did not
validate may hold raw data whatever their annotation says.

Only the failure path comes here: a valid body is validated in one pass by pydantic.
"""

from __future__ import annotations

import json
import logging
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic_core import ValidationError

from ._parsing import python_validator

__all__ = ["Leniency", "build_lenient"]

# How many mismatches the warning names.
_NAMED_MISMATCHES = 3

# Deeper than this, a value is kept as received (bounds the recursion, whatever the data).
MAX_DEPTH = 64

_UNION_ORIGINS = (typing.Union, types.UnionType)
_LIST_ORIGINS = (list, Sequence, tuple)
_DICT_ORIGINS = (dict, Mapping)

# (model class, field name) -> validator of that field alone
_field_validators: dict[tuple[type, str], Any] = {}


class Leniency:
    """A request's tolerance of a 2xx body that does not match its type: the body is built
    leniently, and one warning on the package logger names the operation and the mismatches
    (once per response; once per stream for streamed events)."""

    __slots__ = ("_logger", "_operation", "_warned")

    def __init__(self, logger: logging.Logger, operation: str) -> None:
        self._logger = logger
        self._operation = operation
        self._warned = False

    def build(self, tp: Any, content: bytes, error: ValidationError) -> Any:
        """`content` (JSON that failed to validate as `tp`, raising `error`), built leniently."""
        value = build_lenient(tp, json.loads(content))
        if not self._warned:
            self._warned = True
            self._logger.warning(
                "%s: the response does not match %s; returned as received where it differs "
                "(strict_response_validation=True raises instead): %s",
                self._operation,
                getattr(tp, "__name__", None) or repr(tp),
                _mismatches(error),
            )
        return value


def _mismatches(error: ValidationError) -> str:
    problems = error.errors(include_url=False, include_context=False, include_input=False)
    named = [
        f"{'.'.join(str(part) for part in problem['loc']) or 'body'}: {problem['msg']}"
        for problem in problems[:_NAMED_MISMATCHES]
    ]
    more = len(problems) - len(named)
    return "; ".join(named) + (f" (and {more} more)" if more > 0 else "")


def build_lenient(tp: Any, value: object, depth: int = 0) -> Any:
    """`value` (decoded JSON) as `tp` where it validates, as received where it does not."""
    try:
        return python_validator(tp)(value)
    except ValidationError:
        pass
    return _rebuild(tp, (), value, depth)


def _rebuild(tp: Any, metadata: tuple[Any, ...], value: object, depth: int) -> Any:
    """Build the parts of `value` that fit `tp` (known not to validate as a whole)."""
    if depth >= MAX_DEPTH:
        return value
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        inner, *more = typing.get_args(tp)
        return _rebuild(inner, (*metadata, *more), value, depth)
    if origin in _UNION_ORIGINS:
        member = _union_member(typing.get_args(tp), metadata, value)
        return value if member is None else build_lenient(member, value, depth + 1)
    if origin in _LIST_ORIGINS and isinstance(value, list):
        args = typing.get_args(tp)
        item = args[0] if args else Any
        return [build_lenient(item, element, depth + 1) for element in value]
    if origin in _DICT_ORIGINS and isinstance(value, dict):
        args = typing.get_args(tp)
        item = args[1] if len(args) == 2 else Any
        return {key: build_lenient(item, element, depth + 1) for key, element in value.items()}
    if _is_model(tp) and isinstance(value, dict):
        return _lenient_model(tp, value, depth)
    return value


def _lenient_model(model: Any, data: dict[str, Any], depth: int) -> Any:
    values: dict[str, Any] = {}
    present: set[str] = set()
    used: set[str] = set()
    for name, info in model.model_fields.items():
        key = info.alias if info.alias in data else name
        if key not in data:
            values[name] = (
                None if info.is_required() else info.get_default(call_default_factory=True)
            )
            continue
        used.add(key)
        present.add(name)
        raw = data[key]
        try:
            values[name] = _field_validator(model, name, info)(raw)
        except ValidationError:
            metadata = tuple(info.metadata)
            if info.discriminator is not None:
                metadata += (info.discriminator,)
            values[name] = _rebuild(info.annotation, metadata, raw, depth + 1)
    extra = {key: value for key, value in data.items() if key not in used}
    if extra and model.model_config.get("extra") == "allow":
        values.update((key, value) for key, value in extra.items() if key not in values)
    return model.model_construct(_fields_set=present, **values)


def _field_validator(model: type, name: str, info: Any) -> Any:
    validator = _field_validators.get((model, name))
    if validator is None:
        metadata = list(info.metadata)
        if info.discriminator is not None:
            metadata.append(info.discriminator)
        annotation = typing.Annotated[(info.annotation, *metadata)] if metadata else info.annotation
        validator = _field_validators[(model, name)] = _adapter(annotation)
    return validator


def _adapter(annotation: Any) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(annotation).validate_python


def _union_member(members: tuple[Any, ...], metadata: tuple[Any, ...], value: object) -> Any:
    """The member of a union that `value` is meant to be, or None when none fits its shape.

    A discriminator decides when there is one; otherwise, the member of the value's shape whose
    literal fields (a `type: Literal["text"]`) agree with it and which shares most keys with it.
    """
    for item in metadata:
        chosen = _by_discriminator(members, getattr(item, "discriminator", item), value)
        if chosen is not _NO_DISCRIMINATOR:
            return chosen
    candidates = [member for member in members if _same_shape(member, value)]
    if isinstance(value, dict):
        models = [m for m in candidates if _is_model(_bare(m)) and _literals_agree(_bare(m), value)]
        if models:
            return max(models, key=lambda m: len(_wire_names(_bare(m)) & value.keys()))
    return candidates[0] if candidates else None


_NO_DISCRIMINATOR = object()


def _by_discriminator(members: tuple[Any, ...], discriminator: Any, value: object) -> Any:
    if callable(discriminator):
        # pydantic's callable Discriminator: it names the tag of the member to use.
        tag = discriminator(value)
        for member in members:
            if any(getattr(meta, "tag", None) == tag for meta in _metadata(member)):
                return member
        return None
    if isinstance(discriminator, str) and isinstance(value, dict):
        tag = value.get(discriminator)
        for member in members:
            bare = _bare(member)
            if _is_model(bare) and tag in _literal_values(bare, discriminator):
                return member
        return None
    return _NO_DISCRIMINATOR


def _same_shape(member: Any, value: object) -> bool:
    bare = _bare(member)
    origin = typing.get_origin(bare)
    if origin in _UNION_ORIGINS:  # a nested union (a discriminated one, with None beside it)
        return any(_same_shape(inner, value) for inner in typing.get_args(bare))
    if isinstance(value, dict):
        return _is_model(bare) or origin in _DICT_ORIGINS
    if isinstance(value, list):
        return origin in _LIST_ORIGINS
    return False


def _literals_agree(model: Any, data: dict[str, Any]) -> bool:
    for name, info in model.model_fields.items():
        key = info.alias or name
        is_literal = typing.get_origin(info.annotation) is typing.Literal
        if is_literal and key in data and data[key] not in typing.get_args(info.annotation):
            return False
    return True


def _literal_values(model: Any, wire_name: str) -> tuple[Any, ...]:
    for name, info in model.model_fields.items():
        if (info.alias or name) == wire_name and typing.get_origin(
            info.annotation
        ) is typing.Literal:
            return typing.get_args(info.annotation)
    return ()


def _wire_names(model: Any) -> set[str]:
    return {info.alias or name for name, info in model.model_fields.items()}


def _bare(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _metadata(tp: Any) -> tuple[Any, ...]:
    return tuple(getattr(tp, "__metadata__", ()))


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "model_fields") and hasattr(tp, "model_construct")
