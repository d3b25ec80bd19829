"""Cohere API: a typed Python client (generated; do not edit).

The Cohere API: text generation, classification, tokenization, models, connectors, datasets and fine-tuning.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._client import AsyncClient, AsyncClientV2, Client, ClientV2
from ._runtime import (
    NOT_GIVEN,
    ApiResponse,
    AsyncStream,
    LazyAsyncStream,
    NotGiven,
    RequestOptions,
    Stream,
    UnknownEvent,
)
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiNotImplementedError,
    ApiResponseTooLargeError,
    ApiResponseValidationError,
    ApiStatusError,
    ApiTimeoutError,
    BadRequestError,
    ClientClosedRequestError,
    ForbiddenError,
    GatewayTimeoutError,
    InternalServerError,
    InvalidTokenError,
    MissingApiKeyError,
    MissingCredentialError,
    NotFoundError,
    ServiceUnavailableError,
    TooManyRequestsError,
    UnauthorizedError,
    UnprocessableEntityError,
)

if TYPE_CHECKING:
    from . import types as types
    from .types._base import UnknownVariant as UnknownVariant
    from .types.api_meta import ApiMeta as ApiMeta
    from .types.api_meta_api_version import ApiMetaApiVersion as ApiMetaApiVersion
    from .types.api_meta_billed_units import ApiMetaBilledUnits as ApiMetaBilledUnits
    from .types.api_meta_tokens import ApiMetaTokens as ApiMetaTokens
    from .types.assistant_message import AssistantMessage as AssistantMessage
    from .types.assistant_message_content_item import (
        AssistantMessageContentItem as AssistantMessageContentItem,
    )
    from .types.assistant_message_response import (
        AssistantMessageResponse as AssistantMessageResponse,
    )
    from .types.auth_token_type import AuthTokenType as AuthTokenType
    from .types.base_model import BaseModel as BaseModel
    from .types.base_type import BaseType as BaseType
    from .types.chat_citation_end_event import ChatCitationEndEvent as ChatCitationEndEvent
    from .types.chat_citation_start_event import ChatCitationStartEvent as ChatCitationStartEvent
    from .types.chat_citation_start_event_delta import (
        ChatCitationStartEventDelta as ChatCitationStartEventDelta,
    )
    from .types.chat_citation_start_event_delta_message import (
        ChatCitationStartEventDeltaMessage as ChatCitationStartEventDeltaMessage,
    )
    from .types.chat_content_delta_event import ChatContentDeltaEvent as ChatContentDeltaEvent
    from .types.chat_content_delta_event_delta import (
        ChatContentDeltaEventDelta as ChatContentDeltaEventDelta,
    )
    from .types.chat_content_delta_event_delta_message import (
        ChatContentDeltaEventDeltaMessage as ChatContentDeltaEventDeltaMessage,
    )
    from .types.chat_content_delta_event_delta_message_content import (
        ChatContentDeltaEventDeltaMessageContent as ChatContentDeltaEventDeltaMessageContent,
    )
    from .types.chat_content_end_event import ChatContentEndEvent as ChatContentEndEvent
    from .types.chat_content_start_event import ChatContentStartEvent as ChatContentStartEvent
    from .types.chat_content_start_event_delta import (
        ChatContentStartEventDelta as ChatContentStartEventDelta,
    )
    from .types.chat_content_start_event_delta_message import (
        ChatContentStartEventDeltaMessage as ChatContentStartEventDeltaMessage,
    )
    from .types.chat_content_start_event_delta_message_content import (
        ChatContentStartEventDeltaMessageContent as ChatContentStartEventDeltaMessageContent,
    )
    from .types.chat_debug_event import ChatDebugEvent as ChatDebugEvent
    from .types.chat_finish_reason import ChatFinishReason as ChatFinishReason
    from .types.chat_message import ChatMessage as ChatMessage
    from .types.chat_message_end_event import ChatMessageEndEvent as ChatMessageEndEvent
    from .types.chat_message_end_event_delta import (
        ChatMessageEndEventDelta as ChatMessageEndEventDelta,
    )
    from .types.chat_message_start_event import ChatMessageStartEvent as ChatMessageStartEvent
    from .types.chat_message_start_event_delta import (
        ChatMessageStartEventDelta as ChatMessageStartEventDelta,
    )
    from .types.chat_message_start_event_delta_message import (
        ChatMessageStartEventDeltaMessage as ChatMessageStartEventDeltaMessage,
    )
    from .types.chat_messages import ChatMessages as ChatMessages
    from .types.chat_request import ChatRequest as ChatRequest
    from .types.chat_response import ChatResponse as ChatResponse
    from .types.chat_response_format import ChatResponseFormat as ChatResponseFormat
    from .types.chat_tool import ChatTool as ChatTool
    from .types.chat_tool_call import ChatToolCall as ChatToolCall
    from .types.chat_tool_call_delta_event import ChatToolCallDeltaEvent as ChatToolCallDeltaEvent
    from .types.chat_tool_call_delta_event_delta import (
        ChatToolCallDeltaEventDelta as ChatToolCallDeltaEventDelta,
    )
    from .types.chat_tool_call_delta_event_delta_message import (
        ChatToolCallDeltaEventDeltaMessage as ChatToolCallDeltaEventDeltaMessage,
    )
    from .types.chat_tool_call_delta_event_delta_message_tool_calls import (
        ChatToolCallDeltaEventDeltaMessageToolCalls as ChatToolCallDeltaEventDeltaMessageToolCalls,
    )
    from .types.chat_tool_call_delta_event_delta_message_tool_calls_function import (
        ChatToolCallDeltaEventDeltaMessageToolCallsFunction as ChatToolCallDeltaEventDeltaMessageToolCallsFunction,
    )
    from .types.chat_tool_call_end_event import ChatToolCallEndEvent as ChatToolCallEndEvent
    from .types.chat_tool_call_function import ChatToolCallFunction as ChatToolCallFunction
    from .types.chat_tool_call_start_event import ChatToolCallStartEvent as ChatToolCallStartEvent
    from .types.chat_tool_call_start_event_delta import (
        ChatToolCallStartEventDelta as ChatToolCallStartEventDelta,
    )
    from .types.chat_tool_call_start_event_delta_message import (
        ChatToolCallStartEventDeltaMessage as ChatToolCallStartEventDeltaMessage,
    )
    from .types.chat_tool_function import ChatToolFunction as ChatToolFunction
    from .types.chat_tool_plan_delta_event import ChatToolPlanDeltaEvent as ChatToolPlanDeltaEvent
    from .types.chat_tool_plan_delta_event_delta import (
        ChatToolPlanDeltaEventDelta as ChatToolPlanDeltaEventDelta,
    )
    from .types.chat_tool_plan_delta_event_delta_message import (
        ChatToolPlanDeltaEventDeltaMessage as ChatToolPlanDeltaEventDeltaMessage,
    )
    from .types.citation import Citation as Citation
    from .types.citation_options import CitationOptions as CitationOptions
    from .types.citation_source import CitationSource as CitationSource
    from .types.citation_type import CitationType as CitationType
    from .types.classify_example import ClassifyExample as ClassifyExample
    from .types.classify_request_truncate import ClassifyRequestTruncate as ClassifyRequestTruncate
    from .types.classify_response import ClassifyResponse as ClassifyResponse
    from .types.classify_response_classifications_item import (
        ClassifyResponseClassificationsItem as ClassifyResponseClassificationsItem,
    )
    from .types.classify_response_classifications_item_classification_type import (
        ClassifyResponseClassificationsItemClassificationType as ClassifyResponseClassificationsItemClassificationType,
    )
    from .types.classify_response_classifications_item_labels import (
        ClassifyResponseClassificationsItemLabels as ClassifyResponseClassificationsItemLabels,
    )
    from .types.compatible_endpoint import CompatibleEndpoint as CompatibleEndpoint
    from .types.connector import Connector as Connector
    from .types.connector_auth_status import ConnectorAuthStatus as ConnectorAuthStatus
    from .types.connector_o_auth import ConnectorOAuth as ConnectorOAuth
    from .types.create_connector_o_auth import CreateConnectorOAuth as CreateConnectorOAuth
    from .types.create_connector_request import CreateConnectorRequest as CreateConnectorRequest
    from .types.create_connector_response import CreateConnectorResponse as CreateConnectorResponse
    from .types.create_connector_service_auth import (
        CreateConnectorServiceAuth as CreateConnectorServiceAuth,
    )
    from .types.create_finetuned_model_response import (
        CreateFinetunedModelResponse as CreateFinetunedModelResponse,
    )
    from .types.datasets_delete_response import DatasetsDeleteResponse as DatasetsDeleteResponse
    from .types.delete_connector_response import DeleteConnectorResponse as DeleteConnectorResponse
    from .types.detokenize_response import DetokenizeResponse as DetokenizeResponse
    from .types.document_citation_source import DocumentCitationSource as DocumentCitationSource
    from .types.document_content import DocumentContent as DocumentContent
    from .types.finetuned_model import FinetunedModel as FinetunedModel
    from .types.get_connector_response import GetConnectorResponse as GetConnectorResponse
    from .types.get_model_response import GetModelResponse as GetModelResponse
    from .types.hyperparameters import Hyperparameters as Hyperparameters
    from .types.image_url import ImageUrl as ImageUrl
    from .types.image_url_content import ImageUrlContent as ImageUrlContent
    from .types.input_document import InputDocument as InputDocument
    from .types.json_object_response_format import (
        JsonObjectResponseFormat as JsonObjectResponseFormat,
    )
    from .types.list_connectors_response import ListConnectorsResponse as ListConnectorsResponse
    from .types.list_finetuned_models_response import (
        ListFinetunedModelsResponse as ListFinetunedModelsResponse,
    )
    from .types.list_models_response import ListModelsResponse as ListModelsResponse
    from .types.logprob_item import LogprobItem as LogprobItem
    from .types.lora_target_modules import LoraTargetModules as LoraTargetModules
    from .types.o_auth_authorize_response import OAuthAuthorizeResponse as OAuthAuthorizeResponse
    from .types.settings import Settings as Settings
    from .types.status import Status as Status
    from .types.strategy import Strategy as Strategy
    from .types.streamed_chat_response import StreamedChatResponse as StreamedChatResponse
    from .types.system_message import SystemMessage as SystemMessage
    from .types.text_content import TextContent as TextContent
    from .types.text_response_format import TextResponseFormat as TextResponseFormat
    from .types.thinking_config import ThinkingConfig as ThinkingConfig
    from .types.thinking_content import ThinkingContent as ThinkingContent
    from .types.tokenize_response import TokenizeResponse as TokenizeResponse
    from .types.tool_citation_source import ToolCitationSource as ToolCitationSource
    from .types.tool_message import ToolMessage as ToolMessage
    from .types.tool_message_content_item import ToolMessageContentItem as ToolMessageContentItem
    from .types.update_connector_request import UpdateConnectorRequest as UpdateConnectorRequest
    from .types.update_connector_response import UpdateConnectorResponse as UpdateConnectorResponse
    from .types.usage import Usage as Usage
    from .types.usage_billed_units import UsageBilledUnits as UsageBilledUnits
    from .types.usage_tokens import UsageTokens as UsageTokens
    from .types.user_message import UserMessage as UserMessage
    from .types.user_message_content_item import UserMessageContentItem as UserMessageContentItem
    from .types.wandb_config import WandbConfig as WandbConfig

__version__ = "0.1.0"

__all__ = [
    "NOT_GIVEN",
    "ApiConnectionError",
    "ApiError",
    "ApiMeta",
    "ApiMetaApiVersion",
    "ApiMetaBilledUnits",
    "ApiMetaTokens",
    "ApiNotImplementedError",
    "ApiResponse",
    "ApiResponseTooLargeError",
    "ApiResponseValidationError",
    "ApiStatusError",
    "ApiTimeoutError",
    "AssistantMessage",
    "AssistantMessageContentItem",
    "AssistantMessageResponse",
    "AsyncClient",
    "AsyncClientV2",
    "AsyncStream",
    "AuthTokenType",
    "BadRequestError",
    "BaseModel",
    "BaseType",
    "ChatCitationEndEvent",
    "ChatCitationStartEvent",
    "ChatCitationStartEventDelta",
    "ChatCitationStartEventDeltaMessage",
    "ChatContentDeltaEvent",
    "ChatContentDeltaEventDelta",
    "ChatContentDeltaEventDeltaMessage",
    "ChatContentDeltaEventDeltaMessageContent",
    "ChatContentEndEvent",
    "ChatContentStartEvent",
    "ChatContentStartEventDelta",
    "ChatContentStartEventDeltaMessage",
    "ChatContentStartEventDeltaMessageContent",
    "ChatDebugEvent",
    "ChatFinishReason",
    "ChatMessage",
    "ChatMessageEndEvent",
    "ChatMessageEndEventDelta",
    "ChatMessageStartEvent",
    "ChatMessageStartEventDelta",
    "ChatMessageStartEventDeltaMessage",
    "ChatMessages",
    "ChatRequest",
    "ChatResponse",
    "ChatResponseFormat",
    "ChatTool",
    "ChatToolCall",
    "ChatToolCallDeltaEvent",
    "ChatToolCallDeltaEventDelta",
    "ChatToolCallDeltaEventDeltaMessage",
    "ChatToolCallDeltaEventDeltaMessageToolCalls",
    "ChatToolCallDeltaEventDeltaMessageToolCallsFunction",
    "ChatToolCallEndEvent",
    "ChatToolCallFunction",
    "ChatToolCallStartEvent",
    "ChatToolCallStartEventDelta",
    "ChatToolCallStartEventDeltaMessage",
    "ChatToolFunction",
    "ChatToolPlanDeltaEvent",
    "ChatToolPlanDeltaEventDelta",
    "ChatToolPlanDeltaEventDeltaMessage",
    "Citation",
    "CitationOptions",
    "CitationSource",
    "CitationType",
    "ClassifyExample",
    "ClassifyRequestTruncate",
    "ClassifyResponse",
    "ClassifyResponseClassificationsItem",
    "ClassifyResponseClassificationsItemClassificationType",
    "ClassifyResponseClassificationsItemLabels",
    "Client",
    "ClientClosedRequestError",
    "ClientV2",
    "CompatibleEndpoint",
    "Connector",
    "ConnectorAuthStatus",
    "ConnectorOAuth",
    "CreateConnectorOAuth",
    "CreateConnectorRequest",
    "CreateConnectorResponse",
    "CreateConnectorServiceAuth",
    "CreateFinetunedModelResponse",
    "DatasetsDeleteResponse",
    "DeleteConnectorResponse",
    "DetokenizeResponse",
    "DocumentCitationSource",
    "DocumentContent",
    "FinetunedModel",
    "ForbiddenError",
    "GatewayTimeoutError",
    "GetConnectorResponse",
    "GetModelResponse",
    "Hyperparameters",
    "ImageUrl",
    "ImageUrlContent",
    "InputDocument",
    "InternalServerError",
    "InvalidTokenError",
    "JsonObjectResponseFormat",
    "LazyAsyncStream",
    "ListConnectorsResponse",
    "ListFinetunedModelsResponse",
    "ListModelsResponse",
    "LogprobItem",
    "LoraTargetModules",
    "MissingApiKeyError",
    "MissingCredentialError",
    "NotFoundError",
    "NotGiven",
    "OAuthAuthorizeResponse",
    "RequestOptions",
    "ServiceUnavailableError",
    "Settings",
    "Status",
    "Strategy",
    "Stream",
    "StreamedChatResponse",
    "SystemMessage",
    "TextContent",
    "TextResponseFormat",
    "ThinkingConfig",
    "ThinkingContent",
    "TokenizeResponse",
    "TooManyRequestsError",
    "ToolCitationSource",
    "ToolMessage",
    "ToolMessageContentItem",
    "UnauthorizedError",
    "UnknownEvent",
    "UnknownVariant",
    "UnprocessableEntityError",
    "UpdateConnectorRequest",
    "UpdateConnectorResponse",
    "Usage",
    "UsageBilledUnits",
    "UsageTokens",
    "UserMessage",
    "UserMessageContentItem",
    "WandbConfig",
]


def __getattr__(name: str) -> Any:
    # Types load on first use (see types/__init__.py), so importing the client stays fast
    # however large the API is. (`from . import types` here would call this hook again.)
    types = importlib.import_module(f"{__name__}.types")
    if name == "types":
        return types
    if name not in types.__all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(types, name)
    globals()[name] = value
    return value
