"""ChatRequest: generated from the API description."""

from __future__ import annotations

from typing import Literal

from ._base import ApiModel
from .chat_messages import ChatMessages
from .chat_response_format import ChatResponseFormat
from .chat_tool import ChatTool
from .citation_options import CitationOptions
from .input_document import InputDocument
from .thinking_config import ThinkingConfig

__all__ = [
    "ChatRequest",
]


class ChatRequest(ApiModel):
    stream: bool | None = False
    """Defaults to `false`.

    When `true`, the response will be a SSE stream of events (media type `text/event-stream`, each event a `StreamedChatResponse`); otherwise it is a single JSON `ChatResponse`.

    Streaming is beneficial for user interfaces that render the contents of the response piece by piece, as it gets generated.
    """

    model: str
    """The name of a compatible [Cohere model](https://docs.cohere.com/v2/docs/models)."""

    messages: ChatMessages
    """A list of chat messages in chronological order, representing a conversation between the user and the model.

    Messages can be from `User`, `Assistant`, `Tool` and `System` roles. Learn more about messages and roles in [the Chat API guide](https://docs.cohere.com/v2/docs/chat-api).
    """

    tools: list[ChatTool] | None = None
    """A list of tools (functions) available to the model. The model response may contain 'tool_calls' to the specified tools.

    Learn more in the [Tool Use guide](https://docs.cohere.com/docs/tools).
    """

    documents: list[str | InputDocument] | None = None
    """A list of relevant documents that the model can cite to generate a more accurate reply. Each document is either a string or document object with content and metadata."""

    citation_options: CitationOptions | None = None
    """Options for controlling citation generation."""

    response_format: ChatResponseFormat | None = None
    """Configuration for forcing the model output to adhere to the specified format. Supported on [Command R](https://docs.cohere.com/v2/docs/command-r), [Command R+](https://docs.cohere.com/v2/docs/command-r-plus) and newer models.

    The model can be forced into outputting JSON objects by setting `{ "type": "json_object" }`.

    A [JSON Schema](https://json-schema.org/) can optionally be provided, to ensure a specific structure.

    **Note**: When using `{ "type": "json_object" }` your `message` should always explicitly instruct the model to generate a JSON (eg: _"Generate a JSON ..."_) . Otherwise the model may end up getting stuck generating an infinite stream of characters and eventually run out of context length.

    **Note**: When `json_schema` is not specified, the generated object can have up to 5 layers of nesting.

    **Limitation**: The parameter is not supported when used in combinations with the `documents` or `tools` parameters.
    """

    safety_mode: Literal["CONTEXTUAL", "STRICT", "OFF"] | str | None = None
    """Used to select the [safety instruction](https://docs.cohere.com/v2/docs/safety-modes) inserted into the prompt. Defaults to `CONTEXTUAL`.
    When `OFF` is specified, the safety instruction will be omitted.

    Safety modes are not yet configurable in combination with `tools` and `documents` parameters.

    **Note**: This parameter is only compatible newer Cohere models, starting with [Command R 08-2024](https://docs.cohere.com/docs/command-r#august-2024-release) and [Command R+ 08-2024](https://docs.cohere.com/docs/command-r-plus#august-2024-release).

    **Note**: `command-r7b-12-2024` and newer models only support `"CONTEXTUAL"` and `"STRICT"` modes.
    """

    max_tokens: int | None = None
    """The maximum number of output tokens the model will generate in the response. If not set, `max_tokens` defaults to the model's maximum output token limit. You can find the maximum output token limits for each model in the [model documentation](https://docs.cohere.com/docs/models).

    **Note**: Setting a low value may result in incomplete generations. In such cases, the `finish_reason` field in the response will be set to `"MAX_TOKENS"`.

    **Note**: If `max_tokens` is set higher than the model's maximum output token limit, the generation will be capped at that model-specific maximum limit.
    """

    stop_sequences: list[str] | None = None
    """A list of up to 5 strings that the model will use to stop generation. If the model generates a string that matches any of the strings in the list, it will stop generating tokens and return the generated text up to that point not including the stop sequence."""

    temperature: float | None = 0.3
    """Defaults to `0.3`.

    A non-negative float that tunes the degree of randomness in generation. Lower temperatures mean less random generations, and higher temperatures mean more random generations.

    Randomness can be further maximized by increasing the value of the `p` parameter.
    """

    seed: int | None = None
    """If specified, the backend will make a best effort to sample tokens
    deterministically, such that repeated requests with the same
    seed and parameters should return the same result. However,
    determinism cannot be totally guaranteed.
    """

    frequency_penalty: float | None = 0.0
    """Defaults to `0.0`, min value of `0.0`, max value of `1.0`.
    Used to reduce repetitiveness of generated tokens. The higher the value, the stronger a penalty is applied to previously present tokens, proportional to how many times they have already appeared in the prompt or prior generation.
    """

    presence_penalty: float | None = 0.0
    """Defaults to `0.0`, min value of `0.0`, max value of `1.0`.
    Used to reduce repetitiveness of generated tokens. Similar to `frequency_penalty`, except that this penalty is applied equally to all tokens that have already appeared, regardless of their exact frequencies.
    """

    k: int | None = 0
    """Ensures that only the top `k` most likely tokens are considered for generation at each step. When `k` is set to `0`, k-sampling is disabled.
    Defaults to `0`, min value of `0`, max value of `500`.
    """

    p: float | None = 0.75
    """Ensures that only the most likely tokens, with total probability mass of `p`, are considered for generation at each step. If both `k` and `p` are enabled, `p` acts after `k`.
    Defaults to `0.75`. min value of `0.01`, max value of `0.99`.
    """

    logprobs: bool | None = False
    """Defaults to `false`. When set to `true`, the log probabilities of the generated tokens will be included in the response."""

    tool_choice: Literal["REQUIRED", "NONE"] | str | None = None
    """Used to control whether or not the model will be forced to use a tool when answering. When `REQUIRED` is specified, the model will be forced to use at least one of the user-defined tools, and the `tools` parameter must be passed in the request.
    When `NONE` is specified, the model will be forced **not** to use one of the specified tools, and give a direct response.
    If tool_choice isn't specified, then the model is free to choose whether to use the specified tools or not.

    **Note**: This parameter is only compatible with models [Command-r7b](https://docs.cohere.com/v2/docs/command-r7b) and newer.
    """

    thinking: ThinkingConfig | None = None
    """Configuration for [reasoning features](https://docs.cohere.com/docs/reasoning)."""

    priority: int | None = 0
    """Controls how early the request is handled. Lower numbers indicate higher priority (default: 0, the highest). When the system is under load, higher-priority requests are processed first and are the least likely to be dropped."""

    strict_tools: bool | None = None
    """When set to `true`, tool calls in the Assistant message will be forced to follow the tool definition strictly. Learn more in the [Structured Outputs (Tools) guide](https://docs.cohere.com/docs/structured-outputs-json#structured-outputs-tools).

    **Note**: The first few requests with a new set of tools will take longer to process.
    """
