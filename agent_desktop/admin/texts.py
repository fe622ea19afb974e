"""Translated names of the Admin tab's resources, fields and permissions (QtCore only, so
presenters, models and views share one catalogue context)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from agent_desktop.admin.errors import RowError

_ENGLISH = {  # the source texts of `error()`, to tell whether a translation is installed
    "duplicate_id": "Already taken",
    "unknown_reference": "No such entry",
    "in_use": "Still in use",
    "weak_password": "Password not allowed",
    "wrong_password": "Wrong password",
    "not_audio": "Not an audio file",
    "prompt_too_large": "File too large",
    "cannot_delete_self": "You cannot delete yourself",
    "outside_team": "Not in your teams",
    "forbidden": "Not allowed for your role",
    "not_found": "Not found",
    "invalid_input": "Invalid value",
    "bad_import_file": "Cannot read the file",
}


class AdminTexts(QObject):
    """`resource(name)`, `field(name)`, `permission(name)` in the current language."""

    def resource(self, name: str) -> str:
        return {
            "agents": self.tr("Agents"),
            "teams": self.tr("Teams"),
            "queues": self.tr("Queues"),
            "dids": self.tr("Numbers"),
            "reason_codes": self.tr("Reason codes"),
            "dispositions": self.tr("Dispositions"),
            "prompts": self.tr("Prompts"),
            "roles": self.tr("Roles"),
            "webhooks": self.tr("Webhooks"),
            "number_lists": self.tr("Number lists"),
        }.get(name, name)

    def field(self, name: str, resource: str = "") -> str:
        """A field's name; `resource` picks a fitter word where one exists (an agent's
        name is a person's: 姓名, not 名称)."""
        if name == "name" and resource == "agents":
            return self.tr("Full name")
        return {
            "agent_id": self.tr("Agent ID"),
            "name": self.tr("Name"),
            "role": self.tr("Role"),
            "team": self.tr("Team"),
            "skills": self.tr("Skills"),
            "queues": self.tr("Queues"),
            "outbound_caller_id": self.tr("Outbound caller ID"),
            "max_sessions": self.tr("Max sessions (0 = any)"),
            "enabled": self.tr("Enabled"),
            "password": self.tr("Initial password"),
            "must_change_password": self.tr("Change at first sign-in"),
            "state": self.tr("State"),
            "display_name": self.tr("Display name"),
            "lead": self.tr("Lead"),
            "agents": self.tr("Agents"),
            "strategy": self.tr("Strategy"),
            "ring_timeout": self.tr("Ring time (s)"),
            "wrap_up_seconds": self.tr("Wrap-up (s)"),
            "disposition_required": self.tr("Disposition required"),
            "conference_stays": self.tr("Conference stays on hang-up"),
            "announce_every": self.tr("Announce position every (s)"),
            "announce_agent_id": self.tr("Announce the agent's ID"),
            "callback_key": self.tr("Callback key"),
            "sticky_days": self.tr("Last agent first (days)"),
            "sticky_wait": self.tr("Wait for last agent (s)"),
            "vip_tag": self.tr("VIP customer tag"),
            "vip_priority": self.tr("VIP priority"),
            "max_wait_time": self.tr("Max wait (s, 0 = none)"),
            "max_wait_time_with_no_agent": self.tr("Max wait with no agent (s)"),
            "overflow_target": self.tr("Overflow to"),
            "join_empty": self.tr("Join when no agent"),
            "leave_when_empty": self.tr("Leave when no agent"),
            "empty_factors": self.tr("Empty if all agents are"),
            "max_len": self.tr("Max callers (0 = any)"),
            "tier_rules_apply": self.tr("Escalate by level"),
            "tier_rule_wait_second": self.tr("Wait per level (s)"),
            "service_level_threshold": self.tr("Service level (s)"),
            "short_abandon_threshold": self.tr("Short abandon (s)"),
            "music_on_hold": self.tr("Music on hold"),
            "greeting": self.tr("Greeting"),
            "pop_url": self.tr("CRM pop URL"),
            "url": self.tr("URL"),
            "events": self.tr("Events"),
            "secret": self.tr("Secret (16+ characters)"),
            "pending": self.tr("Waiting"),
            "failed": self.tr("Failed"),
            "id": self.tr("ID"),
            "list": self.tr("Black or white list"),
            "direction": self.tr("Applies to"),
            "note": self.tr("Note"),
            "pop_on": self.tr("Open the CRM page"),
            "members": self.tr("Members"),
            "dids": self.tr("Numbers"),
            "number": self.tr("Number"),
            "queue": self.tr("Queue"),
            "ivr": self.tr("IVR flow"),
            "code": self.tr("Code"),
            "label_en": self.tr("Label (English)"),
            "label_zh": self.tr("Label (Chinese)"),
            "paid": self.tr("Paid"),
            "sort": self.tr("Order"),
            "duration_seconds": self.tr("Length (s)"),
            "size": self.tr("Size (bytes)"),
            "used_by": self.tr("Used by"),
            "base": self.tr("Based on"),
            "builtin": self.tr("Built-in"),
            "permissions": self.tr("Permissions"),
            "description": self.tr("Description"),
            "file": self.tr("Audio file"),
            "line": self.tr("Line"),
            "problem": self.tr("Problem"),
        }.get(name, name)

    def permission(self, name: str) -> str:
        return {
            "view_team": self.tr("See the team (states, calls, records)"),
            "listen": self.tr("Listen and whisper"),
            "barge": self.tr("Barge in"),
            "force_state": self.tr("Force states, end calls"),
            "listen_recordings": self.tr("Play others' recordings"),
            "export_reports": self.tr("Export reports"),
            "edit_kb": self.tr("Edit the knowledge base"),
            "manage_customers": self.tr("Manage customers"),
            "manage_org": self.tr("Manage agents, teams, roles"),
            "manage_routing": self.tr("Manage queues, numbers, codes, prompts"),
            "view_audit": self.tr("See the audit log"),
            "qa_evaluate": self.tr("Score recorded calls (QA)"),
            "manage_qa_forms": self.tr("Edit QA scoring forms"),
            "manage_integrations": self.tr("Manage webhooks (integration)"),
            "pickup": self.tr("Pick up colleagues' ringing calls"),
        }.get(name, name)

    def value(self, name: str) -> str:
        """A coded value's name: routing strategies and the built-in roles."""
        return {
            "longest-idle-agent": self.tr("Longest idle"),
            "round-robin": self.tr("Round robin"),
            "agent-with-fewest-calls": self.tr("Fewest calls"),
            "agent-with-least-talk-time": self.tr("Least talk time"),
            "random": self.tr("Random"),
            "top-down": self.tr("Top-down"),
            "ring-all": self.tr("Ring all"),
            "agent": self.tr("Agent"),
            "lead": self.tr("Team lead"),
            "admin": self.tr("Administrator"),
            "logged_out": self.tr("Signed out"),
            "not_ready": self.tr("Not ready"),
            "ready": self.tr("Ready"),
            "reserved": self.tr("Ringing"),
            "on_call": self.tr("On call"),
            "wrap_up": self.tr("Wrap-up"),
            "paused": self.tr("Not ready"),
            "ringing": self.tr("Ringing"),
            "ring": self.tr("When it rings"),
            "answer": self.tr("When answered"),
            "inuse": self.tr("On call"),
            "wrapup": self.tr("Wrap-up"),
        }.get(name, name)

    def label(self, name: str, required: bool = False, resource: str = "") -> str:
        """A form label: the field's name, a star when it must be filled, the colon."""
        text = self.tr("%1 *:") if required else self.tr("%1:")
        return text.replace("%1", self.field(name, resource))

    def password_rule(self, params: Mapping[str, Any]) -> str | None:
        """The password rule a `weak_password` error names (`rule`, `min_length`) in the
        user's language; None for a rule this desktop does not know."""
        text = {
            "too_short": self.tr("a password needs at least %1 characters"),
            "spaces": self.tr("a password may not start or end with spaces"),
            "contains_id": self.tr("a password may not contain the agent ID"),
            "unchanged": self.tr("the new password must differ from the old one"),
        }.get(str(params.get("rule") or ""))
        if text is None:
            return None
        return text.replace("%1", str(params.get("min_length") or "8"))

    def error(self, error_id: str, message: str, params: Mapping[str, Any] | None = None) -> str:
        """A server error in the user's language: the translated kind, then the server's
        own words (English, with the detail: which queue), or, where `params` (the error's
        detail) names a rule this desktop knows, that rule in the user's language."""
        own = self._own_words(error_id, params or {})
        kind = {
            "duplicate_id": self.tr("Already taken"),
            "unknown_reference": self.tr("No such entry"),
            "in_use": self.tr("Still in use"),
            "weak_password": self.tr("Password not allowed"),
            "wrong_password": self.tr("Wrong password"),
            "not_audio": self.tr("Not an audio file"),
            "prompt_too_large": self.tr("File too large"),
            "cannot_delete_self": self.tr("You cannot delete yourself"),
            "outside_team": self.tr("Not in your teams"),
            "forbidden": self.tr("Not allowed for your role"),
            "not_found": self.tr("Not found"),
            "invalid_input": self.tr("Invalid value"),
            "bad_import_file": self.tr("Cannot read the file"),
        }.get(error_id)
        if kind is None or not message:
            return message or kind or error_id
        translated = kind != _ENGLISH.get(error_id, kind)
        if not translated:
            return message
        return self.tr("%1: %2").replace("%1", kind).replace("%2", own or message)

    def _own_words(self, error_id: str, params: Mapping[str, Any]) -> str | None:
        """The detail of an error worded here from its parameters (a password rule; the
        field and value that are taken), or None: then the server's words are shown."""
        if error_id == "weak_password":
            return self.password_rule(params)
        field, value = str(params.get("field") or ""), params.get("value")
        if error_id == "duplicate_id" and field and value not in (None, ""):
            name = re.sub(r"\[\d+\]", "", field).rsplit(".", 1)[-1]  # skills[0].queue: queue
            return self.tr("%1 '%2'").replace("%1", self.field(name)).replace("%2", str(value))
        return None

    def row_error(self, error: RowError) -> str:
        """An import row's problem in the user's language, worded from its error_id and
        params; the server's own (English) words for an id this desktop does not know."""
        templates = {
            "import_bad_agent_id": (
                self.tr("an agent ID is 1-32 letters, digits, _ . - (e.g. 2001)"),
                (),
            ),
            "import_duplicate_agent": (
                self.tr("agent %1 is also on line %2"),
                ("agent_id", "other_line"),
            ),
            "import_bad_name": (self.tr("a name is 1-100 characters"), ()),
            "import_unknown_role": (self.tr("unknown role '%1' (one of %2)"), ("role", "roles")),
            "import_unknown_team": (self.tr("unknown team '%1'"), ("team",)),
            "import_bad_level": (self.tr("level of '%1' must be 1-9"), ("queue",)),
            "import_unknown_queue": (self.tr("unknown queue '%1'"), ("queue",)),
            "import_queue_twice": (self.tr("queue '%1' twice"), ("queue",)),
            "import_bad_caller_id": (self.tr("a caller ID is 2-32 digits"), ()),
        }
        if error.error_id == "weak_password":
            return self.password_rule(error.params) or error.message
        template = templates.get(error.error_id)
        if template is None or any(p not in error.params for p in template[1]):
            return self.error(error.error_id, error.message) if error.error_id else error.message
        text, names = template
        values = [error.params[name] for name in names]  # one pass: a value may hold "%2"
        return re.sub(
            r"%(\d)",
            lambda m: (
                values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values) else m.group(0)
            ),
            text,
        )

    def labelled(self, label: str, text: str) -> str:
        """ "label: text" as the user's language writes it (a full-width colon in Chinese)."""
        return self.tr("%1: %2").replace("%1", label).replace("%2", text)

    def required(self) -> str:
        return self.tr("Required")

    def yes(self) -> str:
        return self.tr("yes")

    def none(self) -> str:
        return self.tr("(none)")
