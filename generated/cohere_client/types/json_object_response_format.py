"""JsonObjectResponseFormat: generated from the API description."""

from __future__ import annotations

from typing import Any, Literal

from ._base import ApiModel

__all__ = [
    "JsonObjectResponseFormat",
]


class JsonObjectResponseFormat(ApiModel):
    """Forces the model to output a valid JSON object, optionally following a JSON schema."""

    type: Literal["json_object"] = "json_object"

    json_schema: dict[str, Any] | None = None
    """A [JSON schema](https://json-schema.org/overview/what-is-jsonschema) object that the output will adhere to. There are some restrictions we have on the schema, refer to [our guide](https://docs.cohere.com/docs/structured-outputs-json#schema-constraints) for more information.
    Example (required name and age object):
    ```json
    {
      "type": "object",
      "properties": {
        "name": {"type": "string"},
        "age": {"type": "integer"}
      },
      "required": ["name", "age"]
    }
    ```

    **Note**: This field must not be specified when the `type` is set to `"text"`.
    """

    def model_post_init(self, context: Any, /) -> None:
        # The API requires these even though they have a default: always send them.
        self.model_fields_set.update(["type"])
