"""`tel:` / `callto:` / `sip:` links from the command line or a later launch: click-to-dial
now when signed in, else right after sign-in; the window is brought to the front."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from agent_desktop.numbers.links import BadLink, number_from_link
from agent_desktop.presenters.call import CallPresenter
from agent_desktop.presenters.session import SessionPresenter

log = logging.getLogger(__name__)


class LinkOpener(QObject):
    """`open(links)` dials the first link's number (one call at a time)."""

    def __init__(
        self, session: SessionPresenter, calls: CallPresenter, raise_window: Callable[[], None]
    ) -> None:
        super().__init__()
        self._session, self._calls, self._raise = session, calls, raise_window
        self.pending: str | None = None
        session.signed_in.connect(lambda _login: self._dial_pending())

    def open(self, links: list[str]) -> None:
        self._raise()
        numbers = []
        for link in links:
            try:
                numbers.append(number_from_link(link))
            except BadLink as exc:
                log.warning("link ignored: %s", exc)
        if not numbers:
            return
        self.pending = numbers[0]
        if self._session.client is not None:
            self._dial_pending()

    def _dial_pending(self) -> None:
        number, self.pending = self.pending, None
        if number:
            self._calls.dial(number)
