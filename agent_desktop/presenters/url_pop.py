"""URL pop: opens the CRM page the server attached to an offered call (its queue's or
number's template, filled in) in the browser, when the phone rings or when it is answered."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from agent_desktop.presenters.session import SessionPresenter
from agent_desktop.protocol import CallAnswered, CallEnded, CallOffered

log = logging.getLogger(__name__)
MAX_WAITING = 16  # offers remembered until their answer (one ringing call at a time, really)


class UrlPop(QObject):
    """Opens each offered call's `pop_url` once: at the offer (`pop_on` "ring") or when the
    call is answered ("answer"); a call that ends unanswered opens nothing."""

    def __init__(self, session: SessionPresenter) -> None:
        super().__init__(session)
        self._waiting: dict[str, str] = {}  # call id -> URL to open at answer
        self.opened: list[str] = []  # the URLs opened this session, newest last
        session.call_offered.connect(self._on_session_call_offered)
        session.call_answered.connect(self._on_session_call_answered)
        session.call_ended.connect(self._on_session_call_ended)
        session.signed_out.connect(lambda *_: self._waiting.clear())

    def _on_session_call_offered(self, offer: CallOffered) -> None:
        if not offer.pop_url:
            return
        if urlsplit(offer.pop_url).scheme not in ("http", "https"):
            log.warning("URL pop of call %s ignored: not an http(s) URL", offer.call.id)
            return
        if offer.pop_on == "answer":
            if len(self._waiting) >= MAX_WAITING:
                self._waiting.pop(next(iter(self._waiting)))
            self._waiting[offer.call.id] = offer.pop_url
        else:
            self._open(offer.call.id, offer.pop_url)

    def _on_session_call_answered(self, event: CallAnswered) -> None:
        url = self._waiting.pop(event.id, None)
        if url:
            self._open(event.id, url)

    def _on_session_call_ended(self, event: CallEnded) -> None:
        self._waiting.pop(event.id, None)

    def _open(self, call_id: str, url: str) -> None:
        parts = urlsplit(url)
        log.info(
            "URL pop of call %s: opening %s://%s%s", call_id, parts.scheme, parts.netloc, parts.path
        )
        self.opened.append(url)
        if not QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode)):
            log.warning("URL pop of call %s: the system could not open the browser", call_id)
