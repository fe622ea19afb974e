"""Translated names of campaign modes and states (one place for the bar, panel and tab)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("CampaignLabels", text)


def mode_label(mode: str) -> str:
    names = {
        "preview": _tr("Preview"),
        "progressive": _tr("Progressive"),
        "predictive": _tr("Predictive"),
        "broadcast": _tr("IVR broadcast"),
    }
    return names.get(mode, mode)


def state_label(state: str) -> str:
    names = {
        "draft": _tr("Draft"),
        "running": _tr("Running"),
        "paused": _tr("Paused"),
        "stopped": _tr("Stopped"),
        "done": _tr("Done"),
    }
    return names.get(state, state)


def percent(share: float) -> str:
    return f"{share * 100:.1f} %"
