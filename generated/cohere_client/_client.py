"""The clients of Cohere API: one synchronous and one asynchronous class per client."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, cached_property, partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self

import httpx2

from ._runtime import (
    DEFAULT_MAX_RESPONSE_SIZE,
    NOT_GIVEN,
    AsyncApiClient,
    ClientSettings,
    EventDecoder,
    HttpAuth,
    LazyAsyncStream,
    NotGiven,
    RequestOptions,
    SecurityRequirement,
    SecurityScheme,
    Stream,
    SyncApiClient,
    UnknownEvent,
    async_to_raw_response_wrapper,
    renamed_argument,
    resolve_base_url,
    resolve_credentials,
    to_raw_response_wrapper,
    warn_deprecated,
)
from .errors import STATUS_ERRORS

if TYPE_CHECKING:
    from .connectors import (
        AsyncConnectorsResource,
        AsyncConnectorsResourceWithRawResponse,
        ConnectorsResource,
        ConnectorsResourceWithRawResponse,
    )
    from .datasets import (
        AsyncDatasetsResource,
        AsyncDatasetsResourceWithRawResponse,
        DatasetsResource,
        DatasetsResourceWithRawResponse,
    )
    from .finetuning import (
        AsyncFinetuningResource,
        AsyncFinetuningResourceWithRawResponse,
        FinetuningResource,
        FinetuningResourceWithRawResponse,
    )
    from .models import (
        AsyncModelsResource,
        AsyncModelsResourceWithRawResponse,
        ModelsResource,
        ModelsResourceWithRawResponse,
    )
    from .types.chat_message import ChatMessage
    from .types.chat_response import ChatResponse
    from .types.chat_response_format import ChatResponseFormat
    from .types.chat_tool import ChatTool
    from .types.citation_options import CitationOptions
    from .types.classify_example import ClassifyExample
    from .types.classify_request_truncate import ClassifyRequestTruncate
    from .types.classify_response import ClassifyResponse
    from .types.datasets_delete_response import DatasetsDeleteResponse
    from .types.detokenize_response import DetokenizeResponse
    from .types.input_document import InputDocument
    from .types.streamed_chat_response import StreamedChatResponse
    from .types.thinking_config import ThinkingConfig
    from .types.tokenize_response import TokenizeResponse

__all__ = [
    "AsyncClient",
    "AsyncClientV2",
    "Client",
    "ClientV2",
]

DEFAULT_BASE_URL = "https://api.cohere.com"
BASE_URL_ENV = "CO_API_URL"
# The environment variable each credential is read from when it is not passed to the client.
CREDENTIAL_ENV: dict[str, str] = {"api_key": "CO_API_KEY"}
# How each of the API's security schemes is sent, with the arguments holding its credentials.
SECURITY_SCHEMES: dict[str, SecurityScheme] = {
    "bearerAuth": HttpAuth("Bearer", credential="api_key"),
}
# What operations send unless they say otherwise: alternatives (the first whose credentials
# are all given is used), each the schemes sent together.
SECURITY: SecurityRequirement = (("bearerAuth",),)
DEFAULT_TIMEOUT = 300.0
DEFAULT_MAX_RETRIES = 2


@cache
def _chat_stream_events() -> EventDecoder:
    """How `chat_stream` decodes its events, built on first use."""
    from .types.chat_citation_end_event import ChatCitationEndEvent
    from .types.chat_citation_start_event import ChatCitationStartEvent
    from .types.chat_content_delta_event import ChatContentDeltaEvent
    from .types.chat_content_end_event import ChatContentEndEvent
    from .types.chat_content_start_event import ChatContentStartEvent
    from .types.chat_debug_event import ChatDebugEvent
    from .types.chat_message_end_event import ChatMessageEndEvent
    from .types.chat_message_start_event import ChatMessageStartEvent
    from .types.chat_tool_call_delta_event import ChatToolCallDeltaEvent
    from .types.chat_tool_call_end_event import ChatToolCallEndEvent
    from .types.chat_tool_call_start_event import ChatToolCallStartEvent
    from .types.chat_tool_plan_delta_event import ChatToolPlanDeltaEvent
    from .types.streamed_chat_response import StreamedChatResponse

    return EventDecoder(
        item_type=StreamedChatResponse,
        discriminator="type",
        variants={
            "citation-end": ChatCitationEndEvent,
            "citation-start": ChatCitationStartEvent,
            "content-delta": ChatContentDeltaEvent,
            "content-end": ChatContentEndEvent,
            "content-start": ChatContentStartEvent,
            "debug": ChatDebugEvent,
            "message-end": ChatMessageEndEvent,
            "message-start": ChatMessageStartEvent,
            "tool-call-delta": ChatToolCallDeltaEvent,
            "tool-call-end": ChatToolCallEndEvent,
            "tool-call-start": ChatToolCallStartEvent,
            "tool-plan-delta": ChatToolPlanDeltaEvent,
        },
        terminator="[DONE]",
        format="sse",
    )


def _settings(
    credentials: Mapping[str, str | None],
    base_url: str | None,
    header_options: Mapping[str, object],
    timeout: float | httpx2.Timeout,
    max_retries: int,
    max_response_size: int,
    strict_response_validation: bool,
    default_headers: Mapping[str, str] | None,
) -> ClientSettings:
    return ClientSettings(
        base_url=resolve_base_url(base_url, BASE_URL_ENV, DEFAULT_BASE_URL),
        credentials=resolve_credentials(credentials, CREDENTIAL_ENV),
        credential_env=CREDENTIAL_ENV,
        security_schemes=SECURITY_SCHEMES,
        security=SECURITY,
        header_options=header_options,
        timeout=timeout,
        max_retries=max_retries,
        max_response_size=max_response_size,
        strict_response_validation=strict_response_validation,
        default_headers=dict(default_headers or {}),
        status_errors=STATUS_ERRORS,
        logger_name=__name__.rpartition(".")[0] or __name__,
        user_agent="cohere-client/0.1.0 (python)",
    )


class Client:
    """Client of the Cohere API (v1 endpoints)."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        client_name: str | None = None,
        timeout: float | httpx2.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        strict_response_validation: bool = False,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx2.Client | None = None,
        token: str | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: Sent as `Authorization: Bearer <api_key>` (scheme bearerAuth). Defaults to the environment variable CO_API_KEY.
            base_url: Defaults to the environment variable CO_API_URL, then https://api.cohere.com.
            client_name: The name of the project that is making the request. Sent with every request as the X-Client-Name header (per call: request_options extra_headers).
            timeout: Seconds each attempt of a request may take in all, from connecting to the last byte (a stream: until its first event, then between events). Per request: request_options.
            max_retries: Retries of failed requests (429, 5xx, connection errors) with backoff.
            max_response_size: Bytes a response body (decompressed) or one streamed event may have.
            strict_response_validation: Raise ApiResponseValidationError for a 2xx body that does not match its type, instead of returning it built leniently (with a warning). Per request: request_options.
            default_headers: Extra headers sent with every request.
            http_client: Your own httpx2 client (proxies, transports); you close it yourself.
            token: Deprecated: the old name of api_key.
        """
        api_key = renamed_argument(
            api_key,
            token,
            "the argument token= of Client() is deprecated: use api_key=",
            missing=None,
        )
        self._client = SyncApiClient(
            _settings(
                {"api_key": api_key},
                base_url,
                {"X-Client-Name": client_name},
                timeout,
                max_retries,
                max_response_size,
                strict_response_validation,
                default_headers,
            ),
            http_client,
        )

    @cached_property
    def connectors(self) -> ConnectorsResource:
        from .connectors import ConnectorsResource

        return ConnectorsResource(self._client)

    @cached_property
    def datasets(self) -> DatasetsResource:
        from .datasets import DatasetsResource

        return DatasetsResource(self._client)

    @cached_property
    def finetuning(self) -> FinetuningResource:
        from .finetuning import FinetuningResource

        return FinetuningResource(self._client)

    @cached_property
    def models(self) -> ModelsResource:
        from .models import ModelsResource

        return ModelsResource(self._client)

    @cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return ClientWithRawResponse(self)

    def classify(
        self,
        *,
        inputs: Sequence[str],
        examples: Sequence[ClassifyExample | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        preset: str | NotGiven = NOT_GIVEN,
        truncate: ClassifyRequestTruncate | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ClassifyResponse:
        """Classify

        This endpoint makes a prediction about which label fits the specified text inputs best. To make a prediction, Classify uses the provided `examples` of text + label pairs as a reference.
        Note: [Fine-tuned models](https://docs.cohere.com/docs/classify-fine-tuning) trained on classification examples don't require the `examples` parameter to be passed in explicitly.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        from .types.classify_response import ClassifyResponse

        response: ClassifyResponse = self._client.request(
            "POST",
            "/v1/classify",
            body={
                "inputs": inputs,
                "examples": examples,
                "model": model,
                "preset": preset,
                "truncate": truncate,
            },
            response_type=ClassifyResponse,
            options=request_options,
        )
        return response

    def detokenize(
        self,
        *,
        tokens: Sequence[int],
        model: str,
        request_options: RequestOptions | None = None,
    ) -> DetokenizeResponse:
        """Detokenize

        This endpoint takes tokens using byte-pair encoding and returns their text representation. To learn more about tokenization and byte pair encoding, see the tokens page.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        from .types.detokenize_response import DetokenizeResponse

        response: DetokenizeResponse = self._client.request(
            "POST",
            "/v1/detokenize",
            body={
                "tokens": tokens,
                "model": model,
            },
            response_type=DetokenizeResponse,
            options=request_options,
        )
        return response

    def tokenize(
        self,
        *,
        text: str,
        model: str,
        request_options: RequestOptions | None = None,
    ) -> TokenizeResponse:
        """Tokenize

        This endpoint splits input text into smaller units called tokens using byte-pair encoding (BPE). To learn more about tokenization and byte pair encoding, see the tokens page.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        from .types.tokenize_response import TokenizeResponse

        response: TokenizeResponse = self._client.request(
            "POST",
            "/v1/tokenize",
            body={
                "text": text,
                "model": model,
            },
            response_type=TokenizeResponse,
            options=request_options,
        )
        return response

    def delete_dataset(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DatasetsDeleteResponse:
        """Deprecated: the old name of `datasets.delete()`, which it calls."""
        warn_deprecated("delete_dataset() is deprecated: use datasets.delete()")
        return self.datasets.delete(id=id, request_options=request_options)

    def close(self) -> None:
        """Close the connections (not those of an http_client you passed in)."""
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client
        self.classify = to_raw_response_wrapper(client.classify)
        self.detokenize = to_raw_response_wrapper(client.detokenize)
        self.tokenize = to_raw_response_wrapper(client.tokenize)

    @cached_property
    def connectors(self) -> ConnectorsResourceWithRawResponse:
        return self._client.connectors.with_raw_response

    @cached_property
    def datasets(self) -> DatasetsResourceWithRawResponse:
        return self._client.datasets.with_raw_response

    @cached_property
    def finetuning(self) -> FinetuningResourceWithRawResponse:
        return self._client.finetuning.with_raw_response

    @cached_property
    def models(self) -> ModelsResourceWithRawResponse:
        return self._client.models.with_raw_response


class AsyncClient:
    """Client of the Cohere API (v1 endpoints)."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        client_name: str | None = None,
        timeout: float | httpx2.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        strict_response_validation: bool = False,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx2.AsyncClient | None = None,
        token: str | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: Sent as `Authorization: Bearer <api_key>` (scheme bearerAuth). Defaults to the environment variable CO_API_KEY.
            base_url: Defaults to the environment variable CO_API_URL, then https://api.cohere.com.
            client_name: The name of the project that is making the request. Sent with every request as the X-Client-Name header (per call: request_options extra_headers).
            timeout: Seconds each attempt of a request may take in all, from connecting to the last byte (a stream: until its first event, then between events). Per request: request_options.
            max_retries: Retries of failed requests (429, 5xx, connection errors) with backoff.
            max_response_size: Bytes a response body (decompressed) or one streamed event may have.
            strict_response_validation: Raise ApiResponseValidationError for a 2xx body that does not match its type, instead of returning it built leniently (with a warning). Per request: request_options.
            default_headers: Extra headers sent with every request.
            http_client: Your own httpx2 client (proxies, transports); you close it yourself.
            token: Deprecated: the old name of api_key.
        """
        api_key = renamed_argument(
            api_key,
            token,
            "the argument token= of AsyncClient() is deprecated: use api_key=",
            missing=None,
        )
        self._client = AsyncApiClient(
            _settings(
                {"api_key": api_key},
                base_url,
                {"X-Client-Name": client_name},
                timeout,
                max_retries,
                max_response_size,
                strict_response_validation,
                default_headers,
            ),
            http_client,
        )

    @cached_property
    def connectors(self) -> AsyncConnectorsResource:
        from .connectors import AsyncConnectorsResource

        return AsyncConnectorsResource(self._client)

    @cached_property
    def datasets(self) -> AsyncDatasetsResource:
        from .datasets import AsyncDatasetsResource

        return AsyncDatasetsResource(self._client)

    @cached_property
    def finetuning(self) -> AsyncFinetuningResource:
        from .finetuning import AsyncFinetuningResource

        return AsyncFinetuningResource(self._client)

    @cached_property
    def models(self) -> AsyncModelsResource:
        from .models import AsyncModelsResource

        return AsyncModelsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return AsyncClientWithRawResponse(self)

    async def classify(
        self,
        *,
        inputs: Sequence[str],
        examples: Sequence[ClassifyExample | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        preset: str | NotGiven = NOT_GIVEN,
        truncate: ClassifyRequestTruncate | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ClassifyResponse:
        """Classify

        This endpoint makes a prediction about which label fits the specified text inputs best. To make a prediction, Classify uses the provided `examples` of text + label pairs as a reference.
        Note: [Fine-tuned models](https://docs.cohere.com/docs/classify-fine-tuning) trained on classification examples don't require the `examples` parameter to be passed in explicitly.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        from .types.classify_response import ClassifyResponse

        response: ClassifyResponse = await self._client.request(
            "POST",
            "/v1/classify",
            body={
                "inputs": inputs,
                "examples": examples,
                "model": model,
                "preset": preset,
                "truncate": truncate,
            },
            response_type=ClassifyResponse,
            options=request_options,
        )
        return response

    async def detokenize(
        self,
        *,
        tokens: Sequence[int],
        model: str,
        request_options: RequestOptions | None = None,
    ) -> DetokenizeResponse:
        """Detokenize

        This endpoint takes tokens using byte-pair encoding and returns their text representation. To learn more about tokenization and byte pair encoding, see the tokens page.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        from .types.detokenize_response import DetokenizeResponse

        response: DetokenizeResponse = await self._client.request(
            "POST",
            "/v1/detokenize",
            body={
                "tokens": tokens,
                "model": model,
            },
            response_type=DetokenizeResponse,
            options=request_options,
        )
        return response

    async def tokenize(
        self,
        *,
        text: str,
        model: str,
        request_options: RequestOptions | None = None,
    ) -> TokenizeResponse:
        """Tokenize

        This endpoint splits input text into smaller units called tokens using byte-pair encoding (BPE). To learn more about tokenization and byte pair encoding, see the tokens page.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        from .types.tokenize_response import TokenizeResponse

        response: TokenizeResponse = await self._client.request(
            "POST",
            "/v1/tokenize",
            body={
                "text": text,
                "model": model,
            },
            response_type=TokenizeResponse,
            options=request_options,
        )
        return response

    async def delete_dataset(
        self,
        id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> DatasetsDeleteResponse:
        """Deprecated: the old name of `datasets.delete()`, which it calls."""
        warn_deprecated("delete_dataset() is deprecated: use datasets.delete()")
        return await self.datasets.delete(id=id, request_options=request_options)

    async def close(self) -> None:
        """Close the connections (not those of an http_client you passed in)."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.classify = async_to_raw_response_wrapper(client.classify)
        self.detokenize = async_to_raw_response_wrapper(client.detokenize)
        self.tokenize = async_to_raw_response_wrapper(client.tokenize)

    @cached_property
    def connectors(self) -> AsyncConnectorsResourceWithRawResponse:
        return self._client.connectors.with_raw_response

    @cached_property
    def datasets(self) -> AsyncDatasetsResourceWithRawResponse:
        return self._client.datasets.with_raw_response

    @cached_property
    def finetuning(self) -> AsyncFinetuningResourceWithRawResponse:
        return self._client.finetuning.with_raw_response

    @cached_property
    def models(self) -> AsyncModelsResourceWithRawResponse:
        return self._client.models.with_raw_response


class ClientV2(Client):
    """Client of the Cohere API v2; the v1 endpoints stay reachable from it."""

    @cached_property
    def with_raw_response(self) -> ClientV2WithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return ClientV2WithRawResponse(self)

    def chat(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessage | Mapping[str, Any]],
        tools: Sequence[ChatTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        documents: Sequence[str | InputDocument | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        citation_options: CitationOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        response_format: ChatResponseFormat | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        safety_mode: Literal["CONTEXTUAL", "STRICT", "OFF"] | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        k: int | NotGiven = NOT_GIVEN,
        p: float | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven = NOT_GIVEN,
        tool_choice: Literal["REQUIRED", "NONE"] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        strict_tools: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ChatResponse:
        """Chat

        Generates a text response to a user message and streams it down, token by token. To learn how to use the Chat API with streaming follow our [Text Generation guides](https://docs.cohere.com/v2/docs/chat-api).

        Follow the [Migration Guide](https://docs.cohere.com/v2/docs/migrating-v1-to-v2) for instructions on moving from API v1 to API v2.

        Args:
            model: The name of a compatible [Cohere model](https://docs.cohere.com/v2/docs/models).
            messages: A list of chat messages in chronological order, representing a conversation between the user and the model.

                Messages can be from `User`, `Assistant`, `Tool` and `System` roles. Learn more about messages and roles in [the Chat API guide](https://docs.cohere.com/v2/docs/chat-api).
            tools: A list of tools (functions) available to the model. The model response may contain 'tool_calls' to the specified tools.

                Learn more in the [Tool Use guide](https://docs.cohere.com/docs/tools).
            documents: A list of relevant documents that the model can cite to generate a more accurate reply. Each document is either a string or document object with content and metadata.
            citation_options: Options for controlling citation generation.
            response_format: Configuration for forcing the model output to adhere to the specified format. Supported on [Command R](https://docs.cohere.com/v2/docs/command-r), [Command R+](https://docs.cohere.com/v2/docs/command-r-plus) and newer models.

                The model can be forced into outputting JSON objects by setting `{ "type": "json_object" }`.

                A [JSON Schema](https://json-schema.org/) can optionally be provided, to ensure a specific structure.

                **Note**: When using `{ "type": "json_object" }` your `message` should always explicitly instruct the model to generate a JSON (eg: _"Generate a JSON ..."_) . Otherwise the model may end up getting stuck generating an infinite stream of characters and eventually run out of context length.

                **Note**: When `json_schema` is not specified, the generated object can have up to 5 layers of nesting.

                **Limitation**: The parameter is not supported when used in combinations with the `documents` or `tools` parameters.
            safety_mode: Used to select the [safety instruction](https://docs.cohere.com/v2/docs/safety-modes) inserted into the prompt. Defaults to `CONTEXTUAL`.
                When `OFF` is specified, the safety instruction will be omitted.

                Safety modes are not yet configurable in combination with `tools` and `documents` parameters.

                **Note**: This parameter is only compatible newer Cohere models, starting with [Command R 08-2024](https://docs.cohere.com/docs/command-r#august-2024-release) and [Command R+ 08-2024](https://docs.cohere.com/docs/command-r-plus#august-2024-release).

                **Note**: `command-r7b-12-2024` and newer models only support `"CONTEXTUAL"` and `"STRICT"` modes.
            max_tokens: The maximum number of output tokens the model will generate in the response. If not set, `max_tokens` defaults to the model's maximum output token limit. You can find the maximum output token limits for each model in the [model documentation](https://docs.cohere.com/docs/models).

                **Note**: Setting a low value may result in incomplete generations. In such cases, the `finish_reason` field in the response will be set to `"MAX_TOKENS"`.

                **Note**: If `max_tokens` is set higher than the model's maximum output token limit, the generation will be capped at that model-specific maximum limit.
            stop_sequences: A list of up to 5 strings that the model will use to stop generation. If the model generates a string that matches any of the strings in the list, it will stop generating tokens and return the generated text up to that point not including the stop sequence.
            temperature: Defaults to `0.3`.

                A non-negative float that tunes the degree of randomness in generation. Lower temperatures mean less random generations, and higher temperatures mean more random generations.

                Randomness can be further maximized by increasing the value of the `p` parameter.
            seed: If specified, the backend will make a best effort to sample tokens
                deterministically, such that repeated requests with the same
                seed and parameters should return the same result. However,
                determinism cannot be totally guaranteed.
            frequency_penalty: Defaults to `0.0`, min value of `0.0`, max value of `1.0`.
                Used to reduce repetitiveness of generated tokens. The higher the value, the stronger a penalty is applied to previously present tokens, proportional to how many times they have already appeared in the prompt or prior generation.
            presence_penalty: Defaults to `0.0`, min value of `0.0`, max value of `1.0`.
                Used to reduce repetitiveness of generated tokens. Similar to `frequency_penalty`, except that this penalty is applied equally to all tokens that have already appeared, regardless of their exact frequencies.
            k: Ensures that only the top `k` most likely tokens are considered for generation at each step. When `k` is set to `0`, k-sampling is disabled.
                Defaults to `0`, min value of `0`, max value of `500`.
            p: Ensures that only the most likely tokens, with total probability mass of `p`, are considered for generation at each step. If both `k` and `p` are enabled, `p` acts after `k`.
                Defaults to `0.75`. min value of `0.01`, max value of `0.99`.
            logprobs: Defaults to `false`. When set to `true`, the log probabilities of the generated tokens will be included in the response.
            tool_choice: Used to control whether or not the model will be forced to use a tool when answering. When `REQUIRED` is specified, the model will be forced to use at least one of the user-defined tools, and the `tools` parameter must be passed in the request.
                When `NONE` is specified, the model will be forced **not** to use one of the specified tools, and give a direct response.
                If tool_choice isn't specified, then the model is free to choose whether to use the specified tools or not.

                **Note**: This parameter is only compatible with models [Command-r7b](https://docs.cohere.com/v2/docs/command-r7b) and newer.
            thinking: Configuration for [reasoning features](https://docs.cohere.com/docs/reasoning).
            priority: Controls how early the request is handled. Lower numbers indicate higher priority (default: 0, the highest). When the system is under load, higher-priority requests are processed first and are the least likely to be dropped.
            strict_tools: When set to `true`, tool calls in the Assistant message will be forced to follow the tool definition strictly. Learn more in the [Structured Outputs (Tools) guide](https://docs.cohere.com/docs/structured-outputs-json#structured-outputs-tools).

                **Note**: The first few requests with a new set of tools will take longer to process.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        from .types.chat_response import ChatResponse

        response: ChatResponse = self._client.request(
            "POST",
            "/v2/chat",
            body={
                "model": model,
                "messages": messages,
                "tools": tools,
                "documents": documents,
                "citation_options": citation_options,
                "response_format": response_format,
                "safety_mode": safety_mode,
                "max_tokens": max_tokens,
                "stop_sequences": stop_sequences,
                "temperature": temperature,
                "seed": seed,
                "frequency_penalty": frequency_penalty,
                "presence_penalty": presence_penalty,
                "k": k,
                "p": p,
                "logprobs": logprobs,
                "tool_choice": tool_choice,
                "thinking": thinking,
                "priority": priority,
                "strict_tools": strict_tools,
                "stream": False,
            },
            response_type=ChatResponse,
            options=request_options,
        )
        return response

    def chat_stream(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessage | Mapping[str, Any]],
        tools: Sequence[ChatTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        documents: Sequence[str | InputDocument | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        citation_options: CitationOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        response_format: ChatResponseFormat | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        safety_mode: Literal["CONTEXTUAL", "STRICT", "OFF"] | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        k: int | NotGiven = NOT_GIVEN,
        p: float | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven = NOT_GIVEN,
        tool_choice: Literal["REQUIRED", "NONE"] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        strict_tools: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> Stream[StreamedChatResponse | UnknownEvent]:
        """Chat

        Generates a text response to a user message and streams it down, token by token. To learn how to use the Chat API with streaming follow our [Text Generation guides](https://docs.cohere.com/v2/docs/chat-api).

        Follow the [Migration Guide](https://docs.cohere.com/v2/docs/migrating-v1-to-v2) for instructions on moving from API v1 to API v2.

        Streams the response: iterate over the returned stream to receive each event as it arrives; use it as a context manager to close the connection early.

        Args:
            model: The name of a compatible [Cohere model](https://docs.cohere.com/v2/docs/models).
            messages: A list of chat messages in chronological order, representing a conversation between the user and the model.

                Messages can be from `User`, `Assistant`, `Tool` and `System` roles. Learn more about messages and roles in [the Chat API guide](https://docs.cohere.com/v2/docs/chat-api).
            tools: A list of tools (functions) available to the model. The model response may contain 'tool_calls' to the specified tools.

                Learn more in the [Tool Use guide](https://docs.cohere.com/docs/tools).
            documents: A list of relevant documents that the model can cite to generate a more accurate reply. Each document is either a string or document object with content and metadata.
            citation_options: Options for controlling citation generation.
            response_format: Configuration for forcing the model output to adhere to the specified format. Supported on [Command R](https://docs.cohere.com/v2/docs/command-r), [Command R+](https://docs.cohere.com/v2/docs/command-r-plus) and newer models.

                The model can be forced into outputting JSON objects by setting `{ "type": "json_object" }`.

                A [JSON Schema](https://json-schema.org/) can optionally be provided, to ensure a specific structure.

                **Note**: When using `{ "type": "json_object" }` your `message` should always explicitly instruct the model to generate a JSON (eg: _"Generate a JSON ..."_) . Otherwise the model may end up getting stuck generating an infinite stream of characters and eventually run out of context length.

                **Note**: When `json_schema` is not specified, the generated object can have up to 5 layers of nesting.

                **Limitation**: The parameter is not supported when used in combinations with the `documents` or `tools` parameters.
            safety_mode: Used to select the [safety instruction](https://docs.cohere.com/v2/docs/safety-modes) inserted into the prompt. Defaults to `CONTEXTUAL`.
                When `OFF` is specified, the safety instruction will be omitted.

                Safety modes are not yet configurable in combination with `tools` and `documents` parameters.

                **Note**: This parameter is only compatible newer Cohere models, starting with [Command R 08-2024](https://docs.cohere.com/docs/command-r#august-2024-release) and [Command R+ 08-2024](https://docs.cohere.com/docs/command-r-plus#august-2024-release).

                **Note**: `command-r7b-12-2024` and newer models only support `"CONTEXTUAL"` and `"STRICT"` modes.
            max_tokens: The maximum number of output tokens the model will generate in the response. If not set, `max_tokens` defaults to the model's maximum output token limit. You can find the maximum output token limits for each model in the [model documentation](https://docs.cohere.com/docs/models).

                **Note**: Setting a low value may result in incomplete generations. In such cases, the `finish_reason` field in the response will be set to `"MAX_TOKENS"`.

                **Note**: If `max_tokens` is set higher than the model's maximum output token limit, the generation will be capped at that model-specific maximum limit.
            stop_sequences: A list of up to 5 strings that the model will use to stop generation. If the model generates a string that matches any of the strings in the list, it will stop generating tokens and return the generated text up to that point not including the stop sequence.
            temperature: Defaults to `0.3`.

                A non-negative float that tunes the degree of randomness in generation. Lower temperatures mean less random generations, and higher temperatures mean more random generations.

                Randomness can be further maximized by increasing the value of the `p` parameter.
            seed: If specified, the backend will make a best effort to sample tokens
                deterministically, such that repeated requests with the same
                seed and parameters should return the same result. However,
                determinism cannot be totally guaranteed.
            frequency_penalty: Defaults to `0.0`, min value of `0.0`, max value of `1.0`.
                Used to reduce repetitiveness of generated tokens. The higher the value, the stronger a penalty is applied to previously present tokens, proportional to how many times they have already appeared in the prompt or prior generation.
            presence_penalty: Defaults to `0.0`, min value of `0.0`, max value of `1.0`.
                Used to reduce repetitiveness of generated tokens. Similar to `frequency_penalty`, except that this penalty is applied equally to all tokens that have already appeared, regardless of their exact frequencies.
            k: Ensures that only the top `k` most likely tokens are considered for generation at each step. When `k` is set to `0`, k-sampling is disabled.
                Defaults to `0`, min value of `0`, max value of `500`.
            p: Ensures that only the most likely tokens, with total probability mass of `p`, are considered for generation at each step. If both `k` and `p` are enabled, `p` acts after `k`.
                Defaults to `0.75`. min value of `0.01`, max value of `0.99`.
            logprobs: Defaults to `false`. When set to `true`, the log probabilities of the generated tokens will be included in the response.
            tool_choice: Used to control whether or not the model will be forced to use a tool when answering. When `REQUIRED` is specified, the model will be forced to use at least one of the user-defined tools, and the `tools` parameter must be passed in the request.
                When `NONE` is specified, the model will be forced **not** to use one of the specified tools, and give a direct response.
                If tool_choice isn't specified, then the model is free to choose whether to use the specified tools or not.

                **Note**: This parameter is only compatible with models [Command-r7b](https://docs.cohere.com/v2/docs/command-r7b) and newer.
            thinking: Configuration for [reasoning features](https://docs.cohere.com/docs/reasoning).
            priority: Controls how early the request is handled. Lower numbers indicate higher priority (default: 0, the highest). When the system is under load, higher-priority requests are processed first and are the least likely to be dropped.
            strict_tools: When set to `true`, tool calls in the Assistant message will be forced to follow the tool definition strictly. Learn more in the [Structured Outputs (Tools) guide](https://docs.cohere.com/docs/structured-outputs-json#structured-outputs-tools).

                **Note**: The first few requests with a new set of tools will take longer to process.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        return self._client.stream(
            "POST",
            "/v2/chat",
            body={
                "model": model,
                "messages": messages,
                "tools": tools,
                "documents": documents,
                "citation_options": citation_options,
                "response_format": response_format,
                "safety_mode": safety_mode,
                "max_tokens": max_tokens,
                "stop_sequences": stop_sequences,
                "temperature": temperature,
                "seed": seed,
                "frequency_penalty": frequency_penalty,
                "presence_penalty": presence_penalty,
                "k": k,
                "p": p,
                "logprobs": logprobs,
                "tool_choice": tool_choice,
                "thinking": thinking,
                "priority": priority,
                "strict_tools": strict_tools,
                "stream": True,
            },
            decoder=_chat_stream_events(),
            options=request_options,
        )


class ClientV2WithRawResponse(ClientWithRawResponse):
    def __init__(self, client: ClientV2) -> None:
        super().__init__(client)
        self.chat = to_raw_response_wrapper(client.chat)


class AsyncClientV2(AsyncClient):
    """Client of the Cohere API v2; the v1 endpoints stay reachable from it."""

    @cached_property
    def with_raw_response(self) -> AsyncClientV2WithRawResponse:
        """The same operations, returning the raw response (status, headers, parsed body)."""
        return AsyncClientV2WithRawResponse(self)

    async def chat(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessage | Mapping[str, Any]],
        tools: Sequence[ChatTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        documents: Sequence[str | InputDocument | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        citation_options: CitationOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        response_format: ChatResponseFormat | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        safety_mode: Literal["CONTEXTUAL", "STRICT", "OFF"] | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        k: int | NotGiven = NOT_GIVEN,
        p: float | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven = NOT_GIVEN,
        tool_choice: Literal["REQUIRED", "NONE"] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        strict_tools: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> ChatResponse:
        """Chat

        Generates a text response to a user message and streams it down, token by token. To learn how to use the Chat API with streaming follow our [Text Generation guides](https://docs.cohere.com/v2/docs/chat-api).

        Follow the [Migration Guide](https://docs.cohere.com/v2/docs/migrating-v1-to-v2) for instructions on moving from API v1 to API v2.

        Args:
            model: The name of a compatible [Cohere model](https://docs.cohere.com/v2/docs/models).
            messages: A list of chat messages in chronological order, representing a conversation between the user and the model.

                Messages can be from `User`, `Assistant`, `Tool` and `System` roles. Learn more about messages and roles in [the Chat API guide](https://docs.cohere.com/v2/docs/chat-api).
            tools: A list of tools (functions) available to the model. The model response may contain 'tool_calls' to the specified tools.

                Learn more in the [Tool Use guide](https://docs.cohere.com/docs/tools).
            documents: A list of relevant documents that the model can cite to generate a more accurate reply. Each document is either a string or document object with content and metadata.
            citation_options: Options for controlling citation generation.
            response_format: Configuration for forcing the model output to adhere to the specified format. Supported on [Command R](https://docs.cohere.com/v2/docs/command-r), [Command R+](https://docs.cohere.com/v2/docs/command-r-plus) and newer models.

                The model can be forced into outputting JSON objects by setting `{ "type": "json_object" }`.

                A [JSON Schema](https://json-schema.org/) can optionally be provided, to ensure a specific structure.

                **Note**: When using `{ "type": "json_object" }` your `message` should always explicitly instruct the model to generate a JSON (eg: _"Generate a JSON ..."_) . Otherwise the model may end up getting stuck generating an infinite stream of characters and eventually run out of context length.

                **Note**: When `json_schema` is not specified, the generated object can have up to 5 layers of nesting.

                **Limitation**: The parameter is not supported when used in combinations with the `documents` or `tools` parameters.
            safety_mode: Used to select the [safety instruction](https://docs.cohere.com/v2/docs/safety-modes) inserted into the prompt. Defaults to `CONTEXTUAL`.
                When `OFF` is specified, the safety instruction will be omitted.

                Safety modes are not yet configurable in combination with `tools` and `documents` parameters.

                **Note**: This parameter is only compatible newer Cohere models, starting with [Command R 08-2024](https://docs.cohere.com/docs/command-r#august-2024-release) and [Command R+ 08-2024](https://docs.cohere.com/docs/command-r-plus#august-2024-release).

                **Note**: `command-r7b-12-2024` and newer models only support `"CONTEXTUAL"` and `"STRICT"` modes.
            max_tokens: The maximum number of output tokens the model will generate in the response. If not set, `max_tokens` defaults to the model's maximum output token limit. You can find the maximum output token limits for each model in the [model documentation](https://docs.cohere.com/docs/models).

                **Note**: Setting a low value may result in incomplete generations. In such cases, the `finish_reason` field in the response will be set to `"MAX_TOKENS"`.

                **Note**: If `max_tokens` is set higher than the model's maximum output token limit, the generation will be capped at that model-specific maximum limit.
            stop_sequences: A list of up to 5 strings that the model will use to stop generation. If the model generates a string that matches any of the strings in the list, it will stop generating tokens and return the generated text up to that point not including the stop sequence.
            temperature: Defaults to `0.3`.

                A non-negative float that tunes the degree of randomness in generation. Lower temperatures mean less random generations, and higher temperatures mean more random generations.

                Randomness can be further maximized by increasing the value of the `p` parameter.
            seed: If specified, the backend will make a best effort to sample tokens
                deterministically, such that repeated requests with the same
                seed and parameters should return the same result. However,
                determinism cannot be totally guaranteed.
            frequency_penalty: Defaults to `0.0`, min value of `0.0`, max value of `1.0`.
                Used to reduce repetitiveness of generated tokens. The higher the value, the stronger a penalty is applied to previously present tokens, proportional to how many times they have already appeared in the prompt or prior generation.
            presence_penalty: Defaults to `0.0`, min value of `0.0`, max value of `1.0`.
                Used to reduce repetitiveness of generated tokens. Similar to `frequency_penalty`, except that this penalty is applied equally to all tokens that have already appeared, regardless of their exact frequencies.
            k: Ensures that only the top `k` most likely tokens are considered for generation at each step. When `k` is set to `0`, k-sampling is disabled.
                Defaults to `0`, min value of `0`, max value of `500`.
            p: Ensures that only the most likely tokens, with total probability mass of `p`, are considered for generation at each step. If both `k` and `p` are enabled, `p` acts after `k`.
                Defaults to `0.75`. min value of `0.01`, max value of `0.99`.
            logprobs: Defaults to `false`. When set to `true`, the log probabilities of the generated tokens will be included in the response.
            tool_choice: Used to control whether or not the model will be forced to use a tool when answering. When `REQUIRED` is specified, the model will be forced to use at least one of the user-defined tools, and the `tools` parameter must be passed in the request.
                When `NONE` is specified, the model will be forced **not** to use one of the specified tools, and give a direct response.
                If tool_choice isn't specified, then the model is free to choose whether to use the specified tools or not.

                **Note**: This parameter is only compatible with models [Command-r7b](https://docs.cohere.com/v2/docs/command-r7b) and newer.
            thinking: Configuration for [reasoning features](https://docs.cohere.com/docs/reasoning).
            priority: Controls how early the request is handled. Lower numbers indicate higher priority (default: 0, the highest). When the system is under load, higher-priority requests are processed first and are the least likely to be dropped.
            strict_tools: When set to `true`, tool calls in the Assistant message will be forced to follow the tool definition strictly. Learn more in the [Structured Outputs (Tools) guide](https://docs.cohere.com/docs/structured-outputs-json#structured-outputs-tools).

                **Note**: The first few requests with a new set of tools will take longer to process.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        from .types.chat_response import ChatResponse

        response: ChatResponse = await self._client.request(
            "POST",
            "/v2/chat",
            body={
                "model": model,
                "messages": messages,
                "tools": tools,
                "documents": documents,
                "citation_options": citation_options,
                "response_format": response_format,
                "safety_mode": safety_mode,
                "max_tokens": max_tokens,
                "stop_sequences": stop_sequences,
                "temperature": temperature,
                "seed": seed,
                "frequency_penalty": frequency_penalty,
                "presence_penalty": presence_penalty,
                "k": k,
                "p": p,
                "logprobs": logprobs,
                "tool_choice": tool_choice,
                "thinking": thinking,
                "priority": priority,
                "strict_tools": strict_tools,
                "stream": False,
            },
            response_type=ChatResponse,
            options=request_options,
        )
        return response

    def chat_stream(
        self,
        *,
        model: str,
        messages: Sequence[ChatMessage | Mapping[str, Any]],
        tools: Sequence[ChatTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        documents: Sequence[str | InputDocument | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        citation_options: CitationOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        response_format: ChatResponseFormat | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        safety_mode: Literal["CONTEXTUAL", "STRICT", "OFF"] | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        stop_sequences: Sequence[str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        k: int | NotGiven = NOT_GIVEN,
        p: float | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven = NOT_GIVEN,
        tool_choice: Literal["REQUIRED", "NONE"] | NotGiven = NOT_GIVEN,
        thinking: ThinkingConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        strict_tools: bool | NotGiven = NOT_GIVEN,
        request_options: RequestOptions | None = None,
    ) -> LazyAsyncStream[StreamedChatResponse | UnknownEvent]:
        """Chat

        Generates a text response to a user message and streams it down, token by token. To learn how to use the Chat API with streaming follow our [Text Generation guides](https://docs.cohere.com/v2/docs/chat-api).

        Follow the [Migration Guide](https://docs.cohere.com/v2/docs/migrating-v1-to-v2) for instructions on moving from API v1 to API v2.

        Streams the response: `async for event in` the result to receive each event as it arrives (the request is sent then), or use it with `async with` to close the connection early.

        Args:
            model: The name of a compatible [Cohere model](https://docs.cohere.com/v2/docs/models).
            messages: A list of chat messages in chronological order, representing a conversation between the user and the model.

                Messages can be from `User`, `Assistant`, `Tool` and `System` roles. Learn more about messages and roles in [the Chat API guide](https://docs.cohere.com/v2/docs/chat-api).
            tools: A list of tools (functions) available to the model. The model response may contain 'tool_calls' to the specified tools.

                Learn more in the [Tool Use guide](https://docs.cohere.com/docs/tools).
            documents: A list of relevant documents that the model can cite to generate a more accurate reply. Each document is either a string or document object with content and metadata.
            citation_options: Options for controlling citation generation.
            response_format: Configuration for forcing the model output to adhere to the specified format. Supported on [Command R](https://docs.cohere.com/v2/docs/command-r), [Command R+](https://docs.cohere.com/v2/docs/command-r-plus) and newer models.

                The model can be forced into outputting JSON objects by setting `{ "type": "json_object" }`.

                A [JSON Schema](https://json-schema.org/) can optionally be provided, to ensure a specific structure.

                **Note**: When using `{ "type": "json_object" }` your `message` should always explicitly instruct the model to generate a JSON (eg: _"Generate a JSON ..."_) . Otherwise the model may end up getting stuck generating an infinite stream of characters and eventually run out of context length.

                **Note**: When `json_schema` is not specified, the generated object can have up to 5 layers of nesting.

                **Limitation**: The parameter is not supported when used in combinations with the `documents` or `tools` parameters.
            safety_mode: Used to select the [safety instruction](https://docs.cohere.com/v2/docs/safety-modes) inserted into the prompt. Defaults to `CONTEXTUAL`.
                When `OFF` is specified, the safety instruction will be omitted.

                Safety modes are not yet configurable in combination with `tools` and `documents` parameters.

                **Note**: This parameter is only compatible newer Cohere models, starting with [Command R 08-2024](https://docs.cohere.com/docs/command-r#august-2024-release) and [Command R+ 08-2024](https://docs.cohere.com/docs/command-r-plus#august-2024-release).

                **Note**: `command-r7b-12-2024` and newer models only support `"CONTEXTUAL"` and `"STRICT"` modes.
            max_tokens: The maximum number of output tokens the model will generate in the response. If not set, `max_tokens` defaults to the model's maximum output token limit. You can find the maximum output token limits for each model in the [model documentation](https://docs.cohere.com/docs/models).

                **Note**: Setting a low value may result in incomplete generations. In such cases, the `finish_reason` field in the response will be set to `"MAX_TOKENS"`.

                **Note**: If `max_tokens` is set higher than the model's maximum output token limit, the generation will be capped at that model-specific maximum limit.
            stop_sequences: A list of up to 5 strings that the model will use to stop generation. If the model generates a string that matches any of the strings in the list, it will stop generating tokens and return the generated text up to that point not including the stop sequence.
            temperature: Defaults to `0.3`.

                A non-negative float that tunes the degree of randomness in generation. Lower temperatures mean less random generations, and higher temperatures mean more random generations.

                Randomness can be further maximized by increasing the value of the `p` parameter.
            seed: If specified, the backend will make a best effort to sample tokens
                deterministically, such that repeated requests with the same
                seed and parameters should return the same result. However,
                determinism cannot be totally guaranteed.
            frequency_penalty: Defaults to `0.0`, min value of `0.0`, max value of `1.0`.
                Used to reduce repetitiveness of generated tokens. The higher the value, the stronger a penalty is applied to previously present tokens, proportional to how many times they have already appeared in the prompt or prior generation.
            presence_penalty: Defaults to `0.0`, min value of `0.0`, max value of `1.0`.
                Used to reduce repetitiveness of generated tokens. Similar to `frequency_penalty`, except that this penalty is applied equally to all tokens that have already appeared, regardless of their exact frequencies.
            k: Ensures that only the top `k` most likely tokens are considered for generation at each step. When `k` is set to `0`, k-sampling is disabled.
                Defaults to `0`, min value of `0`, max value of `500`.
            p: Ensures that only the most likely tokens, with total probability mass of `p`, are considered for generation at each step. If both `k` and `p` are enabled, `p` acts after `k`.
                Defaults to `0.75`. min value of `0.01`, max value of `0.99`.
            logprobs: Defaults to `false`. When set to `true`, the log probabilities of the generated tokens will be included in the response.
            tool_choice: Used to control whether or not the model will be forced to use a tool when answering. When `REQUIRED` is specified, the model will be forced to use at least one of the user-defined tools, and the `tools` parameter must be passed in the request.
                When `NONE` is specified, the model will be forced **not** to use one of the specified tools, and give a direct response.
                If tool_choice isn't specified, then the model is free to choose whether to use the specified tools or not.

                **Note**: This parameter is only compatible with models [Command-r7b](https://docs.cohere.com/v2/docs/command-r7b) and newer.
            thinking: Configuration for [reasoning features](https://docs.cohere.com/docs/reasoning).
            priority: Controls how early the request is handled. Lower numbers indicate higher priority (default: 0, the highest). When the system is under load, higher-priority requests are processed first and are the least likely to be dropped.
            strict_tools: When set to `true`, tool calls in the Assistant message will be forced to follow the tool definition strictly. Learn more in the [Structured Outputs (Tools) guide](https://docs.cohere.com/docs/structured-outputs-json#structured-outputs-tools).

                **Note**: The first few requests with a new set of tools will take longer to process.

        Raises:
            ApiStatusError: for an error status, as its subclass: BadRequestError (400),
                UnauthorizedError (401), ForbiddenError (403), NotFoundError (404),
                UnprocessableEntityError (422), TooManyRequestsError (429), InvalidTokenError (498),
                ClientClosedRequestError (499), InternalServerError (500), ApiNotImplementedError
                (501), ServiceUnavailableError (503), GatewayTimeoutError (504).
            ApiConnectionError: when the API cannot be reached (ApiTimeoutError: not in time).
        """
        return LazyAsyncStream(
            partial(
                self._client.stream,
                "POST",
                "/v2/chat",
                body={
                    "model": model,
                    "messages": messages,
                    "tools": tools,
                    "documents": documents,
                    "citation_options": citation_options,
                    "response_format": response_format,
                    "safety_mode": safety_mode,
                    "max_tokens": max_tokens,
                    "stop_sequences": stop_sequences,
                    "temperature": temperature,
                    "seed": seed,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "k": k,
                    "p": p,
                    "logprobs": logprobs,
                    "tool_choice": tool_choice,
                    "thinking": thinking,
                    "priority": priority,
                    "strict_tools": strict_tools,
                    "stream": True,
                },
                decoder=_chat_stream_events(),
                options=request_options,
            )
        )


class AsyncClientV2WithRawResponse(AsyncClientWithRawResponse):
    def __init__(self, client: AsyncClientV2) -> None:
        super().__init__(client)
        self.chat = async_to_raw_response_wrapper(client.chat)
