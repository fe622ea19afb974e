"""Softphone panel: call status and timer, answer / hang up / hold / mute, keypad, dial,
transfer and consult; while consulting, the second line (who is on hold, who hears whom)
with complete / conference / swap / back, and in a conference of more than three the
party list (who, state, whom each hears) with a Drop button per party. Actions go to the
call presenter; the panel only renders its phase."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.presenters.agent_state import format_duration
from agent_desktop.presenters.call import DIALLING, IDLE, ON_CALL, RINGING, WRAP_UP, CallPresenter
from agent_desktop.presenters.transfer_directory import TransferDirectory
from agent_desktop.protocol import ConsultView
from agent_desktop.views.call_quality import QualityIndicator
from agent_desktop.views.monitor_card import MonitorCard
from agent_desktop.views.style import icon

KEYS = "123456789*0#"
PARTY_ROWS = 4  # a conference's parties besides the caller and me (6 in all)


class TargetCombo(QComboBox):
    """The transfer target field; `opening` is emitted as its list drops down."""

    opening = Signal()

    def showPopup(self) -> None:
        self.opening.emit()
        super().showPopup()


class SoftphonePanel(QFrame):
    """Left column of the workspace."""

    def __init__(self, presenter: CallPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._presenter = presenter
        self.title = QLabel(self)
        self.title.setObjectName("sectionTitle")
        self.number_label = QLabel(self)
        self.number_label.setObjectName("callerNumber")
        self.timer_label = QLabel("0:00", self)
        self.timer_label.setObjectName("callTimer")
        self.hold_label = QLabel(self)  # "On hold 0:42", while the caller waits
        self.hold_label.setObjectName("holdNotice")
        self.hold_label.hide()
        self.quality = QualityIndicator(self)  # live RTCP figures of the call in hand
        self.muted_label = QLabel(self)  # while muted: the caller cannot hear the agent
        self.muted_label.setObjectName("mutedNotice")
        self.muted_label.setWordWrap(True)
        self.muted_label.hide()
        self.answer_button = QPushButton(icon("answer"), "", self)
        self.answer_button.setObjectName("answerButton")
        self.hang_up_button = QPushButton(icon("hangup"), "", self)
        self.hang_up_button.setObjectName("hangUpButton")
        self.hold_button = QPushButton(icon("hold"), "", self)
        self.hold_button.setCheckable(True)
        self.mute_button = QPushButton(icon("mute"), "", self)
        self.mute_button.setObjectName("muteButton")
        self.mute_button.setCheckable(True)
        for button in (self.answer_button, self.hang_up_button, self.hold_button, self.mute_button):
            button.setIconSize(QSize(18, 18))

        self.phonebook: QCompleter | None = None  # 通讯录, set at sign-in
        self.dial_edit = QLineEdit(self)
        self.dial_button = QPushButton(icon("dialpad"), "", self)
        self.keypad = QGridLayout()
        self.keypad.setSpacing(4)
        for index, key in enumerate(KEYS):
            button = QPushButton(key, self)
            button.setObjectName("keypadButton")
            button.clicked.connect(lambda _=False, k=key: self._on_key_clicked(k))
            self.keypad.addWidget(button, index // 3, index % 3)

        self.transfer_title = QLabel(self)
        self.transfer_title.setObjectName("sectionTitle")
        self.transfer_kind = QComboBox(self)
        self.transfer_target = TargetCombo(self)  # the directory's entries, or typed text
        self.transfer_target.setEditable(True)
        self.transfer_target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.transfer_target.setMinimumContentsLength(12)
        self.transfer_target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._directory: TransferDirectory | None = None
        self.transfer_button = QPushButton(icon("transfer"), "", self)
        self.consult_note = QLineEdit(self)  # travels to the consulted agent's screen-pop
        self.consult_note.setMaxLength(500)
        self.consult_button = QPushButton(icon("transfer"), "", self)

        # The second line (咨询): both calls, and which one the agent hears.
        self.consult_box = QFrame(self)
        self.consult_box.setObjectName("consultLine")
        self.consult_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.line1_label = QLabel(self.consult_box)
        self.line2_label = QLabel(self.consult_box)
        for label in (self.line1_label, self.line2_label):
            label.setWordWrap(True)
        # A conference of more than three: one row per party, Alt+1..4 drops it.
        self.party_labels: list[QLabel] = []
        self.drop_buttons: list[QPushButton] = []
        self.party_box = QWidget(self.consult_box)
        parties = QGridLayout(self.party_box)
        parties.setContentsMargins(0, 0, 0, 0)
        for i in range(PARTY_ROWS):
            label = QLabel(self.party_box)
            label.setWordWrap(True)
            button = QPushButton(self.party_box)
            button.clicked.connect(lambda _c=False, i=i: self._drop_party(i))
            parties.addWidget(label, i, 0)
            parties.addWidget(button, i, 1)
            self.party_labels.append(label)
            self.drop_buttons.append(button)
            shortcut = QShortcut(
                QKeySequence(f"Alt+{i + 1}"), self, context=Qt.ShortcutContext.ApplicationShortcut
            )
            shortcut.activated.connect(lambda b=button: b.click() if b.isEnabled() else None)
        parties.setColumnStretch(0, 1)
        self.party_box.hide()
        self._party_names: list[str] = []
        self.complete_button = QPushButton(self.consult_box)
        self.conference_button = QPushButton(self.consult_box)
        self.swap_button = QPushButton(self.consult_box)
        self.back_button = QPushButton(self.consult_box)
        box = QVBoxLayout(self.consult_box)
        box.setContentsMargins(8, 6, 8, 6)
        box.addWidget(self.line1_label)
        box.addWidget(self.line2_label)
        box.addWidget(self.party_box)
        for button in (
            self.complete_button,
            self.conference_button,
            self.swap_button,
            self.back_button,
        ):  # one per row: the column is narrow, and Chinese labels must fit too
            box.addWidget(button)
        self.consult_box.hide()

        self.monitor_card = MonitorCard(presenter, self)  # a lead's monitored call

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.monitor_card)
        layout.addWidget(self.title)
        layout.addWidget(self.number_label)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.hold_label)
        layout.addWidget(self.quality)
        layout.addWidget(self.consult_box)
        row = QGridLayout()
        row.addWidget(self.answer_button, 0, 0)
        row.addWidget(self.hang_up_button, 0, 1)
        row.addWidget(self.hold_button, 1, 0)
        row.addWidget(self.mute_button, 1, 1)
        layout.addLayout(row)
        layout.addWidget(self.muted_label)
        dial_row = QHBoxLayout()
        dial_row.addWidget(self.dial_edit, 1)
        dial_row.addWidget(self.dial_button)
        layout.addSpacing(6)
        layout.addLayout(dial_row)
        layout.addLayout(self.keypad)
        layout.addSpacing(6)
        layout.addWidget(self.transfer_title)
        transfer_row = QHBoxLayout()  # the kind and a consult's note, then the target
        transfer_row.addWidget(self.transfer_kind)
        transfer_row.addWidget(self.consult_note, 1)
        layout.addLayout(transfer_row)
        layout.addWidget(self.transfer_target)
        # Blind transfer and consult side by side: the column fits 768 px in Chinese too.
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.transfer_button, 1)
        buttons_row.addWidget(self.consult_button, 1)
        layout.addLayout(buttons_row)
        layout.addStretch(1)

        self.answer_button.clicked.connect(presenter.answer)
        self.hang_up_button.clicked.connect(presenter.hang_up)
        self.hold_button.clicked.connect(self._on_hold_button_clicked)
        self.mute_button.clicked.connect(presenter.toggle_mute)
        self.dial_button.clicked.connect(self._on_dial_button_clicked)
        self.dial_edit.returnPressed.connect(self._on_dial_button_clicked)
        self.transfer_button.clicked.connect(self._on_transfer_button_clicked)
        self.consult_button.clicked.connect(self._on_consult_button_clicked)
        self.complete_button.clicked.connect(presenter.complete_consult)
        self.conference_button.clicked.connect(presenter.join_conference)
        self.swap_button.clicked.connect(presenter.swap_consult)
        self.back_button.clicked.connect(presenter.cancel_consult)
        presenter.consult_changed.connect(lambda _c: self.refresh())
        # Keyboard-only use: each consult button has an application-wide shortcut (its label
        # names it); a shortcut acts only when its button is enabled.
        for keys, button in (
            ("Ctrl+Shift+C", self.consult_button),
            ("Ctrl+Shift+T", self.complete_button),
            ("Ctrl+Shift+J", self.conference_button),
            ("Ctrl+Shift+S", self.swap_button),
            ("Ctrl+Shift+B", self.back_button),
        ):
            shortcut = QShortcut(
                QKeySequence(keys), self, context=Qt.ShortcutContext.ApplicationShortcut
            )
            shortcut.activated.connect(lambda b=button: b.click() if b.isEnabled() else None)
        self.transfer_kind.currentIndexChanged.connect(lambda _i: self._fill_targets())
        presenter.phase_changed.connect(lambda _p: self.refresh())
        presenter.offered.connect(lambda _p: self.refresh())
        presenter.own_leg_changed.connect(self.refresh)
        presenter.muted_changed.connect(lambda _muted: self.refresh())
        presenter.hold_changed.connect(lambda _on: self.refresh())
        presenter.monitoring_changed.connect(lambda *_: self.refresh())
        presenter.session_cleared.connect(self._on_session_cleared)
        presenter.transferred.connect(lambda _target: self._clear_transfer_target())
        presenter.quality_changed.connect(self.quality.show_sample)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self.retranslate_ui()

    # -- rendering ------------------------------------------------------------------------
    def refresh(self) -> None:
        phase = self._presenter.phase
        pop = self._presenter.pop
        self.title.setText(
            {
                IDLE: self.tr("No call"),
                RINGING: self.tr("Incoming call"),
                DIALLING: self.tr("Calling…"),
                ON_CALL: self.tr("On hold") if self._presenter.on_hold else self.tr("On call"),
                WRAP_UP: self.tr("Call ended"),
            }[phase]
        )
        self.number_label.setText(pop.caller if pop and phase != IDLE else "—")
        if pop and phase == DIALLING:
            self.number_label.setText(pop.call.dnis or pop.call.ani or "")
        # dialling (internal call, click-to-dial): my own phone's leg rings first
        own_leg_rings = (
            phase == DIALLING
            and self._presenter.sip_call_id is not None
            and self._presenter.connected_at is None
        )
        self.answer_button.setEnabled(phase == RINGING or own_leg_rings)
        self.hang_up_button.setEnabled(phase in (RINGING, DIALLING, ON_CALL))
        on_hold = self._presenter.on_hold and phase == ON_CALL
        self.hold_button.setEnabled(phase == ON_CALL)
        self.hold_button.setChecked(on_hold)
        self.hold_button.setText(self.tr("Resume (F7)") if on_hold else self.tr("Hold (F7)"))
        self.hold_button.setIcon(icon("answer" if on_hold else "hold"))
        self.hold_label.setVisible(on_hold)
        muted = self._presenter.muted
        self.mute_button.setEnabled(phase == ON_CALL or muted)  # never stuck muted
        self.mute_button.setChecked(muted)
        self.mute_button.setText(self.tr("Unmute (F9)") if muted else self.tr("Mute (F9)"))
        self.muted_label.setVisible(muted)
        consult = self._presenter.consult if phase == ON_CALL else None
        self.transfer_button.setEnabled(phase == ON_CALL and consult is None)
        self.consult_button.setEnabled(
            phase == ON_CALL
            and self._presenter.can_consult_more
            and not self._presenter.consulted_by
        )
        self.hold_button.setEnabled(phase == ON_CALL and consult is None)  # consult: swap
        self._render_consult(consult)
        self.dial_button.setEnabled(phase in (IDLE, WRAP_UP))
        # Monitoring with no call of one's own: the card says it all, not "No call".
        # Answer / Hang up act only on a call of one's own (ringing, dialling, on call): while
        # monitoring they step aside too, so the card fits 768 px in Chinese without scrolling.
        own_call = not (phase == IDLE and self.monitor_card.active)
        for widget in (
            self.title,
            self.number_label,
            self.timer_label,
            self.answer_button,
            self.hang_up_button,
        ):
            widget.setVisible(own_call)
        self._tick()

    def _render_consult(self, consult: ConsultView | None) -> None:
        """Line 1 is the caller, line 2 the consulted party; the line(s) the agent hears
        are marked and bold."""
        self.consult_box.setVisible(consult is not None)
        if consult is None:
            return
        party = consult.party
        caller = {
            "ringing": self.tr("Line 1 · caller: on hold (music)"),
            "talking": self.tr("Line 1 · caller: on hold (music)"),
            "customer": self.tr("Line 1 · caller: talking with you"),
            "conference": self.tr("Line 1 · caller: in the conference"),
        }[consult.state]
        second = {
            "ringing": self.tr("Line 2 · %1: ringing…"),
            "talking": self.tr("Line 2 · %1: talking with you"),
            "customer": self.tr("Line 2 · %1: on hold (music)"),
            "conference": self.tr("Line 2 · %1: in the conference"),
        }[consult.state].replace("%1", party)
        hears_caller = consult.state in ("customer", "conference")
        hears_party = consult.state in ("talking", "conference")
        for label, text, heard in (
            (self.line1_label, caller, hears_caller),
            (self.line2_label, second, hears_party),
        ):
            label.setText(("▶ " if heard else "   ") + text)
            font = label.font()
            font.setBold(heard)
            label.setFont(font)
        self._render_parties(consult)
        answered = consult.state != "ringing"
        self.complete_button.setEnabled(answered)
        self.conference_button.setEnabled(answered and consult.state != "conference")
        if len(consult.parties) > 1:  # a conference of more than three
            self.swap_button.setEnabled(False)
            self.back_button.setText(self.tr("Back to the caller (Ctrl+Shift+B)"))
            self.back_button.setEnabled(consult.state != "conference")
            self.complete_button.setEnabled(consult.state == "conference")  # I leave, they stay
            return
        self.back_button.setEnabled(True)
        self.swap_button.setEnabled(consult.state in ("talking", "customer"))
        self.swap_button.setText(
            self.tr("Talk to the caller (Ctrl+Shift+S)")
            if consult.state == "talking"
            else self.tr("Talk to %1 (Ctrl+Shift+S)").replace("%1", party)
        )
        self.back_button.setText(
            self.tr("Drop %1 (Ctrl+Shift+B)").replace("%1", party)
            if consult.state == "conference"
            else self.tr("Back to the caller (Ctrl+Shift+B)")
        )

    def _render_parties(self, consult: ConsultView) -> None:
        """With two parties or more: line 2 gives way to one row per party (who, state,
        whom it hears; ▶ and bold: I hear it) with its Drop button."""
        many = len(consult.parties) > 1
        self.party_box.setVisible(many)
        self.line2_label.setVisible(not many)
        self._party_names = [p.party for p in consult.parties] if many else []
        if not many:
            return
        states = {
            "ringing": self.tr("ringing…"),
            "talking": self.tr("talking with you"),
            "customer": self.tr("on hold (music)"),
            "conference": self.tr("in the conference"),
        }
        if consult.state != "conference":  # a consult while the others talk on
            others = [h for h in consult.caller_hears if h != "music"]
            self.line1_label.setText(
                "   "
                + (
                    self.tr("Line 1 · caller: talking with %1").replace("%1", ", ".join(others))
                    if others
                    else self.tr("Line 1 · caller: on hold (music)")
                )
            )
            font = self.line1_label.font()
            font.setBold(False)
            self.line1_label.setFont(font)
        for i, (label, button) in enumerate(zip(self.party_labels, self.drop_buttons, strict=True)):
            party = consult.parties[i] if i < len(consult.parties) else None
            label.setVisible(party is not None)
            button.setVisible(party is not None)
            if party is None:
                continue
            heard = party.party in consult.host_hears
            hears = ", ".join(
                self.tr("music") if h == "music" else self.tr("caller") if h == "caller" else h
                for h in party.hears
            )
            label.setText(
                ("▶ " if heard else "   ")
                + self.tr("%1 · %2 · hears: %3")
                .replace("%1", party.party)
                .replace("%2", states[party.state])
                .replace("%3", hears or "—")
            )
            font = label.font()
            font.setBold(heard)
            label.setFont(font)
            button.setText(self.tr("Drop (Alt+%1)").replace("%1", str(i + 1)))
            button.setToolTip(self.tr("Drop %1 from the conference").replace("%1", party.party))
            button.setEnabled(party.state == "conference")

    def _drop_party(self, row: int) -> None:
        if row < len(self._party_names):
            self._presenter.drop_party(self._party_names[row])

    def _tick(self) -> None:
        self.timer_label.setText(format_duration(self._presenter.talk_seconds()))
        if self.hold_label.isVisibleTo(self):
            self.hold_label.setText(
                self.tr("On hold %1").replace("%1", format_duration(self._presenter.hold_seconds()))
            )

    def _on_session_cleared(self) -> None:
        """Signed out: the next user starts with empty fields."""
        self.dial_edit.clear()
        self._clear_transfer_target()
        self.consult_note.clear()
        self.transfer_kind.setCurrentIndex(0)
        self.mute_button.setChecked(False)
        self.refresh()

    def _clear_transfer_target(self) -> None:
        """Empty the target field; the directory's entries stay in the list."""
        self.transfer_target.setCurrentIndex(-1)
        self.transfer_target.setEditText("")

    # -- actions ------------------------------------------------------------------------
    def _on_key_clicked(self, key: str) -> None:
        if self._presenter.phase == ON_CALL:
            self._presenter.send_dtmf(key)
        else:
            self.dial_edit.insert(key)

    def _on_dial_button_clicked(self) -> None:
        text = self.dial_edit.text()
        self._presenter.dial(text.rpartition("·")[2])  # a phonebook pick not yet replaced

    def set_phonebook(self, entries: list[tuple[str, str]]) -> None:
        """通讯录 in the dial pad: typing part of a name or number offers the matching
        contacts ("name · number"); picking one leaves its number in the dial field."""
        model = QStringListModel([f"{label} · {number}" for label, number in entries], self)
        completer = QCompleter(model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._on_phonebook_activated)
        self.phonebook = completer
        self.dial_edit.setCompleter(completer)

    def _on_phonebook_activated(self, text: str) -> None:
        number = text.rpartition("·")[2].strip()
        # after the completer has written its "name · number" text
        QTimer.singleShot(0, lambda: self.dial_edit.setText(number))

    def _on_hold_button_clicked(self) -> None:
        self.hold_button.setChecked(self._presenter.on_hold)  # the server decides
        self._presenter.toggle_hold()

    def set_transfer_directory(self, directory: TransferDirectory) -> None:
        """Offer the directory's agents, queues and recent numbers as transfer targets."""
        self._directory = directory
        directory.changed.connect(self._fill_targets)
        self.transfer_target.opening.connect(directory.list_opened)  # fresh counts to pick from
        self._fill_targets()

    def _fill_targets(self) -> None:
        combo, kind = self.transfer_target, str(self.transfer_kind.currentData() or "agent")
        typed = combo.currentText() if combo.currentIndex() < 0 else ""
        combo.blockSignals(True)
        combo.clear()
        choices = self._directory.choices(kind) if self._directory else []
        for index, choice in enumerate(choices):
            combo.addItem(choice.label, choice.target)
            if not choice.available:
                combo.setItemData(index, QColor("#8c959f"), Qt.ItemDataRole.ForegroundRole)
        combo.setCurrentIndex(-1)
        combo.setEditText(typed)
        combo.blockSignals(False)
        placeholders = {
            "agent": self.tr("Pick an agent, or type an agent ID"),
            "queue": self.tr("Pick a queue"),
            "number": self.tr("Type a number, or pick a recent one"),
        }
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(placeholders.get(kind, ""))

    def selected_transfer_target(self) -> str:
        """The picked entry's ID (agent ID, queue name, number), else the typed text."""
        combo = self.transfer_target
        index = combo.currentIndex()
        if index >= 0 and combo.currentText() == combo.itemText(index):
            return str(combo.itemData(index))
        return combo.currentText().strip()

    def _on_transfer_button_clicked(self) -> None:
        kind, target = str(self.transfer_kind.currentData()), self.selected_transfer_target()
        self._presenter.transfer(kind, target, self.consult_note.text().strip())
        self.consult_note.clear()
        if kind == "number" and target and self._directory is not None:
            self._directory.remember(target)

    def _on_consult_button_clicked(self) -> None:
        kind, target = str(self.transfer_kind.currentData()), self.selected_transfer_target()
        self._presenter.start_consult(kind, target, self.consult_note.text().strip())
        self.consult_note.clear()
        if kind == "number" and target and self._directory is not None:
            self._directory.remember(target)

    def retranslate_ui(self) -> None:
        self.answer_button.setText(self.tr("Answer (F5)"))
        self.hang_up_button.setText(self.tr("Hang up (F6)"))
        self.muted_label.setText(self.tr("Microphone muted: the caller cannot hear you."))
        self.dial_edit.setPlaceholderText(self.tr("Number to dial"))
        self.dial_button.setText(self.tr("Dial"))
        self.transfer_title.setText(self.tr("Transfer"))
        current = self.transfer_kind.currentIndex()
        self.transfer_kind.clear()
        self.transfer_kind.addItem(self.tr("Agent"), "agent")
        self.transfer_kind.addItem(self.tr("Queue"), "queue")
        self.transfer_kind.addItem(self.tr("Number"), "number")
        self.transfer_kind.setCurrentIndex(max(0, current))
        self._fill_targets()
        self.transfer_button.setText(self.tr("Transfer call"))
        self.consult_note.setPlaceholderText(self.tr("Note for the colleague"))
        self.consult_note.setToolTip(
            self.tr("Note for the colleague (optional): shown on their screen-pop")
        )
        self.consult_button.setText(self.tr("Consult"))
        self.consult_button.setToolTip(
            self.tr(
                "Consult first (Ctrl+Shift+C): the caller hears music while you talk to the "
                "target; then transfer, conference or go back."
            )
        )
        self.complete_button.setText(self.tr("Transfer (Ctrl+Shift+T)"))
        self.conference_button.setText(self.tr("Conference (Ctrl+Shift+J)"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
