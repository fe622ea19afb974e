"""AdminPresenter: loads every admin collection into its table model, creates, updates
and deletes rows, resets passwords, uploads and fetches prompts; field errors of the
server's 4xx go back to the form by field name. Signals out, no widgets."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Coroutine, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desktop.admin.api import AdminApi
from agent_desktop.admin.errors import field_errors, first_detail, reason
from agent_desktop.admin.models import ResourceModel
from agent_desktop.admin.resources import BUILT_IN_ROLES, PERMISSIONS, RESOURCES, ResourceSpec
from agent_desktop.admin.texts import AdminTexts
from agent_desktop.cti import CtiClient, CtiError
from agent_desktop.presenters.tasks import TaskRunner
from agent_desktop.protocol import ConfigurationChanged

log = logging.getLogger(__name__)
# Collections whose lists show something of another: reloaded after it changes
# (a queue lists its members and numbers, a team its agents, a role its holders).
RELATED = {
    "agents": ("teams", "queues", "roles"),
    "dids": ("queues",),
    "teams": ("agents",),
    "queues": ("dids",),
}
# `configuration_changed` kinds → the collection that lists them
KINDS = {
    "agent": "agents",
    "team": "teams",
    "role": "roles",
    "queue": "queues",
    "did": "dids",
    "reason_code": "reason_codes",
    "disposition": "dispositions",
    "prompt": "prompts",
}
RELOAD_MS = 300  # changes come in bursts (an import): one reload per collection


class AdminPresenter(QObject):
    """`permissions` (the signed-in user's grants) decide the pages: manage_org edits
    agents, teams and roles; manage_routing queues, numbers, codes and prompts; view_team
    alone reads agents, teams and queues (a lead: the server scopes them to their teams)."""

    message = Signal(str, bool)  # text, is_error
    loaded = Signal(str)  # resource name
    saved = Signal(str, str)  # resource, key
    deleted = Signal(str, str)  # resource, key
    field_errors = Signal(str, object)  # resource, {field: message}
    password_reset = Signal(str, str)  # agent id, generated password ("" = none made)
    prompt_ready = Signal(str, str)  # prompt name, local file to play

    def __init__(
        self,
        client: CtiClient | AdminApi,
        tasks: TaskRunner,
        permissions: Iterable[str] = PERMISSIONS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.api = client if isinstance(client, AdminApi) else AdminApi(client)
        self._tasks = tasks
        granted = set(permissions)
        self.editable = {s.name for s in RESOURCES.values() if s.permission in granted}
        readable = self.editable | (
            {s.name for s in RESOURCES.values() if s.lead_visible}
            if "view_team" in granted
            else set()
        )
        self.texts = AdminTexts(self)
        self.specs = [s for s in RESOURCES.values() if s.name in readable]
        self.models = {s.name: ResourceModel(s, self.texts, self) for s in self.specs}
        self._audio_dir: tempfile.TemporaryDirectory[str] | None = None
        self._stale: set[str] = set()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_MS)
        self._reload_timer.timeout.connect(self._reload_stale)

    @property
    def read_only(self) -> bool:
        """Nothing here can be changed (a lead's view)."""
        return not self.editable

    def can_edit(self, name: str) -> bool:
        return name in self.editable

    # -- loading ----------------------------------------------------------------------------
    def start(self) -> None:
        for spec in self.specs:
            self.reload(spec.name)

    def reload(self, name: str) -> None:
        self._spawn(self.load(name), f"admin-load-{name}")

    async def load(self, name: str) -> bool:
        spec = RESOURCES[name]
        try:
            rows = await self.api.list(spec)
        except CtiError as exc:
            self.message.emit(
                self.tr("Could not load %1: %2")
                .replace("%1", self.texts.resource(name))
                .replace("%2", reason(exc)),
                True,
            )
            return False
        self.models[name].reset(rows)
        self.loaded.emit(name)
        return True

    def on_configuration_changed(self, event: ConfigurationChanged) -> None:
        """Another admin (or this one) changed the centre: reload what lists it."""
        name = KINDS.get(event.kind)
        if name in self.models:
            self._stale.add(name)
            self._stale.update(n for n in RELATED.get(name, ()) if n in self.models)
            self._reload_timer.start()

    def _reload_stale(self) -> None:
        stale, self._stale = self._stale, set()
        for name in sorted(stale):
            self.reload(name)

    def reload_related(self, name: str) -> None:
        """Reload the lists that show something of `name` (members, numbers, holders)."""
        for other in RELATED.get(name, ()):
            if other in self.models:
                self.reload(other)

    def row(self, name: str, key: str) -> dict[str, Any] | None:
        return self.models[name].get(key)

    def choices(self, ref: str) -> list[str]:
        """Keys of another collection, for a form's choice (roles: built-in ones first)."""
        model = self.models.get(ref)
        keys = [model.spec.key_of(r) for r in model.rows] if model is not None else []
        if ref == "roles":
            keys = list(BUILT_IN_ROLES) + [k for k in keys if k not in BUILT_IN_ROLES]
        return keys

    def choice_label(self, ref: str, key: str) -> str:
        """What a form shows for a key of another collection: its display name (a queue's
        "客服 Support" rather than `support`), the key itself when it has none."""
        model = self.models.get(ref)
        row = model.get(key) if model is not None else None
        return str((row or {}).get("display_name") or key)

    # -- editing ----------------------------------------------------------------------------
    def check(self, name: str, values: dict[str, Any], creating: bool) -> dict[str, str]:
        """The errors the form can tell without the server: required fields left empty."""
        spec = RESOURCES[name]
        return {
            f.name: self.texts.required()
            for f in spec.fields
            if f.required
            and (creating or not f.create_only)
            and values.get(f.name) in (None, "", [])
        }

    def save(self, name: str, key: str | None, values: dict[str, Any]) -> None:
        """Create (`key` None) or update a row; `saved` or `field_errors` follows."""
        self._spawn(self.save_async(name, key, values), f"admin-save-{name}")

    async def save_async(self, name: str, key: str | None, values: dict[str, Any]) -> bool:
        spec = RESOURCES[name]
        creating = key is None
        body = _body(spec, values, creating)
        local = self.check(name, body, creating)
        if local:
            self.field_errors.emit(name, local)
            return False
        try:
            row = (
                await self.api.create(spec, body)
                if creating
                else await self.api.update(spec, str(key), body)
            )
        except CtiError as exc:
            self._refused(name, exc, self.tr("Not saved: %1"))
            return False
        row = {**body, **row} if creating else {**(self.row(name, str(key)) or {}), **row}
        row.pop("password", None)
        generated = row.pop("generated_password", None)
        self.models[name].upsert([row])
        saved_key = spec.key_of(row)
        log.info("admin: %s %s %s", "created" if creating else "updated", name, saved_key)
        self.saved.emit(name, saved_key)
        self.reload_related(name)
        self.message.emit(self.tr("%1 saved.").replace("%1", saved_key), False)
        if generated:
            self.password_reset.emit(saved_key, str(generated))
        return True

    def delete(self, name: str, key: str) -> None:
        self._spawn(self.delete_async(name, key), f"admin-delete-{name}")

    async def delete_async(self, name: str, key: str) -> bool:
        try:
            await self.api.delete(RESOURCES[name], key)
        except CtiError as exc:
            self._refused(name, exc, self.tr("Not deleted: %1"))
            return False
        self.models[name].remove([key])
        log.info("admin: deleted %s %s", name, key)
        self.deleted.emit(name, key)
        self.reload_related(name)
        self.message.emit(self.tr("%1 deleted.").replace("%1", key), False)
        return True

    def test_webhook(self, key: str) -> None:
        self._spawn(self.test_webhook_async(key), "admin-test-webhook")

    async def test_webhook_async(self, key: str) -> bool:
        """Send the webhook a test event; the outcome as a message (and in its counts)."""
        try:
            result = await self.api.test_webhook(key)
        except CtiError as exc:
            self._refused("webhooks", exc, self.tr("Test not sent: %1"))
            return False
        if result.ok:
            text = self.tr("Webhook %1 answered HTTP %2 in %3 ms.").replace("%1", key)
            text = text.replace("%2", str(result.status_code))
            self.message.emit(text.replace("%3", f"{result.duration_ms:.0f}"), False)
        else:
            text = self.tr("Webhook %1 did not take the test: %2").replace("%1", key)
            self.message.emit(text.replace("%2", result.error or ""), True)
        self.reload_related("webhooks")
        return result.ok

    def reset_password(self, agent_id: str, password: str = "") -> None:
        self._spawn(self.reset_password_async(agent_id, password), "admin-reset-password")

    async def reset_password_async(self, agent_id: str, password: str = "") -> bool:
        try:
            generated = await self.api.reset_password(agent_id, password or None)
        except CtiError as exc:
            self._refused("agents", exc, self.tr("Password not reset: %1"))
            return False
        self.password_reset.emit(agent_id, generated)
        self.message.emit(
            self.tr("Password of %1 reset: it must be changed at the next sign-in.").replace(
                "%1", agent_id
            ),
            False,
        )
        return True

    def export_agents(self, target: Path) -> None:
        self._spawn(self.export_agents_async(target), "admin-export-agents")

    async def export_agents_async(self, target: Path) -> bool:
        try:
            await self.api.export_agents(target)
        except (CtiError, OSError) as exc:
            self.message.emit(
                self.tr("Not exported: %1").replace(
                    "%1", reason(exc) if isinstance(exc, CtiError) else str(exc)
                ),
                True,
            )
            return False
        log.info("admin: exported agents to %s", target.name)
        self.message.emit(self.tr("Agents exported to %1").replace("%1", str(target)), False)
        return True

    # -- prompts ----------------------------------------------------------------------------
    def upload_prompt(self, name: str, path: Path) -> None:
        self._spawn(self.upload_prompt_async(name, path), "admin-upload-prompt")

    async def upload_prompt_async(self, name: str, path: Path) -> bool:
        if not name.strip():
            self.field_errors.emit("prompts", {"name": self.texts.required()})
            return False
        try:
            row = await self.api.upload_prompt(name.strip(), path)
        except OSError as exc:
            self.field_errors.emit("prompts", {"file": str(exc)})
            return False
        except CtiError as exc:
            self._refused("prompts", exc, self.tr("Not uploaded: %1"))
            return False
        self.models["prompts"].upsert([{"name": name.strip(), **row}])
        self.saved.emit("prompts", name.strip())
        self.message.emit(self.tr("%1 uploaded.").replace("%1", name.strip()), False)
        return True

    def fetch_prompt(self, name: str) -> None:
        self._spawn(self.fetch_prompt_async(name), "admin-fetch-prompt")

    async def fetch_prompt_async(self, name: str) -> Path | None:
        if self._audio_dir is None:
            self._audio_dir = tempfile.TemporaryDirectory(prefix="admin-prompts-")
        target = Path(self._audio_dir.name) / f"{abs(hash(name))}.wav"
        try:
            await self.api.download_prompt(name, target)
        except CtiError as exc:
            self.message.emit(
                self.tr("Cannot play %1: %2").replace("%1", name).replace("%2", reason(exc)), True
            )
            return None
        self.prompt_ready.emit(name, str(target))
        return target

    def close(self) -> None:
        self._reload_timer.stop()
        if self._audio_dir is not None:
            self._audio_dir.cleanup()
            self._audio_dir = None

    # -- plumbing ---------------------------------------------------------------------------
    def _refused(self, name: str, exc: CtiError, text: str) -> None:
        errors = field_errors(exc, self.texts.error)
        if errors:
            self.field_errors.emit(name, errors)
        message = self.texts.error(getattr(exc, "error_id", ""), reason(exc), first_detail(exc))
        self.message.emit(text.replace("%1", message), True)

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        self._tasks.spawn(coro, name)


def _body(spec: ResourceSpec, values: dict[str, Any], creating: bool) -> dict[str, Any]:
    """The request body: create sends every filled field; an update leaves out the fields
    fixed at creation (the key, the initial password)."""
    body: dict[str, Any] = {}
    for f in spec.fields:
        if f.name not in values or (f.create_only and not creating):
            continue
        value = values[f.name]
        if f.kind == "password" and not value:
            continue
        if isinstance(value, str):
            value = value.strip()
        body[f.name] = None if value == "" and not f.required and creating is False else value
    if creating:
        body = {k: v for k, v in body.items() if v not in ("", None)}
    return body
