"""Translated names of campaign modes and states (one place for the bar, panel and tab)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def mode_label(mode: str) -> str:
    names = {
        "preview": QCoreApplication.translate("CampaignLabels", "Preview"),
        "progressive": QCoreApplication.translate("CampaignLabels", "Progressive"),
        "predictive": QCoreApplication.translate("CampaignLabels", "Predictive"),
        "broadcast": QCoreApplication.translate("CampaignLabels", "IVR broadcast"),
    }
    return names.get(mode, mode)


def state_label(state: str) -> str:
    names = {
        "draft": QCoreApplication.translate("CampaignLabels", "Draft"),
        "running": QCoreApplication.translate("CampaignLabels", "Running"),
        "paused": QCoreApplication.translate("CampaignLabels", "Paused"),
        "stopped": QCoreApplication.translate("CampaignLabels", "Stopped"),
        "done": QCoreApplication.translate("CampaignLabels", "Done"),
    }
    return names.get(state, state)


def percent(share: float) -> str:
    return f"{share * 100:.1f} %"
