"""How close is our no-configuration call surface to the official SDKs'?

    .venv/bin/python bench/bench_surface.py [--samples 20] [--json FILE]

For each official SDK that maps to a corpus document (OpenAI's ``openai`` to openai.yaml,
Cohere's ``cohere`` to cohere.yaml), lists the call path (``client.a.b.verb``) that every
endpoint (HTTP method + path) has in their SDK and in ours, and prints the share of endpoints
where ours is one of theirs, with a table of sample calls side by side.

Theirs: the SDKs are installed into ``bench/.work/venv-surface`` (made on first run with pip)
and read by introspection in that venv: every resource reachable from the client, every public
method, and the request it sends, read from the method's source (Stainless' ``self._post("/x")``,
Fern's ``httpx_client.request("v1/x", method="POST")``). Ours: the IR of the document, built
with no configuration (and, for Cohere, also with ``spec/official/config.yaml``).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from _measure import ROOT, revision

from generator.config import Config, load_config
from generator.ir import build_ir
from generator.ir import names as naming
from generator.read import read_document

CORPUS = ROOT.parent / "shared" / "corpus" / "specs"
VENV = ROOT / "bench" / ".work" / "venv-surface"
PACKAGES = ("openai", "cohere")
_PARAMETER = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Target:
    label: str
    sdk: str  # the SDK's import name
    clients: tuple[str, ...]  # its client classes to walk
    spec: Path
    config: Path | None  # ours: None = no configuration


TARGETS = (
    Target("OpenAI, no configuration", "openai", ("OpenAI",), CORPUS / "openai.yaml", None),
    Target(
        "Cohere, no configuration",
        "cohere",
        ("Client", "ClientV2"),
        CORPUS / "cohere.yaml",
        None,
    ),
    Target(
        "Cohere, spec/official/config.yaml",
        "cohere",
        ("Client", "ClientV2"),
        CORPUS / "cohere.yaml",
        ROOT / "spec" / "official" / "config.yaml",
    ),
)

# Runs in the SDKs' venv: prints {"METHOD /path": ["a.b.verb", ...]} for one client class.
_THEIRS = r'''
import functools, inspect, json, re, sys, textwrap
sdk = __import__(sys.argv[1])
STAINLESS = re.compile(
    r"self\._(get|post|put|patch|delete|get_api_list)\(\s*(?:path_template\(\s*)?f?\"([^\"]+)\""
)
FERN = re.compile(r"\.request\(\s*f?\"([^\"]*)\"\s*,\s*method=\"(\w+)\"")
found = {}


def requests_of(function, owner):
    """The (METHOD, path) requests a method sends, read from its source (Fern's methods hand
    over to ``self._raw_client.<name>``: read that one)."""
    try:
        source = textwrap.dedent(inspect.getsource(function))
    except (TypeError, OSError):
        return []
    result = []
    for match in STAINLESS.finditer(source):
        verb = match[1]
        if verb == "get_api_list":  # a list call is a GET unless it says method="post"
            call = source[match.end() :].split("self._", 1)[0]
            verb = "post" if 'method="post"' in call else "get"
        result.append((verb.upper(), match[2]))
    for match in FERN.finditer(source):
        result.append((match[2].upper(), "/" + match[1].lstrip("/")))
    raw = re.search(r"self\._raw_client\.(\w+)\(", source)
    if not result and raw and getattr(owner, "_raw_client", None) is not None:
        return requests_of(getattr(owner._raw_client, raw[1], None), None)
    return result


def walk(obj, prefix, seen):
    cls = type(obj)
    for name in dir(cls):
        if name.startswith("_") or name in ("with_raw_response", "with_streaming_response"):
            continue
        member = inspect.getattr_static(cls, name, None)
        if isinstance(member, (functools.cached_property, property)):
            try:
                child = getattr(obj, name)
            except Exception:
                continue
            if id(child) in seen or type(child).__module__.split(".")[0] != sdk.__name__:
                continue
            walk(child, prefix + name + ".", seen | {id(child)})
        elif inspect.isfunction(member):
            # the class's method: Cohere's clients wrap some per instance (warnings)
            for verb, path in requests_of(member.__get__(obj, cls), obj):
                found.setdefault(f"{verb} {path}", []).append(prefix + name)


client = getattr(sdk, sys.argv[2])(api_key="k", base_url="http://127.0.0.1:9")
walk(client, "", {id(client)})
print(json.dumps(found))
'''


def _endpoint(key: str) -> str:
    """``GET /v1/files/{file_id}`` and ``GET /files/{id}`` alike: ``GET /files/{}``."""
    method, _, path = key.partition(" ")
    path = _PARAMETER.sub("{}", path.partition("?")[0]).rstrip("/")
    return f"{method} {path}"


def _below_namespaces(call: str, endpoint: str) -> str:
    """``call`` without the leading namespaces its endpoint's path never names: the OpenAI
    SDK's ``beta.`` and ``admin.organization.`` (``admin.organization.projects.roles.list``
    for ``GET /projects/{}/roles`` is ``projects.roles.list`` below them)."""
    words = set(naming.words(endpoint))
    parts = call.split(".")
    while len(parts) > 1 and not set(naming.words(parts[0])) <= words:
        parts = parts[1:]
    return ".".join(parts)


def theirs(target: Target) -> dict[str, set[str]]:
    calls: dict[str, set[str]] = {}
    for client in target.clients:
        done = subprocess.run(
            [str(VENV / "bin" / "python"), "-c", _THEIRS, target.sdk, client],
            capture_output=True,
            text=True,
            check=True,
        )
        for key, names in json.loads(done.stdout).items():
            calls.setdefault(_endpoint(key), set()).update(names)
    return calls


def ours(target: Target) -> dict[str, str]:
    document, _ = read_document(target.spec)
    config = load_config(target.config) if target.config else Config()
    api = build_ir(document, config)
    calls: dict[str, str] = {}
    for client in api.clients:
        for op in client.operations:
            calls.setdefault(_endpoint(f"{op.http_method} {op.path}"), op.py_name)
    for resource in api.resources:
        for op in resource.operations:
            calls.setdefault(
                _endpoint(f"{op.http_method} {op.path}"), f"{resource.display_path}.{op.py_name}"
            )
    return calls


def compare(target: Target, samples: int) -> dict[str, object]:
    mine = ours(target)
    # Both sides' paths are relative to the same base URL (OpenAI's ends in /v1, as its
    # document's server does; Cohere's SDK spells the /v1/ of the document's paths).
    official = theirs(target)
    shared = sorted(set(mine) & set(official))
    matched = [e for e in shared if mine[e] in official[e]]
    below = [e for e in shared if mine[e] in {_below_namespaces(t, e) for t in official[e]}]
    step = max(1, len(shared) // samples)
    rows = [(e, mine[e], sorted(official[e])) for e in shared[::step][:samples]]
    return {
        "target": target.label,
        "operations": len(mine),
        "in_their_sdk": len(shared),
        "matched": len(matched),
        "share": round(len(matched) / len(shared), 3) if shared else 0.0,
        "matched_below_namespaces": len(below),
        "share_below_namespaces": round(len(below) / len(shared), 3) if shared else 0.0,
        "samples": rows,
    }


def _ensure_venv() -> None:
    if not (VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    missing = subprocess.run(
        [str(VENV / "bin" / "python"), "-c", "import " + ", ".join(PACKAGES)],
        capture_output=True,
        check=False,
    )
    if missing.returncode:
        subprocess.run(
            [str(VENV / "bin" / "pip"), "install", "-q", *PACKAGES],
            check=True,
        )


def _versions() -> str:
    done = subprocess.run(
        [str(VENV / "bin" / "pip"), "list", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    versions = {p["name"].lower(): p["version"] for p in json.loads(done.stdout)}
    return ", ".join(f"{name} {versions.get(name, '?')}" for name in PACKAGES)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    _ensure_venv()
    results = [compare(target, args.samples) for target in TARGETS]
    print(f"measured: {revision('generator')}; official SDKs: {_versions()}\n")
    print(
        "| document, our configuration | operations | in their SDK | same call path | share "
        "| same below their namespaces | share |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in results:
        print(
            f"| {r['target']} | {r['operations']} | {r['in_their_sdk']} | {r['matched']} "
            f"| {r['share']:.0%} | {r['matched_below_namespaces']} "
            f"| {r['share_below_namespaces']:.0%} |"
        )
    for r in results:
        print(f"\n{r['target']}: sample calls\n")
        print("| endpoint | ours | theirs | same |")
        print("| --- | --- | --- | :---: |")
        for endpoint, mine, official in r["samples"]:  # type: ignore[attr-defined]
            below = {_below_namespaces(t, endpoint) for t in official}
            same = "yes" if mine in official else "below theirs" if mine in below else "no"
            print(f"| `{endpoint}` | `{mine}` | `{' / '.join(official)}` | {same} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
