"""OpenAPI Overlay 1.0 documents: checked, then applied in order to a document.

An overlay is a list of actions, each a JSONPath target (RFC 9535, through jsonpath-rfc9535)
with an ``update`` (merged into every object it selects, appended to every array) or
``remove: true`` (every node it selects is deleted). Used twice: after the excerpts are merged
(this repository's ``spec/overlay.yaml``) and by ``generate --overlay FILE`` for any document.

One departure from the specification, on purpose: an action whose target selects nothing is an
error (the specification calls it a success). For a build step it means the upstream document
moved and the fix no longer applies, which should stop the build, not pass silently.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath

from ..diagnostics import Diagnostic, GeneratorError, error, pointer
from .loader import load_document

_VERSION = re.compile(r"1\.0\.\d+")
_ACTION_KEYS = {"target", "description", "update", "remove"}
_FIX_OVERLAY = "see the Overlay Specification 1.0.0 (overlay, info, actions)"


@dataclass(frozen=True)
class Written:
    """A node an overlay replaced, added or removed whole: ``at`` in the document, and where its
    value comes from (``source``: the overlay file and the JSON pointer inside it; "" when
    removed), so that diagnostics about it can name the overlay's line."""

    at: str
    source: str


def apply_overlays(document: dict[str, Any], overlay_files: Sequence[Path]) -> list[Written]:
    """Apply every action of every overlay to ``document`` in place, in order.

    Every problem (a malformed overlay, a target that is not JSONPath or selects nothing, an
    update that does not fit what it selects) is reported at once, each with the overlay's file,
    line and the action's pointer; the document must then not be used.
    """
    written: list[Written] = []
    problems: list[Diagnostic] = []
    for path in overlay_files:
        overlay = load_document(path)
        checked = _check(overlay, str(path))
        if checked:
            problems += checked
            continue
        for index, action in enumerate(overlay["actions"]):
            problems += _apply(document, action, str(path), pointer("actions", index), written)
    if problems:
        raise GeneratorError(problems)
    return written


def source_of(written: Sequence[Written], at: str) -> tuple[str, str] | None:
    """The overlay file and the pointer inside it that wrote the node at ``at``, if one did."""
    for entry in reversed(written):  # the last write wins
        if entry.source and (at == entry.at or at.startswith(entry.at + "/")):
            file, _, base = entry.source.partition("#")
            return file, base + at[len(entry.at) :]
    return None


def _check(overlay: dict[str, Any], file: str) -> list[Diagnostic]:
    """The shape the specification requires, so that applying it cannot go wrong halfway."""
    problems = [
        error(f"unknown overlay field {key!r}", _FIX_OVERLAY, file, pointer(key))
        for key in overlay
        if key not in {"overlay", "info", "extends", "actions"} and not key.startswith("x-")
    ]
    version = overlay.get("overlay")
    if not isinstance(version, str) or not _VERSION.fullmatch(version):
        problems.append(
            error(
                f"not an Overlay 1.0 document (overlay: {version!r})",
                "start the file with `overlay: 1.0.0`",
                file,
                "/overlay" if "overlay" in overlay else "",
            )
        )
    info = overlay.get("info")
    if not isinstance(info, dict) or not all(
        isinstance(info.get(key), str) for key in ("title", "version")
    ):
        problems.append(
            error("info needs a title and a version (strings)", _FIX_OVERLAY, file, "/info")
        )
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        problems.append(error("actions must be a non-empty list", _FIX_OVERLAY, file, "/actions"))
        return problems
    for index, action in enumerate(actions):
        problems += _check_action(action, file, pointer("actions", index))
    return problems


def _check_action(action: Any, file: str, at: str) -> list[Diagnostic]:
    if not isinstance(action, dict):
        return [error("an action is a mapping (target, update or remove)", _FIX_OVERLAY, file, at)]
    problems = [
        error(
            f"unknown action field {key!r}",
            "use target, description, update, remove",
            file,
            at + pointer(key),
        )
        for key in action
        if key not in _ACTION_KEYS and not key.startswith("x-")
    ]
    target = action.get("target")
    if not isinstance(target, str):
        problems.append(
            error("the action has no target (a JSONPath string)", "add target: $...", file, at)
        )
    else:
        try:
            jsonpath.compile(target)
        except jsonpath.JSONPathError as failure:
            problems.append(
                error(
                    f"the target {target!r} is not an RFC 9535 JSONPath: {failure}",
                    "write a JSONPath such as $.paths['/pets'].get",
                    file,
                    at + "/target",
                )
            )
    remove = action.get("remove", False)
    if not isinstance(remove, bool):
        problems.append(error("remove must be true or false", "", file, at + "/remove"))
    elif not remove and "update" not in action:
        problems.append(
            error(
                "the action neither updates nor removes",
                "add update: ... or remove: true",
                file,
                at,
            )
        )
    return problems


def _apply(
    document: dict[str, Any], action: dict[str, Any], file: str, at: str, written: list[Written]
) -> list[Diagnostic]:
    target = action["target"]
    nodes = list(jsonpath.compile(target).find(document))
    if not nodes:
        described = (
            f" ({action['description']})" if isinstance(action.get("description"), str) else ""
        )
        return [
            error(
                f"action {at.rsplit('/', 1)[1]}{described}: the target {target} matches nothing "
                "in the document",
                "the document moved, so this fix no longer applies: correct the target, or "
                "delete the action if it is not needed any more",
                file,
                at + "/target",
            )
        ]
    if action.get("remove", False):
        return _remove(nodes, file, at, written)
    return _update(nodes, action["update"], f"{file}#{at}/update", file, at, written)


def _remove(
    nodes: list[jsonpath.JSONPathNode], file: str, at: str, written: list[Written]
) -> list[Diagnostic]:
    if any(not node.location for node in nodes):
        return [
            error(
                "the document itself cannot be removed",
                "select what is inside it",
                file,
                at + "/target",
            )
        ]
    # Array items last-first, so that removing one does not move the next one's index.
    for node in sorted(nodes, key=_removal_order):
        parent = node.parent.value if node.parent is not None else None
        key = node.location[-1]
        if isinstance(parent, dict):
            parent.pop(key, None)
        elif isinstance(parent, list) and isinstance(key, int) and key < len(parent):
            del parent[key]
        written.append(Written(pointer(*node.location), ""))
    return []


def _removal_order(node: jsonpath.JSONPathNode) -> tuple[int, int]:
    key = node.location[-1]
    return (0, -key) if isinstance(key, int) else (1, 0)


def _update(
    nodes: list[jsonpath.JSONPathNode],
    update: Any,
    source: str,
    file: str,
    at: str,
    written: list[Written],
) -> list[Diagnostic]:
    for node in nodes:
        here = pointer(*node.location)
        if isinstance(node.value, list):
            node.value.append(copy.deepcopy(update))
            written.append(Written(f"{here}/{len(node.value) - 1}", source))
        elif isinstance(node.value, dict) and isinstance(update, dict):
            _merge(node.value, update, here, source, written)
        else:
            found = "an object" if isinstance(node.value, dict) else type(node.value).__name__
            return [
                error(
                    f"the target selects {found} at {here}: an update needs an object to merge "
                    "into an object, or any value to append to an array",
                    "to change a single value, select the object that holds it and update the key",
                    file,
                    at + "/update",
                )
            ]
    return []


def _merge(
    into: dict[str, Any], update: dict[str, Any], here: str, source: str, written: list[Written]
) -> None:
    """Objects merge recursively, arrays are concatenated, anything else replaces the value."""
    for key, value in update.items():
        at, came_from = here + pointer(key), source + pointer(key)
        current = into.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value, at, came_from, written)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        else:
            into[key] = copy.deepcopy(value)
            written.append(Written(at, came_from))
