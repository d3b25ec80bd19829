"""Turning an HTTP response into a typed value or a typed error."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx2
from pydantic_core import ValidationError

from ._exceptions import ApiResponseValidationError, ApiStatusError
from ._redact import NO_REDACTION, Redactor

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from ._lenient import Leniency

__all__ = [
    "is_mismatch",
    "json_validator",
    "parse_response",
    "python_validator",
    "status_error",
    "unexpected_content_type",
]

# How much of a body an error message quotes.
BODY_EXCERPT_CHARS = 500

JsonValidator = Callable[[bytes], Any]
PythonValidator = Callable[[object], Any]
# Building a TypeAdapter costs about as much as a whole request, so each type gets one, ever.
_json_validators: dict[object, JsonValidator] = {}
_python_validators: dict[object, PythonValidator] = {}


def json_validator(tp: Any) -> JsonValidator:
    """Return a function that validates raw JSON bytes as `tp`."""
    try:
        return _json_validators[tp]
    except KeyError:
        pass
    except TypeError:  # an unhashable annotation (e.g. Annotated with a dict in it)
        return _type_adapter(tp).validate_json
    validator: JsonValidator
    if _is_model_class(tp):
        # What model_validate_json calls, minus its Python frame: parses straight from bytes.
        validator = tp.__pydantic_validator__.validate_json
    else:
        validator = _type_adapter(tp).validate_json
    _json_validators[tp] = validator
    return validator


def python_validator(tp: Any) -> PythonValidator:
    """Return a function that validates an already decoded JSON value as `tp`."""
    try:
        return _python_validators[tp]
    except KeyError:
        pass
    except TypeError:
        return _type_adapter(tp).validate_python
    validator: PythonValidator
    if _is_model_class(tp):
        validator = tp.__pydantic_validator__.validate_python
    else:
        validator = _type_adapter(tp).validate_python
    _python_validators[tp] = validator
    return validator


def _is_model_class(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "__pydantic_validator__")


def _type_adapter(tp: Any) -> TypeAdapter[Any]:
    # Imported on first use: pydantic's schema machinery would add ~25 ms to importing the client.
    from pydantic import TypeAdapter

    return TypeAdapter(tp)


def parse_response(
    response: httpx2.Response,
    response_type: Any,
    redactor: Redactor = NO_REDACTION,
    leniency: Leniency | None = None,
) -> Any:
    """Validate a successful response's body as `response_type` (None: ignore the body; Any:
    any JSON, and an empty body reads as None).

    With a `leniency`, a JSON body of another shape is built leniently instead of raising;
    invalid JSON and a content type other than JSON still raise.
    """
    if response_type is None:
        return None
    if response_type is str and not _is_json(response):
        return response.text
    if response_type is bytes:
        return response.content
    content = response.content
    if response_type is Any and not content:
        return None  # a JSON response declared without a schema promised no body
    try:
        return json_validator(response_type)(content)
    except ValidationError as exc:
        if leniency is not None and is_mismatch(exc) and _may_be_json(response):
            return leniency.build(response_type, content, exc)
        raise validation_error(response, content, exc, response_type, redactor) from exc


def is_mismatch(error: ValidationError) -> bool:
    """Whether `error` is about the shape of valid JSON (not about the JSON itself)."""
    return all(problem["type"] != "json_invalid" for problem in error.errors())


def validation_error(
    response: httpx2.Response,
    content: bytes,
    exc: ValueError,
    expected: Any,
    redactor: Redactor = NO_REDACTION,
) -> ApiResponseValidationError:
    """Build the error for `content` (a body or one streamed event) that is not valid JSON
    (a plain ValueError) or not of the `expected` type (a ValidationError)."""
    name = getattr(expected, "__name__", None) or repr(expected)
    if isinstance(exc, ValidationError):
        problem = exc.errors(include_url=False, include_context=False, include_input=False)[0]
        where = ".".join(str(part) for part in problem["loc"]) or "body"
        reason = f"{where}: {problem['msg']}"
    else:
        reason = f"invalid JSON: {exc}"
    message = (
        f"{response.status_code} response to {_describe_request(response)} is not a valid {name}"
        f" ({reason}): {_excerpt(content)}"
    )
    return ApiResponseValidationError(
        redactor.text(message), response=response, body=redactor.value(decode_body(content))
    )


def unexpected_content_type(
    response: httpx2.Response, stream_format: str, redactor: Redactor
) -> ApiResponseValidationError:
    """The error for a 2xx response to a streaming request that is not a stream (say, an HTML
    maintenance page): iterating it would silently yield nothing."""
    expected = "an event stream" if stream_format == "sse" else "a JSON lines stream"
    content_type = response.headers.get("content-type", "")
    try:
        content = response.content
    except httpx2.ResponseNotRead:  # the connection failed while reading the body
        content = b""
    message = (
        f"{response.status_code} response to {_describe_request(response)} is not {expected}"
        f" (content type {content_type!r}): {_excerpt(content)}"
    )
    return ApiResponseValidationError(
        redactor.text(message), response=response, body=redactor.value(decode_body(content))
    )


def status_error(
    response: httpx2.Response,
    error_types: Mapping[int, type[ApiStatusError]],
    redactor: Redactor,
) -> ApiStatusError:
    """Build the error for a status >= 400; the response body must have been read."""
    status = response.status_code
    message = (
        f"{status} {response.reason_phrase} for {_describe_request(response)}: "
        f"{_excerpt(response.content)}"
    )
    error_type = error_types.get(status, ApiStatusError)
    body = redactor.value(decode_body(response.content))
    return error_type(redactor.text(message), response=response, body=body)


def decode_body(content: bytes) -> object:
    """The body as JSON if it is JSON, else as text, or None when empty."""
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: nested too deeply for json
        return content.decode("utf-8", "replace")


def _describe_request(response: httpx2.Response) -> str:
    request = response.request
    return f"{request.method} {request.url}"


def _excerpt(content: bytes) -> str:
    if not content:
        return "(empty body)"
    text = content[: BODY_EXCERPT_CHARS * 4].decode("utf-8", "replace")
    if len(text) > BODY_EXCERPT_CHARS or len(content) > BODY_EXCERPT_CHARS * 4:
        return text[:BODY_EXCERPT_CHARS] + "... (truncated)"
    return text


def _is_json(response: httpx2.Response) -> bool:
    content_type = response.headers.get("content-type", "")
    return "json" in content_type


def _may_be_json(response: httpx2.Response) -> bool:
    return "content-type" not in response.headers or _is_json(response)
