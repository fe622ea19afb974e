"""The demo centre's inbound flows, made as an admin makes them (checked, saved, published):
the hotline's two-level menu and an after-hours line with holidays, voicemail, a survey and
direct dial of an agent ID."""

from __future__ import annotations

from typing import Any

from server_stub.flows.service import save_and_publish
from server_stub.store import flows as flow_store
from server_stub.store.base import Store

TIME_GROUPS: list[dict[str, Any]] = [
    {
        "name": "office",
        "description": "Office hours, mainland China public holidays 2026",
        "weekly": [{"days": [0, 1, 2, 3, 4], "from": "09:00", "to": "18:00"}],
        "holidays": [
            {"date": "2026-10-01", "end": "2026-10-07", "name": "国庆节 National Day"},
            {"date": "2026-12-25", "name": "Company day"},
        ],
        "workdays": [{"date": "2026-10-10", "from": "09:00", "to": "18:00"}],
    }
]

MAIN_MENU: dict[str, Any] = {
    "description": "Hotline 4008001000: 1 sales; 2 the support menu (1 orders, 2 technical)",
    "start": "welcome",
    "nodes": {
        "welcome": {
            "type": "menu",
            "prompt": "welcome_menu",
            "choices": {"1": "sales", "2": "support_menu"},
            "timeout": 6,
            "retries": 1,
            "default": "support",
        },
        "support_menu": {
            "type": "menu",
            "prompt": "support_menu",
            "choices": {"1": "support", "2": "support", "*": "welcome"},
            "timeout": 6,
            "retries": 1,
            "default": "support",
        },
        "sales": {"type": "queue", "queue": "sales"},
        "support": {"type": "queue", "queue": "support"},
    },
}

SERVICE_LINE: dict[str, Any] = {
    "description": "Service line 4008006000: office hours, else voicemail; 9 dials an agent ID",
    "start": "hours",
    "nodes": {
        "hours": {
            "type": "time",
            "group": "office",
            "open": "menu",
            "closed": "closed",
            "holiday": "closed",
        },
        "menu": {
            "type": "menu",
            "prompt": "welcome_menu",
            "choices": {"1": "sales", "2": "support", "9": "extension"},
            "default": "support",
        },
        "extension": {
            "type": "collect",
            "prompt": "enter_extension",
            "variable": "extension",
            "min_length": 4,
            "max_length": 4,
            "terminator": "#",
            "next": "dial",
            "invalid": "support",
        },
        "dial": {"type": "dial", "variable": "extension", "invalid": "support"},
        "closed": {"type": "play", "prompt": "after_hours", "next": "voicemail"},
        "voicemail": {
            "type": "voicemail",
            "box": "support",
            "prompt": "voicemail_greeting",
            "max_seconds": 120,
        },
        "sales": {"type": "queue", "queue": "sales"},
        "support": {"type": "queue", "queue": "support"},
    },
}

FLOWS = [
    ("main_menu", "Hotline menu 热线菜单", MAIN_MENU),
    ("service_line", "Service line 服务热线", SERVICE_LINE),
]


def seed_flows(store: Store, now: float) -> None:
    """Time groups and flows of the demo, each flow published as version 1."""
    with store.transaction():
        flow_store.replace_time_groups(store, TIME_GROUPS, now)
        for flow_id, name, document in FLOWS:
            save_and_publish(store, flow_id, name, document, None, now)
