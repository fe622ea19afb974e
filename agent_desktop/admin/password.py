"""PasswordPresenter: the signed-in user changes their own password (POST
/auth/password); mismatches are caught before sending, the server's policy errors come
back to the field they name. Signals out, no widgets."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, Signal

from agent_desktop.admin.api import AdminApi
from agent_desktop.admin.errors import field_errors, first_detail, reason
from agent_desktop.admin.texts import AdminTexts
from agent_desktop.cti import CtiClient, CtiError
from agent_desktop.presenters.tasks import TaskRunner

log = logging.getLogger(__name__)


class PasswordPresenter(QObject):
    """`change(old, new, again)`; `changed` or `field_errors` ({field: message}) follows.
    Fields: old_password, new_password, confirm."""

    changed = Signal()
    field_errors = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        client: CtiClient | AdminApi,
        tasks: TaskRunner,
        after_change: Callable[[str], Awaitable[object]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`after_change(new_password)` runs once the server took it (the forced change
        signs in again with it)."""
        super().__init__(parent)
        self.api = client if isinstance(client, AdminApi) else AdminApi(client)
        self._tasks = tasks
        self._after_change = after_change

    def change(self, old: str, new: str, again: str) -> None:
        self._tasks.spawn(self.change_async(old, new, again), "change-password")

    async def change_async(self, old: str, new: str, again: str) -> bool:
        errors: dict[str, str] = {}
        if not old:
            errors["old_password"] = self.tr("Enter your current password.")
        if not new:
            errors["new_password"] = self.tr("Enter a new password.")
        elif new == old:
            errors["new_password"] = self.tr("The new password must differ from the old one.")
        if new and again != new:
            errors["confirm"] = self.tr("The two new passwords differ.")
        if errors:
            self.field_errors.emit(errors)
            return False
        self.busy_changed.emit(True)
        try:
            await self.api.change_password(old, new)
        except CtiError as exc:
            texts = AdminTexts(self)
            found = field_errors(exc, texts.error)
            if not found:
                field = (
                    "old_password" if getattr(exc, "status", 0) in (401, 403) else "new_password"
                )
                found = {
                    field: texts.error(getattr(exc, "error_id", ""), reason(exc), first_detail(exc))
                }
            self.field_errors.emit(found)
            return False
        else:
            log.info("password changed")
            if self._after_change is not None:
                await self._after_change(new)
        finally:
            self.busy_changed.emit(False)
        self.changed.emit()
        return True
