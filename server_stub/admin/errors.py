"""Administration errors: each names the offending `field` in its details."""

from __future__ import annotations

from server_stub.errors import Conflict, Forbidden, InvalidInput, NotFound, ServiceError


class Duplicate(Conflict):
    error_id = "duplicate_id"


class InUse(Conflict):
    error_id = "in_use"


class UnknownReference(InvalidInput):
    """A field names something that does not exist (a queue, team, role, prompt)."""

    error_id = "unknown_reference"


class Missing(NotFound):
    error_id = "not_found"


class CannotDeleteSelf(Forbidden):
    error_id = "cannot_delete_self"


class PromptTooLarge(ServiceError):
    error_id = "prompt_too_large"
    status = 413


class NotAudio(InvalidInput):
    error_id = "not_audio"
