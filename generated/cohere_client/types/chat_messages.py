"""ChatMessages: generated from the API description."""

from __future__ import annotations

from typing import TypeAlias

from .chat_message import ChatMessage

__all__ = [
    "ChatMessages",
]


ChatMessages: TypeAlias = list[ChatMessage]
"""A list of chat messages in chronological order, representing a conversation between the user and the model.

Messages can be from `User`, `Assistant`, `Tool` and `System` roles. Learn more about messages and roles in [the Chat API guide](https://docs.cohere.com/v2/docs/chat-api).
"""
