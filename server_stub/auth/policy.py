"""The password policy: long enough, not the agent's ID, not the old password; and a
generator for the passwords the server makes (imports, resets)."""

from __future__ import annotations

import secrets

from agent_desktop.protocol.admin import PASSWORD_MIN_LENGTH
from server_stub.errors import InvalidInput

_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/l/I


class WeakPassword(InvalidInput):
    error_id = "weak_password"


class WrongPassword(InvalidInput):
    error_id = "wrong_password"


def password_problem(agent_id: str, password: str, old: str | None = None) -> str | None:
    """Why `password` is refused, or None when it meets the policy."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return f"a password needs at least {PASSWORD_MIN_LENGTH} characters"
    if password.strip() != password or not password.strip():
        return "a password may not start or end with spaces"
    if agent_id and agent_id.lower() in password.lower():
        return "a password may not contain the agent ID"
    if old is not None and password == old:
        return "the new password must differ from the old one"
    return None


def check_password(
    agent_id: str, password: str, old: str | None = None, field: str = "new_password"
) -> None:
    problem = password_problem(agent_id, password, old)
    if problem is not None:
        raise WeakPassword(problem, field=field)


def generate_password() -> str:
    """12 characters from an unambiguous alphabet (~70 bits)."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(12))
