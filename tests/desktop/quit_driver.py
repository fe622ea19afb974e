"""Runs `agent-desktop` (real pjsua2 softphone) as its own process, signs in through the
sign-in page, waits for the phone to register, then quits the way a person does:
`ctrl+q` (the key on the window), `menu` (Session → Quit) or `tray` (the tray's Quit).

    python -m tests.desktop.quit_driver SERVER AGENT HOW [agent-desktop options...]
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from agent_desktop import __main__ as desktop_main
from agent_desktop.platform.integration import DesktopIntegration
from agent_desktop.views.main_window import MainWindow


def main(argv: list[str]) -> int:
    server, agent, how, rest = argv[0], argv[1], argv[2], argv[3:]
    app = QApplication(sys.argv[:1])
    step = ["sign-in"]

    def poke() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            return
        window = windows[0]
        if step[0] == "sign-in":
            ui = window.sign_in.ui
            ui.serverEdit.setText(server)
            ui.agentEdit.setText(agent)
            ui.passwordEdit.setText("demo")
            ui.signInButton.click()
            step[0] = "registering"
        elif step[0] == "registering" and window.registration_label.text() == "Phone: registered":
            print(f"driver: registered, quitting by {how}", file=sys.stderr, flush=True)
            step[0] = "quitting"
            if how == "ctrl+q":
                window.activateWindow()
                QTest.qWaitForWindowActive(window, 2000)
                QTest.keyClick(
                    app.focusWidget() or window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier
                )
            elif how == "menu":
                window.quit_action.trigger()
            else:
                integration = window.findChild(DesktopIntegration)
                assert integration is not None
                integration.tray.quit_requested.emit()

    timer = QTimer()
    timer.timeout.connect(poke)
    timer.start(100)
    return desktop_main.main(["--language", "en", *rest])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
