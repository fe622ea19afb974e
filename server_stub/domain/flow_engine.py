"""The one interpreter of flow documents: real calls and `simulate` both drive it.

A `FlowRun` walks one caller through a valid document (see `flows`). Inputs: the prompt
finished, a key, the no-input timer fired, a look-up answered. Outputs: actions for the
telephony service (`Play`, `Listen`, `Lookup`, `Satisfaction`) and, at the end, `Finish`
with the outcome (queue, agent, voicemail, callback, forward, hangup). Every node entered is
a step (`steps`), the path a caller took, node by node. Pure: time comes in as `Clock`.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from server_stub.domain.flows import DTMF
from server_stub.domain.number_areas import Area, AreaTable, digits_of

PLAYING = ("prompt", "invalid", "thanks")
MAX_HOPS = 100  # node entries without input: a safety net behind validation's loop check


@dataclass(frozen=True)
class Play:
    prompt: str


@dataclass(frozen=True)
class Listen:
    """Wait for keys; `seconds` of silence is a timeout."""

    seconds: float


@dataclass(frozen=True)
class Lookup:
    """Fetch `url` (GET, JSON) and answer with `looked_up`; `seconds` is its time limit."""

    url: str
    seconds: float


@dataclass(frozen=True)
class Satisfaction:
    score: int


@dataclass(frozen=True)
class Outcome:
    type: str  # queue, agent, voicemail, callback, forward, hangup
    target: str | None = None  # queue name, agent id, mailbox, outside number
    reason: str = ""
    max_seconds: float = 0  # voicemail: the longest message
    number: str | None = None  # callback: the number to call back
    prompt: str | None = None  # callback: what the caller hears once it is noted

    def as_dict(self) -> dict[str, Any]:
        key = {"queue": "queue", "callback": "queue", "agent": "agent", "voicemail": "box"}.get(
            self.type, "number"
        )
        out: dict[str, Any] = {"type": self.type}
        if self.target is not None:
            out[key] = self.target
        if self.reason:
            out["reason"] = self.reason
        if self.type == "callback":
            out["number"] = self.number
        return out


@dataclass(frozen=True)
class Finish:
    outcome: Outcome


Action = Play | Listen | Lookup | Satisfaction | Finish

# Time group state by name: (state, why) with state "open", "closed" or "holiday".
TimeCheck = Callable[[str], tuple[str, str]]


def area_branch(
    ani: str, branches: Mapping[str, Any], areas: AreaTable | None = None
) -> tuple[str | None, Area | None]:
    """区域路由: the branch for the caller's number (digits, a leading +86/0086 dropped).

    Branches keyed by digits are number prefixes: the longest one that starts the number
    wins (`0755` Shenzhen landlines, `1390755` a mobile segment). Otherwise a branch named
    by the number's city, then one named by its province (`深圳`, `广东`, `Guangdong`), the
    area found in `areas` (号码归属地). Returns (branch key or None, the caller's area)."""
    digits = digits_of(ani)
    area = areas.lookup(ani) if areas is not None and digits else None
    keys = [k for k in branches if str(k).isdigit() and digits and digits.startswith(str(k))]
    if keys:
        return max(keys, key=len), area
    if area is not None and areas is not None:
        for level in ("city", "province"):
            for key in branches:
                if not str(key).isdigit() and areas.matches(area, str(key)) == level:
                    return str(key), area
    return None, area


@dataclass
class FlowRun:
    """One caller's walk through a flow document."""

    doc: Mapping[str, Any]
    time_check: TimeCheck
    ani: str = ""
    dnis: str = ""
    agents: frozenset[str] = frozenset()
    queues: frozenset[str] = frozenset()
    areas: AreaTable | None = None  # 号码归属地, for `area` branches named by place
    steps: list[dict[str, Any]] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)
    path: list[str] = field(default_factory=list)  # keys that chose menu branches
    outcome: Outcome | None = None
    _node: str = ""
    _phase: str = ""  # prompt, invalid, listen, lookup, done
    _playing: str | None = None
    _tries: int = 0
    _buffer: str = ""
    _hops: int = 0
    _after_agent: str | None = None  # the queue node's `survey`: where the caller goes next

    @property
    def done(self) -> bool:
        return self.outcome is not None

    @property
    def node(self) -> Mapping[str, Any]:
        return self.doc["nodes"][self._node]  # type: ignore[no-any-return]

    # --- inputs ---------------------------------------------------------------------------

    def start(self) -> list[Action]:
        return self._enter(str(self.doc["start"]))

    def prompt_finished(self, prompt: str) -> list[Action]:
        if self.done or prompt != self._playing or self._phase not in PLAYING:
            return []
        self._playing = None
        kind = self.node["type"]
        if self._phase == "thanks":
            return self._after_survey()
        if self._phase == "invalid":
            return self._play(self.node["prompt"])
        if kind in ("menu", "collect", "survey"):
            self._phase = "listen"
            return [Listen(float(self.node.get("timeout", 6)))]
        if kind == "play":
            return self._enter(self.node["next"])
        return self._final()

    def digit(self, key: str) -> list[Action]:
        if self.done or key not in DTMF or self._phase not in ("prompt", "invalid", "listen"):
            return []
        kind = self.node["type"]
        if kind == "menu":
            return self._menu_key(key)
        if kind == "collect":
            return self._collect_key(key)
        if kind == "survey":
            return self._survey_key(key)
        return []  # keys during a plain prompt are ignored

    def timed_out(self) -> list[Action]:
        if self.done or self._phase != "listen":
            return []
        if self.node["type"] == "collect" and self._buffer:
            return self._collect_done()
        self.steps[-1].setdefault("timeouts", 0)
        self.steps[-1]["timeouts"] += 1
        return self._retry("no_input")

    def looked_up(self, answer: Any, problem: str = "") -> list[Action]:
        """The look-up's JSON answer (None with `problem` when it failed or timed out)."""
        if self.done or self._phase != "lookup":
            return []
        node = self.node
        value: Any = answer
        for part in str(node["field"]).split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        key = "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
        target = node["branches"].get(key)
        self.steps[-1]["value"] = None if value is None else key
        if target is None:
            self.steps[-1]["branch"] = "default"
            if problem:
                self.steps[-1]["problem"] = problem
            return self._enter(node["default"])
        self.steps[-1]["branch"] = key
        return self._enter(target)

    def agent_left(self) -> list[Action]:
        """The agent hung up on a caller the flow queued: the queue node's `survey` runs
        (満意度调查 after the call); [] when it has none (the call ends)."""
        if self._after_agent is None or self.outcome is None or self.outcome.type != "queue":
            return []
        node, self._after_agent = self._after_agent, None
        self.outcome, self._phase, self._hops = None, "", 0
        return self._enter(node)

    # --- nodes ----------------------------------------------------------------------------

    def _enter(self, node_id: str | None) -> list[Action]:
        if node_id is None:
            return self._finish(Outcome("hangup", reason="no_input"))
        self._hops += 1
        if self._hops > MAX_HOPS:
            return self._finish(Outcome("hangup", reason="loop"))
        self._node, self._tries, self._buffer, self._playing = node_id, 0, "", None
        node = self.node
        kind = node["type"]
        self.steps.append({"node": node_id, "type": kind})
        if kind == "time":
            state, why = self.time_check(node["group"])
            self.steps[-1].update(state=state, why=why)
            if state == "holiday":
                return self._enter(node.get("holiday") or node["closed"])
            return self._enter(node["open"] if state == "open" else node["closed"])
        if kind == "area":
            key, area = area_branch(self.ani, node["branches"], self.areas)
            self.steps[-1]["branch"] = key
            if area is not None:
                self.steps[-1]["area"] = {"province": area.province, "city": area.city}
            return self._enter(node["branches"][key] if key is not None else node["default"])
        if kind == "lookup":
            self._phase = "lookup"
            url = self._render(str(node["url"]))
            self.steps[-1]["url"] = url
            return [Lookup(url, float(node.get("timeout", 3)))]
        if kind in ("queue", "dial"):
            return self._final()
        if node.get("prompt"):
            return self._play(node["prompt"])
        return self._final()

    def _play(self, prompt: str, phase: str = "prompt") -> list[Action]:
        self._phase, self._playing = phase, prompt
        return [Play(prompt)]

    def _final(self) -> list[Action]:
        node = self.node
        kind = node["type"]
        if kind == "queue":
            self._after_agent = node.get("survey")
            return self._finish(Outcome("queue", node["queue"]))
        if kind == "dial":
            return self._dial(node)
        if kind == "voicemail":
            seconds = float(node.get("max_seconds", 60))
            return self._finish(Outcome("voicemail", node["box"], max_seconds=seconds))
        if kind == "callback":
            variable = node.get("variable")
            number = self.variables.get(variable, "") if variable else self.ani
            noted = str(node.get("noted_prompt") or "callback_noted")
            return self._finish(
                Outcome("callback", node["queue"], number=number or None, prompt=noted)
            )
        if kind == "forward":
            return self._finish(Outcome("forward", node["number"]))
        return self._hang("hangup")

    def _hang(self, reason: str) -> list[Action]:
        return self._finish(Outcome("hangup", reason=reason))

    def _finish(self, outcome: Outcome) -> list[Action]:
        self.outcome, self._phase = outcome, "done"
        return [Finish(outcome)]

    def _dial(self, node: Mapping[str, Any]) -> list[Action]:
        wanted = node.get("agent") or self.variables.get(str(node.get("variable")), "")
        self.steps[-1]["dialled"] = wanted
        if wanted in self.agents:
            return self._finish(Outcome("agent", wanted))
        if wanted in self.queues:
            return self._finish(Outcome("queue", wanted))
        self.steps[-1]["problem"] = "no such agent or queue"
        return self._enter(node.get("invalid"))

    def _retry(self, why: str) -> list[Action]:
        node = self.node
        self._tries += 1
        self._buffer = ""
        if self._tries > int(node.get("retries", 2)):
            self.steps[-1]["gave_up"] = why
            if node["type"] == "survey":
                return self._after_survey()
            fallback = node.get("default") if node["type"] == "menu" else node.get("invalid")
            return self._enter(fallback)
        if why == "invalid" and node["type"] != "survey":
            return self._play(node.get("invalid_prompt") or "invalid_choice", "invalid")
        return self._play(node["prompt"])

    def _menu_key(self, key: str) -> list[Action]:
        target = self.node["choices"].get(key)
        self.steps[-1].setdefault("keys", []).append(key)
        if target is None:
            return self._retry("invalid")
        self.path.append(key)
        self.steps[-1]["choice"] = key
        return self._enter(target)

    def _collect_key(self, key: str) -> list[Action]:
        node = self.node
        terminator = node.get("terminator", "#")
        if terminator and key == terminator:
            return self._collect_done()
        self._buffer += key
        if len(self._buffer) >= int(node.get("max_length", 16)):
            return self._collect_done()
        if self._phase == "listen":
            return [Listen(float(node.get("timeout", 6)))]  # the next key's time
        return []

    def _collect_done(self) -> list[Action]:
        node = self.node
        value, self._buffer = self._buffer, ""
        pattern = node.get("pattern")
        ok = len(value) >= int(node.get("min_length", 1)) and (
            not pattern or re.fullmatch(str(pattern), value) is not None
        )
        self.steps[-1].setdefault("entered", []).append(value)
        if not ok:
            return self._retry("invalid")
        self.variables[str(node["variable"])] = value
        self.path.append(value)
        return self._enter(node["next"])

    def _survey_key(self, key: str) -> list[Action]:
        if key not in "12345":
            self.steps[-1].setdefault("keys", []).append(key)
            return self._retry("invalid")
        self.steps[-1]["score"] = int(key)
        node = self.node
        actions: list[Action] = [Satisfaction(int(key))]
        if node.get("thanks_prompt"):
            return actions + self._play(node["thanks_prompt"], "thanks")
        return actions + self._after_survey()

    def _after_survey(self) -> list[Action]:
        node_next = self.node.get("next")
        return self._enter(node_next) if node_next else self._hang("survey")

    def _render(self, template: str) -> str:
        values = {"ani": self.ani, "dnis": self.dnis, "digits": "".join(self.path)}
        values.update(self.variables)

        def sub(match: re.Match[str]) -> str:
            return urllib.parse.quote(values.get(match.group(1), ""), safe="")

        return re.sub(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", sub, template)
