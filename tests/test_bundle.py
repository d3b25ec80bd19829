"""Multi-file documents (read/bundle.py): references into other files become components."""

from __future__ import annotations

from pathlib import Path

from generator.config import Config
from generator.ir import build_ir
from generator.read import read_document

_ROOT = """\
openapi: 3.0.3
info: {title: Droplets, version: "1"}
paths:
  /droplets/actions:
    post:
      $ref: resources/droplets/post_by_tag.yml
"""
# DigitalOcean's dropletActions_post_byTag: the discriminator's mapping refers to the variants
# with the same file references as the oneOf (OpenAPI: a mapping value is a reference)
_OPERATION = """\
operationId: dropletActions_post_byTag
requestBody:
  content:
    application/json:
      schema:
        oneOf:
          - $ref: 'models/droplet_actions.yml#/droplet_action'
          - $ref: 'models/droplet_actions.yml#/droplet_action_snapshot'
        discriminator:
          propertyName: type
          mapping:
            power_on: 'models/droplet_actions.yml#/droplet_action'
            snapshot: 'models/droplet_actions.yml#/droplet_action_snapshot'
            plain: droplet_action
responses:
  '201': {description: created}
"""
_MODELS = """\
droplet_action:
  type: object
  required: [type]
  properties:
    type: {type: string, enum: [reboot, power_on, snapshot], example: reboot}
    discriminator:
      type: object
      properties:
        mapping: {type: string}
droplet_action_snapshot:
  type: object
  required: [type, name]
  properties:
    type: {type: string, enum: [snapshot]}
    name: {type: string}
"""


def test_a_discriminator_mapping_into_another_file_names_the_bundled_components(
    tmp_path: Path,
) -> None:
    models = tmp_path / "resources" / "droplets" / "models"
    models.mkdir(parents=True)
    (tmp_path / "openapi.yaml").write_text(_ROOT, encoding="utf-8")
    (models.parent / "post_by_tag.yml").write_text(_OPERATION, encoding="utf-8")
    (models / "droplet_actions.yml").write_text(_MODELS, encoding="utf-8")
    document, warnings = read_document(tmp_path / "openapi.yaml", [])
    assert warnings == []
    operation = document["paths"]["/droplets/actions"]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert schema["oneOf"] == [
        {"$ref": "#/components/schemas/droplet_action"},
        {"$ref": "#/components/schemas/droplet_action_snapshot"},
    ]
    assert schema["discriminator"]["mapping"] == {
        "power_on": "#/components/schemas/droplet_action",
        "snapshot": "#/components/schemas/droplet_action_snapshot",
        "plain": "droplet_action",  # a bare schema name is no file reference
    }
    # a property named discriminator is a schema, not a discriminator object
    action = document["components"]["schemas"]["droplet_action"]
    assert action["properties"]["discriminator"]["properties"]["mapping"] == {"type": "string"}
    # the example call sends a tag the mapping gives the variant (the action the operation
    # supports), not the enum's example (reboot, which acting on tagged droplets refuses)
    ir = build_ir(document, Config())
    (call,) = [o for r in ir.resources for o in r.operations]
    assert call.body is not None and call.body.example is not None
    assert call.body.example.expression == '{"type": "power_on"}', call.body.example


def test_a_default_response_in_another_file_is_bundled(tmp_path: Path) -> None:
    # "default" is data in a schema, but in a responses map it is the default response
    # (DigitalOcean's retired gen-ai key creation: 410 or the default; its answer went untyped).
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "error.yml").write_text(
        "description: unexpected\ncontent:\n  application/json:\n    schema:\n"
        "      type: object\n      properties: {id: {type: string}}\n",
        encoding="utf-8",
    )
    (tmp_path / "api.yaml").write_text(
        "openapi: 3.0.3\ninfo: {title: Keys, version: '1'}\npaths:\n  /keys:\n    post:\n"
        "      operationId: createKey\n      responses:\n"
        "        '410': {description: retired}\n"
        "        default: {$ref: shared/error.yml}\n",
        encoding="utf-8",
    )
    document, _ = read_document(tmp_path / "api.yaml")
    assert document["paths"]["/keys"]["post"]["responses"]["default"] == {
        "$ref": "#/components/responses/error"
    }
    (resource,) = build_ir(document, Config()).resources
    assert resource.operations[0].response is not None
