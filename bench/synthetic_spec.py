"""Make a large synthetic OpenAPI document by replicating spec/openapi.yaml.

Copy k of the seed's paths lives under /r{k}/..., with operationIds, tags and
(for untagged operations) method names suffixed so every generated name stays
unique. Components are replicated too (renamed `R{k}Name`); path copy k uses
component copy k % COMPONENT_COPIES, so the document has about 1,000 paths and
4,000 schemas with the seed's defaults (91 path copies x 11 paths, 36 component
copies x 110 schemas).

Writes bench/.work/synthetic.yaml and bench/.work/synthetic.json.

    python bench/synthetic_spec.py [--paths 1000] [--schemas 4000]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "spec" / "openapi.yaml"
WORK = ROOT / "bench" / ".work"
REF = "#/components/schemas/"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _rename_refs(node: Any, copy: int) -> Any:
    if isinstance(node, dict):
        return {key: _rename_refs(value, copy) for key, value in node.items()}
    if isinstance(node, list):
        return [_rename_refs(value, copy) for value in node]
    if isinstance(node, str) and node.startswith(REF):
        return f"{REF}R{copy}{node[len(REF) :]}"
    return node


def _renamed_operation(
    operation: dict[str, Any], path_copy: int, component_copy: int
) -> dict[str, Any]:
    operation = _rename_refs(operation, component_copy)
    if "operationId" in operation:
        operation["operationId"] = f"{operation['operationId']}_r{path_copy}"
    if operation.get("tags"):
        operation["tags"] = [f"{tag}_r{path_copy}" for tag in operation["tags"]]
    elif "x-fern-sdk-method-name" in operation:
        operation["x-fern-sdk-method-name"] = f"{operation['x-fern-sdk-method-name']}-r{path_copy}"
    group = operation.get("x-fern-sdk-group-name")
    if isinstance(group, str):
        operation["x-fern-sdk-group-name"] = f"{group}_r{path_copy}"
    elif isinstance(group, list):
        operation["x-fern-sdk-group-name"] = [f"{g}_r{path_copy}" for g in group]
    return operation


def build(seed: dict[str, Any], target_paths: int, target_schemas: int) -> dict[str, Any]:
    seed_paths = seed["paths"]
    seed_schemas = seed.get("components", {}).get("schemas", {})
    path_copies = max(1, round(target_paths / len(seed_paths)))
    component_copies = max(1, min(path_copies, round(target_schemas / max(1, len(seed_schemas)))))
    paths: dict[str, Any] = {}
    for k in range(path_copies):
        c = k % component_copies
        for path, item in seed_paths.items():
            new_item: dict[str, Any] = {}
            for key, value in item.items():
                if key in METHODS:
                    new_item[key] = _renamed_operation(value, k, c)
                else:
                    new_item[key] = _rename_refs(value, c)
            paths[f"/r{k}{path}"] = new_item
    schemas: dict[str, Any] = {}
    for c in range(component_copies):
        for name, schema in seed_schemas.items():
            schema = _rename_refs(schema, c)
            if isinstance(schema, dict) and isinstance(schema.get("title"), str):
                schema["title"] = f"R{c}{schema['title']}"
            schemas[f"R{c}{name}"] = schema
    document = {key: value for key, value in seed.items() if key not in ("paths", "components")}
    document["info"] = {**seed["info"], "title": "Synthetic API"}
    document["paths"] = paths
    document["components"] = {**seed.get("components", {}), "schemas": schemas}
    return document


def counts(document: dict[str, Any]) -> tuple[int, int, int]:
    operations = sum(1 for item in document["paths"].values() for key in item if key in METHODS)
    return len(document["paths"]), operations, len(document["components"]["schemas"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", type=int, default=1000)
    parser.add_argument("--schemas", type=int, default=4000)
    parser.add_argument("--out", type=Path, default=WORK)
    args = parser.parse_args()
    seed = yaml.load(
        SEED.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    )
    document = build(seed, args.paths, args.schemas)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "synthetic.json").write_text(json.dumps(document, indent=1), encoding="utf-8")
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    (args.out / "synthetic.yaml").write_text(
        yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True, width=4096),
        encoding="utf-8",
    )
    paths, operations, schemas = counts(document)
    print(
        f"synthetic spec: {paths} paths, {operations} operations, {schemas} schemas -> {args.out}/synthetic.{{json,yaml}}"
    )


if __name__ == "__main__":
    main()
