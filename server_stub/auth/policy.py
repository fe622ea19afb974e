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


RULES = {  # the rule a refused password breaks (`rule` in the error) → the server's words
    "too_short": f"a password needs at least {PASSWORD_MIN_LENGTH} characters",
    "spaces": "a password may not start or end with spaces",
    "contains_id": "a password may not contain the agent ID",
    "unchanged": "the new password must differ from the old one",
}


def password_rule(agent_id: str, password: str, old: str | None = None) -> str | None:
    """The rule of `RULES` that `password` breaks, or None when it meets the policy."""
    if len(password) < PASSWORD_MIN_LENGTH:
        return "too_short"
    if password.strip() != password or not password.strip():
        return "spaces"
    if agent_id and agent_id.lower() in password.lower():
        return "contains_id"
    if old is not None and password == old:
        return "unchanged"
    return None


def password_problem(agent_id: str, password: str, old: str | None = None) -> str | None:
    """Why `password` is refused, or None when it meets the policy."""
    rule = password_rule(agent_id, password, old)
    return None if rule is None else RULES[rule]


def rule_params(rule: str) -> dict[str, str]:
    """What a client needs to word `rule` in its own language (`rule`, `min_length`)."""
    return {"rule": rule, "min_length": str(PASSWORD_MIN_LENGTH)}


def check_password(
    agent_id: str, password: str, old: str | None = None, field: str = "new_password"
) -> None:
    rule = password_rule(agent_id, password, old)
    if rule is not None:
        raise WeakPassword(RULES[rule], field=field, **rule_params(rule))


def generate_password() -> str:
    """12 characters from an unambiguous alphabet (~70 bits)."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(12))
