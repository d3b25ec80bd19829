"""ChatResponse: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .assistant_message_response import AssistantMessageResponse
from .chat_finish_reason import ChatFinishReason
from .logprob_item import LogprobItem
from .usage import Usage

__all__ = [
    "ChatResponse",
]


class ChatResponse(ApiModel):
    id: str
    """Unique identifier for the generated reply. Useful for submitting feedback."""

    finish_reason: ChatFinishReason | str
    """The reason a chat request has finished.

    - **complete**: The model finished sending a complete message.
    - **max_tokens**: The number of generated tokens exceeded the model's context length or the value specified via the `max_tokens` parameter.
    - **stop_sequence**: One of the provided `stop_sequence` entries was reached in the model's generation.
    - **tool_call**: The model generated a Tool Call and is expecting a Tool Message in return
    - **error**: The generation failed due to an internal error
    - **timeout**: The generation was stopped because it exceeded the allowed time limit.
    """

    message: AssistantMessageResponse
    """A message from the assistant role can contain text and tool call information."""

    usage: Usage | None = None

    logprobs: list[LogprobItem] | None = None
