"""The generated package's version, moved on by the bump the change report asks for.

With ``bump_version: true`` the version lives in the output itself: the ``version`` of the
generated ``pyproject.toml`` is what shipped last. A regeneration whose report asks for a bump
applies it to that; one that changes nothing keeps it, so running the generator twice, or
``check``, writes the same version. A configured ``version`` higher than the shipped one wins
(a release made by hand). Below 1.0.0 a breaking change bumps the minor number and anything
else the patch number, as Cargo and most Python projects read semantic versioning for 0.x.
"""

from __future__ import annotations

import re
import tomllib

from ..diagnostics import GeneratorError, error

_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def shipped_version(pyproject: str | None) -> str | None:
    """The version in a generated ``pyproject.toml`` (None when there is none yet)."""
    if pyproject is None:
        return None
    try:
        version = tomllib.loads(pyproject).get("project", {}).get("version")
    except tomllib.TOMLDecodeError:
        return None
    return version if isinstance(version, str) else None


def package_version(configured: str, shipped: str | None, bump: str) -> str:
    """The version to generate: the shipped one bumped by ``bump``, or the configured one."""
    if shipped is None:
        return configured  # the first generation
    if _parse(configured, "version") > _parse(shipped, "the generated pyproject.toml"):
        return configured  # a release made by hand
    return bumped(shipped, bump)


def bumped(version: str, bump: str) -> str:
    major, minor, patch = _parse(version, "version")
    if bump == "none":
        return version
    if major == 0:
        bump = {"major": "minor", "minor": "patch"}.get(bump, bump)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _parse(version: str, where: str) -> tuple[int, int, int]:
    match = _VERSION.match(version)
    if match is None:
        raise GeneratorError(
            [
                error(
                    f"cannot bump the version {version!r} ({where}): it is not MAJOR.MINOR.PATCH",
                    "write the version as three numbers, e.g. 1.4.0, or turn bump_version off",
                )
            ]
        )
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch
