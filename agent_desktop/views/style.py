"""Look of the app: one stylesheet, state colours and the SVG icons in resources/icons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"

STATE_COLOURS = {
    "ready": "#1a7f37",
    "not_ready": "#bf3989",
    "reserved": "#9a6700",
    "on_call": "#0969da",
    "on_hold": "#bc4c00",  # an ON_CALL sub-state, shown on the badge
    "wrap_up": "#8250df",
    "logged_out": "#57606a",
}

ERROR_COLOUR = "#cf222e"
OK_COLOUR = "#1a7f37"

STYLESHEET = """
QWidget { font-size: 10pt; }
QMainWindow, #workspace { background: #f6f8fa; }
#card, #stateBar, #signInCard { background: #ffffff; border: 1px solid #d0d7de;
                               border-radius: 8px; }
#titleLabel { font-size: 18pt; font-weight: 600; color: #1f2328; }
#subtitleLabel, .muted { color: #57606a; }
#errorLabel { color: #cf222e; }
#sectionTitle { font-size: 11pt; font-weight: 600; color: #1f2328; }
#callerNumber { font-size: 20pt; font-weight: 600; color: #1f2328; }
#customerName { font-size: 14pt; font-weight: 600; color: #1f2328; }
#stateBadge { color: #ffffff; border-radius: 6px; padding: 4px 12px; font-weight: 600;
              font-size: 11pt; }
#timeInState, #callTimer, #wrapUpCountdown { font-size: 13pt; font-weight: 600;
                                             color: #1f2328; }
#banner { background: #fff8c5; color: #4d2d00; border: 1px solid #d4a72c;
          border-radius: 6px; padding: 6px 10px; font-weight: 600; }
#monitorBanner { background: #ddf4ff; color: #0969da; border: 1px solid #54aeff;
                 border-radius: 6px; padding: 1px 10px; font-weight: 600; }
#audioWarning { color: #ffffff; background: #cf222e; border-radius: 4px; padding: 1px 8px;
                font-weight: 600; }
#alarmBanner { background: #cf222e; color: #ffffff; font-weight: bold; padding: 6px 10px;
               border-radius: 4px; }
#tagChip { background: #ddf4ff; color: #0969da; border-radius: 8px; padding: 1px 8px; }
QPushButton { padding: 5px 12px; border: 1px solid #d0d7de; border-radius: 6px;
              background: #f6f8fa; }
QToolButton { padding: 5px 22px 5px 12px; border: 1px solid #d0d7de; border-radius: 6px;
              background: #f6f8fa; }
QToolButton::menu-indicator { subcontrol-position: right center; right: 6px; }
QToolButton:disabled { color: #8c959f; }
QPushButton:hover { background: #eef1f4; }
QPushButton:disabled { color: #8c959f; background: #f6f8fa; }
QPushButton#answerButton { background: #1a7f37; color: #ffffff; border-color: #1a7f37;
                           font-weight: 600; }
QPushButton#answerButton:disabled { background: #94d3a2; border-color: #94d3a2; }
QPushButton#hangUpButton { background: #cf222e; color: #ffffff; border-color: #cf222e;
                           font-weight: 600; }
QPushButton#hangUpButton:disabled { background: #f0a8ae; border-color: #f0a8ae; }
QPushButton#muteButton:checked { background: #cf222e; color: #ffffff; border-color: #cf222e;
                               font-weight: 600; }
#mutedNotice { color: #ffffff; background: #cf222e; border-radius: 6px; padding: 4px 8px;
               font-weight: 600; }
#holdNotice { color: #4d2d00; background: #fff8c5; border: 1px solid #d4a72c;
              border-radius: 6px; padding: 3px 8px; font-weight: 600; font-size: 11pt; }
QPushButton#readyButton:checked { background: #1a7f37; color: white; }
QPushButton:checked { background: #ddf4ff; border-color: #0969da; }
QPushButton#signInButton, QPushButton#saveButton { background: #1f6feb; color: #ffffff;
                                                   border-color: #1f6feb; font-weight: 600; }
QPushButton#keypadButton { min-width: 40px; min-height: 28px; font-size: 12pt; }
QTableView { background: #ffffff; gridline-color: #eaeef2; border: 1px solid #d0d7de; }
QHeaderView::section { background: #f6f8fa; border: none; border-bottom: 1px solid #d0d7de;
                       padding: 4px; font-weight: 600; }
"""


def icon(name: str) -> QIcon:
    return QIcon(str(ICON_DIR / f"{name}.svg"))


def message_style(error: bool) -> str:
    """A tab's one-line message: red for an error, green for a success."""
    return f"color: {ERROR_COLOUR if error else OK_COLOUR};"


def badge_style(state: str) -> str:
    return f"background: {STATE_COLOURS.get(state, '#57606a')};"
