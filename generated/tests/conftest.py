"""The clients the tests use, pointed at a mock server of the API.

Start one with Stoplight Prism (`prism mock openapi.yaml`, which listens on port 4010) or set
TEST_API_BASE_URL to where yours runs. Prism rejects every request that does not match the API
description (parameters, body, credentials), so a passing test means the client speaks the API.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

from cohere_client import AsyncClient, AsyncClientV2, Client, ClientV2

base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")
max_retries = 0  # a mock server's errors are final: retrying them only slows the tests down


@pytest.fixture
def client() -> Iterator[Client]:
    with Client(api_key="My API Key", base_url=base_url, max_retries=max_retries) as client:
        yield client


@pytest_asyncio.fixture
async def async_client() -> AsyncIterator[AsyncClient]:
    async with AsyncClient(
        api_key="My API Key", base_url=base_url, max_retries=max_retries
    ) as client:
        yield client


@pytest.fixture
def client_v2() -> Iterator[ClientV2]:
    with ClientV2(api_key="My API Key", base_url=base_url, max_retries=max_retries) as client:
        yield client


@pytest_asyncio.fixture
async def async_client_v2() -> AsyncIterator[AsyncClientV2]:
    async with AsyncClientV2(
        api_key="My API Key", base_url=base_url, max_retries=max_retries
    ) as client:
        yield client
