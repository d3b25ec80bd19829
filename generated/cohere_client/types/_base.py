"""The base of every generated model, and what discriminated unions are made of."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Annotated, Any, TypeAlias

from pydantic import BaseModel, BeforeValidator, ConfigDict, Tag, model_serializer

# The tag of a union's member for values that are not objects (strings, lists, ...).
OTHER_TAG = "other"
UNKNOWN_TAG = "UnknownVariant"


class ApiModel(BaseModel):
    """A model of the API: keeps fields it does not know, accepts field names and wire names."""

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        use_attribute_docstrings=True,
    )


class UnknownVariant(BaseModel):
    """A value of a union whose tag (say, `"type": "new-kind"`) names no variant this client knows,
    typically one the API added later: kept as received in `data`, and sent back unchanged."""

    data: Any
    """The value as received (decoded JSON)."""

    @model_serializer
    def _as_received(self) -> Any:
        return self.data


def _keep_as_received(value: Any) -> Any:
    return value if isinstance(value, UnknownVariant) else UnknownVariant(data=value)


UnknownChoice: TypeAlias = Annotated[
    UnknownVariant, BeforeValidator(_keep_as_received), Tag(UNKNOWN_TAG)
]
"""The member of every discriminated union that takes what no other member's tag names."""


def tag_by(wire_name: str, tags: Mapping[str, str], other: bool = False) -> Callable[[Any], str]:
    """A union's discriminator: which member a value is, by the value of its `wire_name` property.

    `tags` maps each known value to its member's tag (the class name); an object with another
    value (or none) is an UnknownVariant, never a member guessed by trial. A model instance is
    its own class; with `other`, a value that is not an object goes to the non-object members.
    """
    names = frozenset(tags.values())

    def tag(value: Any) -> str:
        if isinstance(value, dict):
            found = value.get(wire_name)
            return tags.get(found, UNKNOWN_TAG) if isinstance(found, str) else UNKNOWN_TAG
        if isinstance(value, BaseModel):
            name = type(value).__name__
            return name if name in names else UNKNOWN_TAG
        return OTHER_TAG if other else UNKNOWN_TAG

    return tag
