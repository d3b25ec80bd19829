"""Every operation of the generated client, sync and async, against Prism.

Prism validates each request against spec/openapi.yaml (``--errors``: a request that does not
match the spec is answered 422 with a violation header, which the client raises), and answers
with a response generated from the spec, which the client must parse into its models.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import cohere_client
import pytest
from cohere_client import AsyncClientV2, ClientV2


def _calls() -> dict[str, Callable[[Any], Any]]:
    messages = [
        {"role": "user", "content": "Hello"},
        cohere_client.SystemMessage(content="Be brief."),
    ]
    return {
        "tokenize": lambda co: co.tokenize(text="tokenize me", model="command-r"),
        "detokenize": lambda co: co.detokenize(tokens=[10002, 2261], model="command-r"),
        "classify": lambda co: co.classify(
            inputs=["Confirm your email address"],
            examples=[
                cohere_client.ClassifyExample(text="Dermatologists don't like her", label="Spam"),
                {"text": "hi", "label": "Not spam"},
            ],
            truncate="END",
        ),
        "chat": lambda co: co.chat(model="command-a-03-2025", messages=messages, temperature=0.3),
        "models.list": lambda co: co.models.list(page_size=10, endpoint="chat"),
        "models.get": lambda co: co.models.get("command-r"),
        "datasets.delete": lambda co: co.datasets.delete("dataset-id"),
        "connectors.list": lambda co: co.connectors.list(limit=10, offset=0),
        "connectors.create": lambda co: co.connectors.create(
            name="Example connector", url="https://connector-example.com/search"
        ),
        "connectors.get": lambda co: co.connectors.get("connector-id"),
        "connectors.update": lambda co: co.connectors.update(
            "connector-id", name="new name", url="https://example.com/search"
        ),
        "connectors.delete": lambda co: co.connectors.delete("connector-id"),
        "connectors.o_auth_authorize": lambda co: co.connectors.o_auth_authorize(
            "connector-id", after_token_redirect="https://example.com"
        ),
        "finetuning.list_finetuned_models": lambda co: co.finetuning.list_finetuned_models(
            page_size=5, order_by="created_at"
        ),
        "finetuning.create_finetuned_model": lambda co: co.finetuning.create_finetuned_model(
            request=cohere_client.FinetunedModel(
                name="test-finetuned-model",
                settings=cohere_client.Settings(
                    base_model=cohere_client.BaseModel(base_type="BASE_TYPE_CHAT"),
                    dataset_id="my-dataset-id",
                ),
            )
        ),
    }


CALLS = _calls()
EXPECTED = {
    "tokenize": "TokenizeResponse",
    "detokenize": "DetokenizeResponse",
    "classify": "ClassifyResponse",
    "chat": "ChatResponse",
    "models.list": "ListModelsResponse",
    "models.get": "GetModelResponse",
    "datasets.delete": "DatasetsDeleteResponse",
    "connectors.list": "ListConnectorsResponse",
    "connectors.create": "CreateConnectorResponse",
    "connectors.get": "GetConnectorResponse",
    "connectors.update": "UpdateConnectorResponse",
    "connectors.delete": "DeleteConnectorResponse",
    "connectors.o_auth_authorize": "OAuthAuthorizeResponse",
    "finetuning.list_finetuned_models": "ListFinetunedModelsResponse",
    "finetuning.create_finetuned_model": "CreateFinetunedModelResponse",
}


def test_every_operation_of_the_spec_is_covered() -> None:
    import yaml

    from tests.helpers import ROOT

    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
    operations = sum(
        1
        for item in spec["paths"].values()
        for method in item
        if method in {"get", "post", "put", "patch", "delete"}
    )
    assert operations == len(CALLS) == 15


@pytest.mark.parametrize("name", sorted(CALLS))
def test_sync_call(prism_url: str, name: str) -> None:
    with ClientV2(api_key="test-key", base_url=prism_url, client_name="tests", max_retries=0) as co:
        result = CALLS[name](co)
    assert type(result).__name__ == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(CALLS))
def test_async_call(prism_url: str, name: str) -> None:
    async def run() -> Any:
        async with AsyncClientV2(
            api_key="test-key", base_url=prism_url, client_name="tests", max_retries=0
        ) as co:
            return await CALLS[name](co)

    assert type(asyncio.run(run())).__name__ == EXPECTED[name]


def test_a_request_that_breaks_the_spec_is_rejected_by_prism(prism_url: str) -> None:
    with (
        ClientV2(api_key="test-key", base_url=prism_url, max_retries=0) as co,
        pytest.raises(cohere_client.UnprocessableEntityError) as caught,
    ):
        co.tokenize(text=123, model="command-r")  # type: ignore[arg-type]
    assert caught.value.status_code == 422
