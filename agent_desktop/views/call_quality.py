"""The call card's live quality indicator: a coloured rating line and, when the network
hurts the call, a plain-words hint (from the softphone's RTCP window, see protocol/quality)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from agent_desktop.protocol.quality import QualitySample, Rating

_STYLE = {  # text colour, background, border
    Rating.GOOD: ("#116329", "#dafbe1", "#4ac26b"),
    Rating.FAIR: ("#4d2d00", "#fff8c5", "#d4a72c"),
    Rating.POOR: ("#ffffff", "#cf222e", "#cf222e"),
    Rating.NO_AUDIO: ("#ffffff", "#cf222e", "#cf222e"),
}


class QualityIndicator(QWidget):
    """Shows "Call quality: good" etc. while a call has audio; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("qualityIndicator")
        self.hint = QLabel(self)
        self.hint.setObjectName("qualityHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #82071e; font-size: 9pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.hint)
        self.sample: QualitySample | None = None
        self.show_sample(None)

    def show_sample(self, sample: QualitySample | None) -> None:
        self.sample = sample
        self.setVisible(sample is not None)
        if sample is None:
            return
        names = {
            Rating.GOOD: self.tr("good"),
            Rating.FAIR: self.tr("fair"),
            Rating.POOR: self.tr("poor"),
            Rating.NO_AUDIO: self.tr("network lost"),
        }
        rating = sample.rating
        fg, bg, border = _STYLE[rating]
        self.label.setStyleSheet(
            f"color: {fg}; background: {bg}; border: 1px solid {border}; border-radius: 6px;"
            " padding: 2px 8px; font-weight: 600;"
        )
        self.label.setText(self.tr("● Call quality: %1").replace("%1", names[rating]))
        self.label.setToolTip(
            self.tr(
                "Estimated MOS %1 (1 bad – 4.5 best) · loss %2 % · jitter %3 ms · round trip %4 ms"
            )
            .replace("%1", f"{sample.mos:.1f}")
            .replace("%2", f"{sample.loss_pct:.1f}")
            .replace("%3", f"{sample.jitter_ms:.0f}")
            .replace("%4", f"{sample.rtt_ms:.0f}")
        )
        hints = {
            Rating.POOR: self.tr(
                "Your network is losing audio; the caller may hear you break "
                "up. Pause downloads and video, or use a cable instead of "
                "Wi-Fi."
            ),
            Rating.NO_AUDIO: self.tr(
                "No audio is arriving: your network or VPN dropped. "
                "Stay on the line, the call resumes when it is back."
            ),
        }
        self.hint.setText(hints.get(rating, ""))
        self.hint.setVisible(rating in hints)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_sample(self.sample)
        super().changeEvent(event)
