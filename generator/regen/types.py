"""Whether one Python type accepts every value of another, across two versions of an API.

The change report asks this twice: a request type must still accept what callers pass (the new
type accepts the old one), a response type must still be what callers read (the old type
accepts the new one). Generated classes are matched across the versions by the spec pointer
they came from, so a renamed class is still the same type here (its rename is reported once,
on the class itself).
"""

from __future__ import annotations

from collections.abc import Mapping

from ..ir.model import Alias, Definition, TypeRef

# Generic names that accept their concrete counterparts (``Sequence[X]`` accepts ``list[X]``).
_ABSTRACT = {"Sequence": {"Sequence", "list"}, "Mapping": {"Mapping", "dict"}}
_WIDER_SCALARS = {"float": {"float", "int"}, "complex": {"complex", "float", "int"}}
_MAX_DEPTH = 12  # aliases that refer to themselves stop being expanded here


class TypeComparer:
    """Compares ``TypeRef``s of the old API with those of the new one."""

    def __init__(
        self,
        old: Mapping[str, Definition],
        new: Mapping[str, Definition],
        same: Mapping[str, str],
    ) -> None:
        """``old``/``new``: definitions by class name; ``same``: old class name -> new one."""
        self.definitions = {"old": old, "new": new}
        self.same = same

    def equivalent(self, old: TypeRef, new: TypeRef) -> bool:
        """The same type, spelled the same in both APIs once renamed classes are renamed.

        Stricter than accepting each other: ``Literal["a"] | str`` and ``str`` are not the same
        (the documented values differ), though either accepts every value of the other.
        """
        if old == new and all(self.same.get(ref) == ref for ref in old.refs):
            return True  # the common case, decided without walking the types
        return self._spelling(old) == new.annotation

    def _spelling(self, t: TypeRef) -> str:
        """An old type's annotation in the new API's class names."""
        if t.members:
            return " | ".join(self._spelling(m) for m in t.members)
        if t.args:
            return f"{t.name}[{', '.join(self._spelling(a) for a in t.args)}]"
        if t.literals:
            return t.annotation
        return self.same.get(t.name, t.name) if t.name in self.definitions["old"] else t.name

    def accepts(self, wide: TypeRef, wide_side: str, narrow: TypeRef, narrow_side: str) -> bool:
        """Every value of ``narrow`` (from one API) is a value of ``wide`` (from the other)."""
        return self._accepts(wide, wide_side, narrow, narrow_side, 0)

    def _accepts(self, wide: TypeRef, ws: str, narrow: TypeRef, ns: str, depth: int) -> bool:
        if narrow.members:
            return all(self._accepts(wide, ws, m, ns, depth) for m in narrow.members)
        if narrow.literals and len(narrow.literals) > 1:
            return all(
                self._accepts(wide, ws, _one_literal(value), ns, depth) for value in narrow.literals
            )
        return any(self._single(w, ws, narrow, ns, depth) for w in wide.members or (wide,))

    def _single(self, wide: TypeRef, ws: str, narrow: TypeRef, ns: str, depth: int) -> bool:
        if wide.name == "Any":
            return True
        if narrow.name == "Any":
            return False
        if self._is_generated(narrow, ns) or self._is_generated(wide, ws):
            return self._generated(wide, ws, narrow, ns, depth)
        if narrow.literals:
            return _literal_fits(narrow.literals[0], wide)
        if wide.literals:
            return False
        if narrow.name not in _ABSTRACT.get(wide.name, {wide.name}) | _WIDER_SCALARS.get(
            wide.name, set()
        ):
            return False
        if len(wide.args) != len(narrow.args):
            return not wide.args  # a bare `list` accepts any `list[X]`
        return all(
            self._accepts(w, ws, n, ns, depth) for w, n in zip(wide.args, narrow.args, strict=True)
        )

    def _generated(self, wide: TypeRef, ws: str, narrow: TypeRef, ns: str, depth: int) -> bool:
        """At least one side is a generated class or alias."""
        if self._identity(wide, ws) is not None and self._identity(wide, ws) == self._identity(
            narrow, ns
        ):
            return True
        if depth >= _MAX_DEPTH:
            return False
        expanded_narrow = self._expand(narrow, ns)
        if expanded_narrow is not None:
            return self._accepts(wide, ws, expanded_narrow, ns, depth + 1)
        expanded_wide = self._expand(wide, ws)
        if expanded_wide is not None:
            return self._accepts(expanded_wide, ws, narrow, ns, depth + 1)
        return False  # a model is only ever the same model

    def _is_generated(self, t: TypeRef, side: str) -> bool:
        return bool(t.name) and not t.args and t.name in self.definitions[side]

    def _identity(self, t: TypeRef, side: str) -> str | None:
        """A generated class's name in the new API's terms, else None."""
        if not self._is_generated(t, side):
            return None
        return self.same.get(t.name) if side == "old" else t.name

    def _expand(self, t: TypeRef, side: str) -> TypeRef | None:
        definition = self.definitions[side].get(t.name) if not t.args else None
        return definition.type if isinstance(definition, Alias) else None


def _one_literal(value: str) -> TypeRef:
    return TypeRef("Literal", literals=(value,))


def _literal_fits(value: str, wide: TypeRef) -> bool:
    """A Python literal (as written by ``escape.py_literal``) is a value of ``wide``."""
    if wide.literals:
        return value in wide.literals
    if value.startswith('"'):
        return wide.name == "str"
    if value in ("True", "False"):
        return wide.name == "bool"
    if value == "None":
        return wide.name == "None"
    is_int = value.lstrip("-").isdigit()
    return wide.name in (("int", "float") if is_int else ("float",))
