"""Every type of the API. Each lives in its own module and is imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._base import UnknownVariant as UnknownVariant
    from .api_meta import ApiMeta as ApiMeta
    from .api_meta_api_version import ApiMetaApiVersion as ApiMetaApiVersion
    from .api_meta_billed_units import ApiMetaBilledUnits as ApiMetaBilledUnits
    from .api_meta_tokens import ApiMetaTokens as ApiMetaTokens
    from .assistant_message import AssistantMessage as AssistantMessage
    from .assistant_message_content_item import (
        AssistantMessageContentItem as AssistantMessageContentItem,
    )
    from .assistant_message_response import AssistantMessageResponse as AssistantMessageResponse
    from .auth_token_type import AuthTokenType as AuthTokenType
    from .base_model import BaseModel as BaseModel
    from .base_type import BaseType as BaseType
    from .chat_citation_end_event import ChatCitationEndEvent as ChatCitationEndEvent
    from .chat_citation_start_event import ChatCitationStartEvent as ChatCitationStartEvent
    from .chat_citation_start_event_delta import (
        ChatCitationStartEventDelta as ChatCitationStartEventDelta,
    )
    from .chat_citation_start_event_delta_message import (
        ChatCitationStartEventDeltaMessage as ChatCitationStartEventDeltaMessage,
    )
    from .chat_content_delta_event import ChatContentDeltaEvent as ChatContentDeltaEvent
    from .chat_content_delta_event_delta import (
        ChatContentDeltaEventDelta as ChatContentDeltaEventDelta,
    )
    from .chat_content_delta_event_delta_message import (
        ChatContentDeltaEventDeltaMessage as ChatContentDeltaEventDeltaMessage,
    )
    from .chat_content_delta_event_delta_message_content import (
        ChatContentDeltaEventDeltaMessageContent as ChatContentDeltaEventDeltaMessageContent,
    )
    from .chat_content_end_event import ChatContentEndEvent as ChatContentEndEvent
    from .chat_content_start_event import ChatContentStartEvent as ChatContentStartEvent
    from .chat_content_start_event_delta import (
        ChatContentStartEventDelta as ChatContentStartEventDelta,
    )
    from .chat_content_start_event_delta_message import (
        ChatContentStartEventDeltaMessage as ChatContentStartEventDeltaMessage,
    )
    from .chat_content_start_event_delta_message_content import (
        ChatContentStartEventDeltaMessageContent as ChatContentStartEventDeltaMessageContent,
    )
    from .chat_debug_event import ChatDebugEvent as ChatDebugEvent
    from .chat_finish_reason import ChatFinishReason as ChatFinishReason
    from .chat_message import ChatMessage as ChatMessage
    from .chat_message_end_event import ChatMessageEndEvent as ChatMessageEndEvent
    from .chat_message_end_event_delta import ChatMessageEndEventDelta as ChatMessageEndEventDelta
    from .chat_message_start_event import ChatMessageStartEvent as ChatMessageStartEvent
    from .chat_message_start_event_delta import (
        ChatMessageStartEventDelta as ChatMessageStartEventDelta,
    )
    from .chat_message_start_event_delta_message import (
        ChatMessageStartEventDeltaMessage as ChatMessageStartEventDeltaMessage,
    )
    from .chat_messages import ChatMessages as ChatMessages
    from .chat_request import ChatRequest as ChatRequest
    from .chat_response import ChatResponse as ChatResponse
    from .chat_response_format import ChatResponseFormat as ChatResponseFormat
    from .chat_tool import ChatTool as ChatTool
    from .chat_tool_call import ChatToolCall as ChatToolCall
    from .chat_tool_call_delta_event import ChatToolCallDeltaEvent as ChatToolCallDeltaEvent
    from .chat_tool_call_delta_event_delta import (
        ChatToolCallDeltaEventDelta as ChatToolCallDeltaEventDelta,
    )
    from .chat_tool_call_delta_event_delta_message import (
        ChatToolCallDeltaEventDeltaMessage as ChatToolCallDeltaEventDeltaMessage,
    )
    from .chat_tool_call_delta_event_delta_message_tool_calls import (
        ChatToolCallDeltaEventDeltaMessageToolCalls as ChatToolCallDeltaEventDeltaMessageToolCalls,
    )
    from .chat_tool_call_delta_event_delta_message_tool_calls_function import (
        ChatToolCallDeltaEventDeltaMessageToolCallsFunction as ChatToolCallDeltaEventDeltaMessageToolCallsFunction,
    )
    from .chat_tool_call_end_event import ChatToolCallEndEvent as ChatToolCallEndEvent
    from .chat_tool_call_function import ChatToolCallFunction as ChatToolCallFunction
    from .chat_tool_call_start_event import ChatToolCallStartEvent as ChatToolCallStartEvent
    from .chat_tool_call_start_event_delta import (
        ChatToolCallStartEventDelta as ChatToolCallStartEventDelta,
    )
    from .chat_tool_call_start_event_delta_message import (
        ChatToolCallStartEventDeltaMessage as ChatToolCallStartEventDeltaMessage,
    )
    from .chat_tool_function import ChatToolFunction as ChatToolFunction
    from .chat_tool_plan_delta_event import ChatToolPlanDeltaEvent as ChatToolPlanDeltaEvent
    from .chat_tool_plan_delta_event_delta import (
        ChatToolPlanDeltaEventDelta as ChatToolPlanDeltaEventDelta,
    )
    from .chat_tool_plan_delta_event_delta_message import (
        ChatToolPlanDeltaEventDeltaMessage as ChatToolPlanDeltaEventDeltaMessage,
    )
    from .citation import Citation as Citation
    from .citation_options import CitationOptions as CitationOptions
    from .citation_source import CitationSource as CitationSource
    from .citation_type import CitationType as CitationType
    from .classify_example import ClassifyExample as ClassifyExample
    from .classify_request_truncate import ClassifyRequestTruncate as ClassifyRequestTruncate
    from .classify_response import ClassifyResponse as ClassifyResponse
    from .classify_response_classifications_item import (
        ClassifyResponseClassificationsItem as ClassifyResponseClassificationsItem,
    )
    from .classify_response_classifications_item_classification_type import (
        ClassifyResponseClassificationsItemClassificationType as ClassifyResponseClassificationsItemClassificationType,
    )
    from .classify_response_classifications_item_labels import (
        ClassifyResponseClassificationsItemLabels as ClassifyResponseClassificationsItemLabels,
    )
    from .compatible_endpoint import CompatibleEndpoint as CompatibleEndpoint
    from .connector import Connector as Connector
    from .connector_auth_status import ConnectorAuthStatus as ConnectorAuthStatus
    from .connector_o_auth import ConnectorOAuth as ConnectorOAuth
    from .create_connector_o_auth import CreateConnectorOAuth as CreateConnectorOAuth
    from .create_connector_request import CreateConnectorRequest as CreateConnectorRequest
    from .create_connector_response import CreateConnectorResponse as CreateConnectorResponse
    from .create_connector_service_auth import (
        CreateConnectorServiceAuth as CreateConnectorServiceAuth,
    )
    from .create_finetuned_model_response import (
        CreateFinetunedModelResponse as CreateFinetunedModelResponse,
    )
    from .datasets_delete_response import DatasetsDeleteResponse as DatasetsDeleteResponse
    from .delete_connector_response import DeleteConnectorResponse as DeleteConnectorResponse
    from .detokenize_response import DetokenizeResponse as DetokenizeResponse
    from .document_citation_source import DocumentCitationSource as DocumentCitationSource
    from .document_content import DocumentContent as DocumentContent
    from .finetuned_model import FinetunedModel as FinetunedModel
    from .get_connector_response import GetConnectorResponse as GetConnectorResponse
    from .get_model_response import GetModelResponse as GetModelResponse
    from .hyperparameters import Hyperparameters as Hyperparameters
    from .image_url import ImageUrl as ImageUrl
    from .image_url_content import ImageUrlContent as ImageUrlContent
    from .input_document import InputDocument as InputDocument
    from .json_object_response_format import JsonObjectResponseFormat as JsonObjectResponseFormat
    from .list_connectors_response import ListConnectorsResponse as ListConnectorsResponse
    from .list_finetuned_models_response import (
        ListFinetunedModelsResponse as ListFinetunedModelsResponse,
    )
    from .list_models_response import ListModelsResponse as ListModelsResponse
    from .logprob_item import LogprobItem as LogprobItem
    from .lora_target_modules import LoraTargetModules as LoraTargetModules
    from .o_auth_authorize_response import OAuthAuthorizeResponse as OAuthAuthorizeResponse
    from .settings import Settings as Settings
    from .status import Status as Status
    from .strategy import Strategy as Strategy
    from .streamed_chat_response import StreamedChatResponse as StreamedChatResponse
    from .system_message import SystemMessage as SystemMessage
    from .text_content import TextContent as TextContent
    from .text_response_format import TextResponseFormat as TextResponseFormat
    from .thinking_config import ThinkingConfig as ThinkingConfig
    from .thinking_content import ThinkingContent as ThinkingContent
    from .tokenize_response import TokenizeResponse as TokenizeResponse
    from .tool_citation_source import ToolCitationSource as ToolCitationSource
    from .tool_message import ToolMessage as ToolMessage
    from .tool_message_content_item import ToolMessageContentItem as ToolMessageContentItem
    from .update_connector_request import UpdateConnectorRequest as UpdateConnectorRequest
    from .update_connector_response import UpdateConnectorResponse as UpdateConnectorResponse
    from .usage import Usage as Usage
    from .usage_billed_units import UsageBilledUnits as UsageBilledUnits
    from .usage_tokens import UsageTokens as UsageTokens
    from .user_message import UserMessage as UserMessage
    from .user_message_content_item import UserMessageContentItem as UserMessageContentItem
    from .wandb_config import WandbConfig as WandbConfig

_MODULES: dict[str, str] = {
    "ApiMeta": "api_meta",
    "ApiMetaApiVersion": "api_meta_api_version",
    "ApiMetaBilledUnits": "api_meta_billed_units",
    "ApiMetaTokens": "api_meta_tokens",
    "AssistantMessage": "assistant_message",
    "AssistantMessageContentItem": "assistant_message_content_item",
    "AssistantMessageResponse": "assistant_message_response",
    "AuthTokenType": "auth_token_type",
    "BaseModel": "base_model",
    "BaseType": "base_type",
    "ChatCitationEndEvent": "chat_citation_end_event",
    "ChatCitationStartEvent": "chat_citation_start_event",
    "ChatCitationStartEventDelta": "chat_citation_start_event_delta",
    "ChatCitationStartEventDeltaMessage": "chat_citation_start_event_delta_message",
    "ChatContentDeltaEvent": "chat_content_delta_event",
    "ChatContentDeltaEventDelta": "chat_content_delta_event_delta",
    "ChatContentDeltaEventDeltaMessage": "chat_content_delta_event_delta_message",
    "ChatContentDeltaEventDeltaMessageContent": "chat_content_delta_event_delta_message_content",
    "ChatContentEndEvent": "chat_content_end_event",
    "ChatContentStartEvent": "chat_content_start_event",
    "ChatContentStartEventDelta": "chat_content_start_event_delta",
    "ChatContentStartEventDeltaMessage": "chat_content_start_event_delta_message",
    "ChatContentStartEventDeltaMessageContent": "chat_content_start_event_delta_message_content",
    "ChatDebugEvent": "chat_debug_event",
    "ChatFinishReason": "chat_finish_reason",
    "ChatMessage": "chat_message",
    "ChatMessageEndEvent": "chat_message_end_event",
    "ChatMessageEndEventDelta": "chat_message_end_event_delta",
    "ChatMessageStartEvent": "chat_message_start_event",
    "ChatMessageStartEventDelta": "chat_message_start_event_delta",
    "ChatMessageStartEventDeltaMessage": "chat_message_start_event_delta_message",
    "ChatMessages": "chat_messages",
    "ChatRequest": "chat_request",
    "ChatResponse": "chat_response",
    "ChatResponseFormat": "chat_response_format",
    "ChatTool": "chat_tool",
    "ChatToolCall": "chat_tool_call",
    "ChatToolCallDeltaEvent": "chat_tool_call_delta_event",
    "ChatToolCallDeltaEventDelta": "chat_tool_call_delta_event_delta",
    "ChatToolCallDeltaEventDeltaMessage": "chat_tool_call_delta_event_delta_message",
    "ChatToolCallDeltaEventDeltaMessageToolCalls": "chat_tool_call_delta_event_delta_message_tool_calls",
    "ChatToolCallDeltaEventDeltaMessageToolCallsFunction": "chat_tool_call_delta_event_delta_message_tool_calls_function",
    "ChatToolCallEndEvent": "chat_tool_call_end_event",
    "ChatToolCallFunction": "chat_tool_call_function",
    "ChatToolCallStartEvent": "chat_tool_call_start_event",
    "ChatToolCallStartEventDelta": "chat_tool_call_start_event_delta",
    "ChatToolCallStartEventDeltaMessage": "chat_tool_call_start_event_delta_message",
    "ChatToolFunction": "chat_tool_function",
    "ChatToolPlanDeltaEvent": "chat_tool_plan_delta_event",
    "ChatToolPlanDeltaEventDelta": "chat_tool_plan_delta_event_delta",
    "ChatToolPlanDeltaEventDeltaMessage": "chat_tool_plan_delta_event_delta_message",
    "Citation": "citation",
    "CitationOptions": "citation_options",
    "CitationSource": "citation_source",
    "CitationType": "citation_type",
    "ClassifyExample": "classify_example",
    "ClassifyRequestTruncate": "classify_request_truncate",
    "ClassifyResponse": "classify_response",
    "ClassifyResponseClassificationsItem": "classify_response_classifications_item",
    "ClassifyResponseClassificationsItemClassificationType": "classify_response_classifications_item_classification_type",
    "ClassifyResponseClassificationsItemLabels": "classify_response_classifications_item_labels",
    "CompatibleEndpoint": "compatible_endpoint",
    "Connector": "connector",
    "ConnectorAuthStatus": "connector_auth_status",
    "ConnectorOAuth": "connector_o_auth",
    "CreateConnectorOAuth": "create_connector_o_auth",
    "CreateConnectorRequest": "create_connector_request",
    "CreateConnectorResponse": "create_connector_response",
    "CreateConnectorServiceAuth": "create_connector_service_auth",
    "CreateFinetunedModelResponse": "create_finetuned_model_response",
    "DatasetsDeleteResponse": "datasets_delete_response",
    "DeleteConnectorResponse": "delete_connector_response",
    "DetokenizeResponse": "detokenize_response",
    "DocumentCitationSource": "document_citation_source",
    "DocumentContent": "document_content",
    "FinetunedModel": "finetuned_model",
    "GetConnectorResponse": "get_connector_response",
    "GetModelResponse": "get_model_response",
    "Hyperparameters": "hyperparameters",
    "ImageUrl": "image_url",
    "ImageUrlContent": "image_url_content",
    "InputDocument": "input_document",
    "JsonObjectResponseFormat": "json_object_response_format",
    "ListConnectorsResponse": "list_connectors_response",
    "ListFinetunedModelsResponse": "list_finetuned_models_response",
    "ListModelsResponse": "list_models_response",
    "LogprobItem": "logprob_item",
    "LoraTargetModules": "lora_target_modules",
    "OAuthAuthorizeResponse": "o_auth_authorize_response",
    "Settings": "settings",
    "Status": "status",
    "Strategy": "strategy",
    "StreamedChatResponse": "streamed_chat_response",
    "SystemMessage": "system_message",
    "TextContent": "text_content",
    "TextResponseFormat": "text_response_format",
    "ThinkingConfig": "thinking_config",
    "ThinkingContent": "thinking_content",
    "TokenizeResponse": "tokenize_response",
    "ToolCitationSource": "tool_citation_source",
    "ToolMessage": "tool_message",
    "ToolMessageContentItem": "tool_message_content_item",
    "UnknownVariant": "_base",
    "UpdateConnectorRequest": "update_connector_request",
    "UpdateConnectorResponse": "update_connector_response",
    "Usage": "usage",
    "UsageBilledUnits": "usage_billed_units",
    "UsageTokens": "usage_tokens",
    "UserMessage": "user_message",
    "UserMessageContentItem": "user_message_content_item",
    "WandbConfig": "wandb_config",
}

__all__ = [
    "ApiMeta",
    "ApiMetaApiVersion",
    "ApiMetaBilledUnits",
    "ApiMetaTokens",
    "AssistantMessage",
    "AssistantMessageContentItem",
    "AssistantMessageResponse",
    "AuthTokenType",
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
    "GetConnectorResponse",
    "GetModelResponse",
    "Hyperparameters",
    "ImageUrl",
    "ImageUrlContent",
    "InputDocument",
    "JsonObjectResponseFormat",
    "ListConnectorsResponse",
    "ListFinetunedModelsResponse",
    "ListModelsResponse",
    "LogprobItem",
    "LoraTargetModules",
    "OAuthAuthorizeResponse",
    "Settings",
    "Status",
    "Strategy",
    "StreamedChatResponse",
    "SystemMessage",
    "TextContent",
    "TextResponseFormat",
    "ThinkingConfig",
    "ThinkingContent",
    "TokenizeResponse",
    "ToolCitationSource",
    "ToolMessage",
    "ToolMessageContentItem",
    "UnknownVariant",
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
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))
