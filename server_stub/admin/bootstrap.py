"""`callcenter-server init`: an empty centre with one admin, and the codes every centre
starts with (the reasons the server itself uses; edit or add more in the Admin tab)."""

from __future__ import annotations

from agent_desktop.protocol.models import LEAD_REASON_CODE
from server_stub.auth.policy import check_password
from server_stub.security.passwords import Passwords
from server_stub.store.base import Store

# Reasons an agent picks, to start with.
AGENT_REASON_CODES = [
    ("break", "Break", "小休", 1),
    ("lunch", "Lunch", "午餐", 0),
]
# Labels of the reasons the server sets by itself (protocol SYSTEM_REASON_CODES: missed
# call, restart, phone offline, desktop gone) and of a lead's force; the sign-in
# pseudo-reason has none.
SYSTEM_REASON_LABELS = [
    ("no_answer", "Missed a call", "未接听", 1),
    ("server_restart", "Server restarted", "服务器重启", 1),
    (LEAD_REASON_CODE, "Set by team lead", "班长置忙", 1),
    ("phone_offline", "Phone offline", "话机离线", 1),
    ("unreachable", "Unreachable (desktop gone)", "失联（桌面已断开）", 1),
]
STARTING_REASON_CODES = AGENT_REASON_CODES + SYSTEM_REASON_LABELS
DISPOSITIONS = [("resolved", "Resolved", "已解决"), ("follow_up", "Needs follow-up", "需跟进")]


class AlreadyInitialised(Exception):
    """The data directory already holds a centre."""


def init_centre(
    store: Store, passwords: Passwords, admin_id: str, password: str, name: str, now: float
) -> None:
    """Write the first admin and the starting codes; refuses a directory with agents."""
    if store.list_agents():
        raise AlreadyInitialised("this data directory already has agents (a centre exists)")
    check_password(admin_id, password, field="password")
    password_hash = passwords.hash(password)
    with store.transaction():
        store.upsert_agent(
            {
                "agent_id": admin_id,
                "name": name,
                "role": "admin",
                "team": None,
                "password_hash": password_hash,
                "enabled": 1,
                "created_at": now,
            }
        )
        for sort, (code, en, zh, paid) in enumerate(STARTING_REASON_CODES):
            store.upsert_reason_code(
                {"code": code, "label_en": en, "label_zh": zh, "paid": paid, "sort": sort}
            )
        for sort, (code, en, zh) in enumerate(DISPOSITIONS):
            store.upsert_disposition({"code": code, "label_en": en, "label_zh": zh, "sort": sort})
        store.set_setting("initialised_at", str(now))
        store.audit(now, None, "centre_initialised", admin_id, {"admin": admin_id})
