"""ChatMessageEndEventDelta: generated from the API description."""

from __future__ import annotations

from ._base import ApiModel
from .chat_finish_reason import ChatFinishReason
from .usage import Usage

__all__ = [
    "ChatMessageEndEventDelta",
]


class ChatMessageEndEventDelta(ApiModel):
    error: str | None = None
    """An error message if an error occurred during the generation."""

    finish_reason: ChatFinishReason | str | None = None
    """The reason a chat request has finished.

    - **complete**: The model finished sending a complete message.
    - **max_tokens**: The number of generated tokens exceeded the model's context length or the value specified via the `max_tokens` parameter.
    - **stop_sequence**: One of the provided `stop_sequence` entries was reached in the model's generation.
    - **tool_call**: The model generated a Tool Call and is expecting a Tool Message in return
    - **error**: The generation failed due to an internal error
    - **timeout**: The generation was stopped because it exceeded the allowed time limit.
    """

    usage: Usage | None = None
