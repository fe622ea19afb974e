"""In-app recording player: QMediaPlayer + QAudioOutput, play/pause, a seek slider and
position / duration; works without an audio device (the position still advances)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from agent_desktop.supervisor.formatting import format_duration


class RecordingPlayer(QWidget):
    """`load(path)` a local WAV; the slider seeks while dragged or clicked."""

    def __init__(
        self,
        parent: QWidget | None = None,
        outputs: Callable[[], Sequence[object]] = QMediaDevices.audioOutputs,
    ) -> None:
        super().__init__(parent)
        self._outputs = outputs  # the PC's speakers (tests pass a list)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._render_speaker)
        self.speaker_label = QLabel()  # no speaker: the recording would play in silence
        self.speaker_label.setObjectName("audioWarning")
        self.speaker_label.hide()
        self.player = QMediaPlayer(self)
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.play_button = QPushButton()
        self.play_button.setEnabled(False)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setEnabled(False)
        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setMinimumWidth(90)
        self.title_label = QLabel()
        self.title_label.setObjectName("subtitleLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.play_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.speaker_label)
        self.play_button.clicked.connect(self._on_play_button_clicked)
        self.slider.sliderMoved.connect(self.seek)
        self.slider.actionTriggered.connect(self._on_slider_action)
        self.player.durationChanged.connect(self._on_duration_changed)
        self.player.positionChanged.connect(self._on_position_changed)
        self.player.playbackStateChanged.connect(lambda _state: self.retranslate())
        self.player.errorOccurred.connect(self._on_error)
        self.retranslate()

    @property
    def duration(self) -> int:
        return int(self.player.duration())

    def load(self, path: str, title: str = "") -> None:
        self.player.stop()
        self.player.setSource(QUrl.fromLocalFile(path))
        self.title_label.setText(title)
        self.play_button.setEnabled(True)

    def unload(self) -> None:
        self.player.stop()
        self.player.setSource(QUrl())
        self.play_button.setEnabled(False)
        self.slider.setEnabled(False)
        self.title_label.setText("")

    def seek(self, position_ms: int) -> None:
        self.player.setPosition(int(position_ms))

    def _on_slider_action(self, _action: int) -> None:
        if not self.slider.isSliderDown():  # page steps and clicks on the groove
            self.seek(self.slider.sliderPosition())

    def _on_play_button_clicked(self) -> None:
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def _on_duration_changed(self, duration: int) -> None:
        self.slider.setRange(0, max(0, duration))
        self.slider.setPageStep(max(1000, duration // 20))
        self.slider.setEnabled(duration > 0)
        self._show_time()

    def _on_position_changed(self, position: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(position)
        self._show_time()

    def _show_time(self) -> None:
        self.time_label.setText(
            f"{format_duration(self.player.position() / 1000)} / "
            f"{format_duration(self.player.duration() / 1000)}"
        )

    def _on_error(self, _error: QMediaPlayer.Error, message: str) -> None:
        self.title_label.setText(self.tr("Cannot play: %1").replace("%1", message))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render_speaker(self) -> None:
        self.speaker_label.setText(self.tr("No speaker on this PC: recordings play in silence."))
        self.speaker_label.setVisible(not self._outputs())

    def retranslate(self) -> None:
        playing = self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self._render_speaker()
