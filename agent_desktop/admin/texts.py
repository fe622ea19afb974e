"""Translated names of the Admin tab's resources, fields and permissions (QtCore only, so
presenters, models and views share one catalogue context)."""

from __future__ import annotations

from PySide6.QtCore import QObject


class AdminTexts(QObject):
    """`resource(name)`, `field(name)`, `permission(name)` in the current language."""

    def resource(self, name: str) -> str:
        return {
            "agents": self.tr("Agents"), "teams": self.tr("Teams"),
            "queues": self.tr("Queues"), "dids": self.tr("Numbers"),
            "reason_codes": self.tr("Reason codes"), "dispositions": self.tr("Dispositions"),
            "prompts": self.tr("Prompts"), "roles": self.tr("Roles"),
        }.get(name, name)

    def field(self, name: str) -> str:
        return {
            "agent_id": self.tr("Agent ID"), "name": self.tr("Name"),
            "role": self.tr("Role"), "team": self.tr("Team"), "skills": self.tr("Skills"),
            "caller_id": self.tr("Outbound caller ID"),
            "max_sessions": self.tr("Max sessions"), "enabled": self.tr("Enabled"),
            "password": self.tr("Initial password"), "display_name": self.tr("Display name"),
            "lead": self.tr("Lead"), "strategy": self.tr("Strategy"),
            "wrap_up_seconds": self.tr("Wrap-up (s)"), "ring_timeout": self.tr("Ring time (s)"),
            "max_wait_seconds": self.tr("Max wait (s)"), "overflow": self.tr("Overflow to"),
            "moh": self.tr("Music on hold"), "announcement": self.tr("Announcement"),
            "number": self.tr("Number"), "queue": self.tr("Queue"), "code": self.tr("Code"),
            "label_en": self.tr("Label (English)"), "label_zh": self.tr("Label (Chinese)"),
            "paid": self.tr("Paid"), "duration": self.tr("Length (s)"),
            "size": self.tr("Size (KB)"), "permissions": self.tr("Permissions"),
            "built_in": self.tr("Built-in"), "file": self.tr("File"),
            "line": self.tr("Line"), "problem": self.tr("Problem"),
        }.get(name, name)

    def permission(self, name: str) -> str:
        return {
            "listen": self.tr("Listen to calls"), "whisper": self.tr("Whisper to agents"),
            "barge": self.tr("Barge in"), "force_state": self.tr("Force agent states"),
            "hangup": self.tr("Hang up calls"), "recordings": self.tr("Play recordings"),
            "export_reports": self.tr("Export reports"), "edit_kb": self.tr("Edit the KB"),
            "manage_customers": self.tr("Manage customers"),
            "admin": self.tr("Administration"),
        }.get(name, name)

    def strategy(self, name: str) -> str:
        return {
            "longest-idle": self.tr("Longest idle"), "round-robin": self.tr("Round robin"),
            "fewest-calls": self.tr("Fewest calls"),
            "least-talk-time": self.tr("Least talk time"), "random": self.tr("Random"),
            "ring-all": self.tr("Ring all"), "linear": self.tr("Top-down"),
        }.get(name, name)

    def required(self) -> str:
        return self.tr("Required")

    def yes(self) -> str:
        return self.tr("yes")

    def none(self) -> str:
        return self.tr("(none)")
