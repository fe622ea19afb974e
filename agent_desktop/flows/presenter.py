"""FlowsPresenter: the flow editor's state (the flows, the document being edited, the
server's problems by node, the last simulation) and its async work. Signals out, no
widgets; edits change a local draft until Save sends it as the flow's next version."""

from __future__ import annotations

import copy
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.cti import ApiError, CtiClient, CtiError
from agent_desktop.flows.api import FlowsApi
from agent_desktop.presenters.tasks import TaskRunner

log = logging.getLogger(__name__)


class FlowsPresenter(QObject):
    message = Signal(str, bool)  # text, is_error
    flows_loaded = Signal()
    document_changed = Signal()  # the draft (or the flow shown) changed
    problems_changed = Signal()
    simulated = Signal(object)  # the server's simulation answer
    overrides_changed = Signal()

    def __init__(
        self, client: CtiClient | FlowsApi, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.api = client if isinstance(client, FlowsApi) else FlowsApi(client)
        self._tasks = tasks
        self.flows: list[dict[str, Any]] = []
        self.current: dict[str, Any] | None = None  # the flow as the server has it
        self.document: dict[str, Any] = {}  # the draft being edited
        self.dirty = False
        self.problems: dict[str, list[str]] = {}  # node id ("" = the flow) -> messages
        self.choices: dict[str, list[str]] = {"prompt": [], "queue": [], "agent": [], "group": []}
        self.overrides: list[dict[str, Any]] = []  # forced time group states (强制处理)

    # --- loading ---------------------------------------------------------------------------

    def start(self) -> None:
        self._spawn(self.reload(), "flows-load")

    async def reload(self, select: str | None = None) -> None:
        try:
            self.flows = await self.api.flows()
            self.choices = {
                "prompt": await self.api.names("prompts", "name"),
                "queue": await self.api.names("queues", "name"),
                "agent": await self.api.names("agents", "agent_id"),
                "group": await self.api.names("time-groups", "name"),
            }
            self.overrides = await self.api.overrides()
        except CtiError as exc:
            self.message.emit(
                self.tr("Could not load the flows: %1").replace("%1", _why(exc)), True
            )
            return
        self.choices["prompt"] = sorted(set(self.choices["prompt"]) | set(BUILT_IN_PROMPTS))
        self.flows_loaded.emit()
        self.overrides_changed.emit()
        wanted = select or (self.current or {}).get("id")
        if wanted is None and self.flows:
            wanted = self.flows[0]["id"]
        if wanted is not None:
            self.select(str(wanted))

    def select(self, flow_id: str) -> None:
        """Show a flow (its latest version); a draft not saved is dropped."""
        flow = next((f for f in self.flows if f["id"] == flow_id), None)
        if flow is None:
            return
        self.current = flow
        self.document = copy.deepcopy(flow["document"])
        self.dirty = False
        self._set_problems(flow.get("problems") or [])
        self.document_changed.emit()

    # --- editing the draft -------------------------------------------------------------------

    def nodes(self) -> dict[str, Any]:
        nodes = self.document.setdefault("nodes", {})
        assert isinstance(nodes, dict)
        return nodes

    def set_node(self, node_id: str, node: dict[str, Any]) -> None:
        self.nodes()[node_id] = {k: v for k, v in node.items() if v is not None}
        self._edited()

    def add_node(self, node_id: str, kind: str) -> bool:
        node_id = node_id.strip()
        if not node_id or node_id in self.nodes():
            self.message.emit(self.tr("Choose a new node id."), True)
            return False
        self.nodes()[node_id] = {"type": kind}
        if not self.document.get("start"):
            self.document["start"] = node_id
        self._edited()
        return True

    def remove_node(self, node_id: str) -> None:
        if self.nodes().pop(node_id, None) is not None:
            self._edited()

    def set_start(self, node_id: str) -> None:
        self.document["start"] = node_id
        self._edited()

    def _edited(self) -> None:
        self.dirty = True
        self.document_changed.emit()

    def new_flow(self, flow_id: str, name: str) -> None:
        """A new flow on the server: one hang-up node to start from."""
        document = {"start": "start", "nodes": {"start": {"type": "hangup", "prompt": "goodbye"}}}

        async def create() -> None:
            try:
                await self.api.create(flow_id.strip(), name.strip(), document)
            except CtiError as exc:
                self._failed(self.tr("Not created: %1"), exc)
                return
            self.message.emit(self.tr("Flow %1 created.").replace("%1", flow_id), False)
            await self.reload(flow_id.strip())

        self._spawn(create(), "flow-create")

    # --- server actions ------------------------------------------------------------------------

    def save(self) -> None:
        if self.current is None:
            return
        flow_id, name = self.current["id"], self.current["name"]
        document = copy.deepcopy(self.document)

        async def save() -> None:
            try:
                saved = await self.api.save(flow_id, name, document)
            except CtiError as exc:
                self._failed(self.tr("Not saved: %1"), exc)
                return
            text = self.tr("Saved as version %1.").replace("%1", str(saved.get("version")))
            self.message.emit(text, False)
            await self.reload(flow_id)

        self._spawn(save(), "flow-save")

    def publish_latest(self, version: int | None = None) -> None:
        """Publish the latest version, or `version` (an older one: a rollback)."""
        if self.current is None:
            return
        flow_id = self.current["id"]

        async def publish() -> None:
            try:
                done = await self.api.publish_flow(flow_id, version)
            except CtiError as exc:
                self._failed(self.tr("Not published: %1"), exc)
                return
            published = str(done.get("published_version"))
            self.message.emit(self.tr("Version %1 published.").replace("%1", published), False)
            await self.reload(flow_id)

        self._spawn(publish(), "flow-publish")

    def simulate(self, ani: str, at: str | None, digits: list[str]) -> None:
        if self.current is None:
            return
        flow_id = self.current["id"]
        body: dict[str, Any] = {"ani": ani, "digits": digits}
        if at:
            body["at"] = at

        async def simulate() -> None:
            try:
                result = await self.api.simulate(flow_id, body)
            except CtiError as exc:
                self._failed(self.tr("Not simulated: %1"), exc)
                return
            self.simulated.emit(result)

        self._spawn(simulate(), "flow-simulate")

    def force(self, group: str, state: str | None) -> None:
        """Force a time group open, closed or to its holiday branch (None lifts it)."""
        rows = [o for o in self.overrides if o.get("time_group") != group]
        if state is not None:
            rows.append({"time_group": group, "state": state})

        async def put() -> None:
            try:
                self.overrides = await self.api.set_overrides(rows)
            except CtiError as exc:
                self._failed(self.tr("Not changed: %1"), exc)
                return
            self.overrides_changed.emit()

        self._spawn(put(), "flow-overrides")

    # --- helpers -------------------------------------------------------------------------------

    def _failed(self, template: str, exc: CtiError) -> None:
        if isinstance(exc, ApiError) and exc.error_id == "invalid_flow" and exc.details:
            self._set_problems(exc.details[0].get("problems") or [])
        self.message.emit(template.replace("%1", _why(exc)), True)

    def _set_problems(self, problems: list[dict[str, Any]]) -> None:
        self.problems = {}
        for problem in problems:
            where = str(problem.get("node") or "")
            text = f"{problem.get('path')}: {problem.get('message')}"
            self.problems.setdefault(where, []).append(text)
        self.problems_changed.emit()

    def _spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        self._tasks.spawn(coro, name)


BUILT_IN_PROMPTS = (
    "welcome_menu",
    "welcome_support",
    "support_menu",
    "invalid_choice",
    "please_hold",
    "connecting",
    "goodbye",
    "after_hours",
    "voicemail_greeting",
    "survey_question",
    "survey_thanks",
    "callback_noted",
    "enter_extension",
)


def _why(exc: CtiError) -> str:
    return getattr(exc, "message", "") or str(exc)
