"""Inbound flow documents (IVR as data): the node kinds, their fields, and validation.

A flow is a JSON document `{"start": <node id>, "nodes": {<id>: {"type": <kind>, ...}}}`.
`validate` checks one against what exists (prompts, queues, agents, time groups) and
returns every problem with the path of the field at fault, so an editor can mark the node.
Pure: standard library only; `flow_engine` runs a valid document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

# Node kinds that wait for the caller's keys: only a cycle through one of them can repeat.
INPUT_KINDS = frozenset({"menu", "collect", "survey"})
# Node kinds that end the flow (the call leaves it for a queue, an agent, a mailbox...).
FINAL_KINDS = frozenset({"queue", "dial", "voicemail", "callback", "forward", "hangup"})
KINDS = frozenset({"play", "time", "lookup", "area"}) | INPUT_KINDS | FINAL_KINDS

DTMF = frozenset("0123456789*#ABCD")
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,31}$")
_NUMBER = re.compile(r"^\+?[0-9]{3,20}$")
MAX_NODES = 200
DIRECT = "direct"  # dids.ivr value: straight into the number's queue, no greeting


@dataclass(frozen=True)
class Problem:
    """One validation error: `path` such as `nodes.sales.queue`; `node` the node's id."""

    path: str
    message: str
    node: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "node": self.node, "message": self.message}


@dataclass(frozen=True)
class Known:
    """What a flow may name: prompts (built-in and uploaded), queues, agents, time groups."""

    prompts: Collection[str] = ()
    queues: Collection[str] = ()
    agents: Collection[str] = ()
    time_groups: Collection[str] = ()
    area_known: Callable[[str], bool] | None = None  # province/city names (号码归属地)


# Per kind: field -> (required, type tag). Tags: node (another node's id), node? (optional
# node id), prompt, prompt?, queue, group, text, int, float, digits, map, url, number, var.
_FIELDS: dict[str, dict[str, str]] = {
    "play": {"prompt": "prompt", "next": "node"},
    "menu": {
        "prompt": "prompt",
        "choices": "map",
        "timeout": "float?",
        "retries": "int?",
        "invalid_prompt": "prompt?",
        "default": "node?",
    },
    "collect": {
        "prompt": "prompt",
        "variable": "var",
        "min_length": "int?",
        "max_length": "int?",
        "terminator": "text?",
        "pattern": "text?",
        "timeout": "float?",
        "retries": "int?",
        "invalid_prompt": "prompt?",
        "next": "node",
        "invalid": "node?",
    },
    "survey": {
        "prompt": "prompt",
        "thanks_prompt": "prompt?",
        "timeout": "float?",
        "retries": "int?",
        "next": "node?",
    },
    "time": {"group": "group", "open": "node", "closed": "node", "holiday": "node?"},
    "lookup": {
        "url": "url",
        "field": "text",
        "branches": "map",
        "timeout": "float?",
        "default": "node",
    },
    "area": {"branches": "map", "default": "node"},
    "queue": {"queue": "queue", "survey": "node?"},
    "dial": {"agent": "text?", "variable": "var?", "invalid": "node?"},
    "voicemail": {"box": "text", "prompt": "prompt?", "max_seconds": "float?"},
    "callback": {
        "queue": "queue",
        "prompt": "prompt?",
        "variable": "var?",
        "noted_prompt": "prompt?",
    },
    "forward": {"number": "number", "prompt": "prompt?"},
    "hangup": {"prompt": "prompt?"},
}
_LIMITS: dict[str, tuple[float, float]] = {
    "timeout": (1, 60),
    "retries": (0, 5),
    "min_length": (1, 32),
    "max_length": (1, 32),
    "max_seconds": (5, 600),
}
_LOOKUP_TIMEOUT = (0.2, 10.0)


@dataclass
class _Check:
    doc: Mapping[str, Any]
    known: Known
    problems: list[Problem] = field(default_factory=list)

    def add(self, path: str, message: str, node: str | None = None) -> None:
        self.problems.append(Problem(path, message, node))


def node_targets(node: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The (field path within the node, target id) pairs of a node's outgoing branches."""
    out: list[tuple[str, str]] = []
    for name, tag in _FIELDS.get(str(node.get("type")), {}).items():
        value = node.get(name)
        if tag.startswith("node") and isinstance(value, str):
            out.append((name, value))
    for name in ("choices", "branches"):
        mapping = node.get(name)
        if isinstance(mapping, Mapping) and node.get("type") in ("menu", "lookup", "area"):
            out += [(f"{name}.{k}", v) for k, v in mapping.items() if isinstance(v, str)]
    return out


def validate(doc: Any, known: Known) -> list[Problem]:
    """Every problem of a flow document (empty: valid)."""
    if not isinstance(doc, Mapping):
        return [Problem("", "a flow is a JSON object with 'start' and 'nodes'")]
    check = _Check(doc, known)
    nodes = doc.get("nodes")
    if not isinstance(nodes, Mapping) or not nodes:
        check.add("nodes", "'nodes' must be an object with at least one node")
        return check.problems
    if len(nodes) > MAX_NODES:
        check.add("nodes", f"a flow has at most {MAX_NODES} nodes")
        return check.problems
    extra = sorted(set(doc) - {"start", "nodes", "description"})
    if extra:
        check.add(extra[0], f"unknown field {extra[0]!r}")
    start = doc.get("start")
    if not isinstance(start, str) or start not in nodes:
        check.add("start", f"'start' must name a node (got {start!r})")
    for node_id, node in nodes.items():
        _check_node(check, str(node_id), node)
    if check.problems:
        return check.problems
    _check_graph(check, nodes, str(start))
    return check.problems


def _check_node(check: _Check, node_id: str, node: Any) -> None:
    base = f"nodes.{node_id}"
    if not _ID.match(node_id):
        check.add(base, "node ids are 1-64 letters, digits, '_', '.' or '-'", node_id)
    if not isinstance(node, Mapping):
        check.add(base, "a node is an object with a 'type'", node_id)
        return
    kind = node.get("type")
    if not isinstance(kind, str) or kind not in KINDS:
        check.add(f"{base}.type", f"unknown node type {kind!r}", node_id)
        return
    fields = _FIELDS[str(kind)]
    for name in node:
        if name not in fields and name not in ("type", "label"):
            check.add(f"{base}.{name}", f"{kind} nodes have no field {name!r}", node_id)
    for name, tag in fields.items():
        _check_field(check, node_id, node, name, tag)
    _check_kind(check, node_id, node, str(kind))


def _check_field(check: _Check, node_id: str, node: Mapping[str, Any], name: str, tag: str) -> None:
    path = f"nodes.{node_id}.{name}"
    value = node.get(name)
    optional = tag.endswith("?")
    tag = tag.rstrip("?")
    if value is None:
        if not optional:
            check.add(path, f"{name!r} is required", node_id)
        return
    nodes = check.doc.get("nodes") or {}
    known = check.known
    if tag == "node":
        if not isinstance(value, str) or value not in nodes:
            check.add(path, f"{name!r} names no node of this flow ({value!r})", node_id)
    elif tag == "prompt":
        if not isinstance(value, str) or value not in known.prompts:
            check.add(path, f"unknown prompt {value!r}", node_id)
    elif tag == "queue":
        if not isinstance(value, str) or value not in known.queues:
            check.add(path, f"unknown queue {value!r}", node_id)
    elif tag == "group":
        if not isinstance(value, str) or value not in known.time_groups:
            check.add(path, f"unknown time group {value!r}", node_id)
    elif tag in ("int", "float"):
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if tag == "int":
            ok = ok and float(value) == int(value)
        low, high = _LOOKUP_TIMEOUT if node.get("type") == "lookup" else _LIMITS[name]
        if not ok or not low <= float(value) <= high:
            check.add(path, f"{name!r} must be a number from {low:g} to {high:g}", node_id)
    elif tag == "var":
        if not isinstance(value, str) or not _VARIABLE.match(value):
            check.add(path, f"{name!r} must be a name like 'account'", node_id)
    elif tag == "number":
        if not isinstance(value, str) or not _NUMBER.match(value):
            check.add(path, "a phone number is 3-20 digits, optionally after '+'", node_id)
    elif tag == "url":
        if not isinstance(value, str) or not value.startswith(("http://", "https://")):
            check.add(path, "the look-up URL must start with http:// or https://", node_id)
    elif tag == "map":
        if not isinstance(value, Mapping) or not value:
            check.add(path, f"{name!r} must be an object with at least one entry", node_id)
    elif tag == "text" and not isinstance(value, str):
        check.add(path, f"{name!r} must be text", node_id)


def _check_kind(check: _Check, node_id: str, node: Mapping[str, Any], kind: str) -> None:
    base = f"nodes.{node_id}"
    if kind == "menu" and isinstance(node.get("choices"), Mapping):
        for key in node["choices"]:
            if len(str(key)) != 1 or str(key) not in DTMF:
                check.add(f"{base}.choices.{key}", "a choice is one key: 0-9, *, #", node_id)
            elif not isinstance(node["choices"][key], str) or node["choices"][key] not in (
                check.doc.get("nodes") or {}
            ):
                target = node["choices"][key]
                check.add(f"{base}.choices.{key}", f"names no node ({target!r})", node_id)
    if kind == "lookup" and isinstance(node.get("branches"), Mapping):
        for key, target in node["branches"].items():
            if not isinstance(target, str) or target not in (check.doc.get("nodes") or {}):
                check.add(f"{base}.branches.{key}", f"names no node ({target!r})", node_id)
    if kind == "area" and isinstance(node.get("branches"), Mapping):
        for key, target in node["branches"].items():
            name = str(key)
            if any(ch.isdigit() for ch in name) and not re.fullmatch(r"[0-9]{1,20}", name):
                check.add(
                    f"{base}.branches.{key}",
                    "a branch is a number prefix (digits) or a province or city name",
                    node_id,
                )
            elif not name.isdigit() and (not name.strip() or len(name) > 40):
                check.add(f"{base}.branches.{key}", "a place name has 1-40 characters", node_id)
            elif (
                not name.isdigit()
                and check.known.area_known is not None
                and not check.known.area_known(name)
            ):
                check.add(
                    f"{base}.branches.{key}",
                    f"unknown area {name!r}: no province or city of the number-area table",
                    node_id,
                )
            elif not isinstance(target, str) or target not in (check.doc.get("nodes") or {}):
                check.add(f"{base}.branches.{key}", f"names no node ({target!r})", node_id)
    if kind == "collect":
        low, high = node.get("min_length", 1), node.get("max_length", 16)
        if isinstance(low, int) and isinstance(high, int) and low > high:
            check.add(f"{base}.min_length", "'min_length' is above 'max_length'", node_id)
        term = node.get("terminator")
        if isinstance(term, str) and term not in ("", "#", "*"):
            check.add(f"{base}.terminator", "the terminator is '#', '*' or ''", node_id)
        pattern = node.get("pattern")
        if isinstance(pattern, str):
            try:
                re.compile(pattern)
            except re.error as exc:
                check.add(f"{base}.pattern", f"not a regular expression: {exc}", node_id)
    if kind == "dial":
        agent, variable = node.get("agent"), node.get("variable")
        if (agent is None) == (variable is None):
            check.add(base, "a dial node names either an 'agent' or a 'variable'", node_id)
        elif agent is not None and (not isinstance(agent, str) or agent not in check.known.agents):
            check.add(f"{base}.agent", f"unknown agent {agent!r}", node_id)
    if kind == "voicemail":
        box = node.get("box")
        if (
            isinstance(box, str)
            and box not in check.known.queues
            and box not in (check.known.agents)
        ):
            check.add(f"{base}.box", f"the mailbox {box!r} is no queue and no agent", node_id)


def _check_graph(check: _Check, nodes: Mapping[str, Any], start: str) -> None:
    reached = {start}
    todo = [start]
    while todo:
        for _, target in node_targets(nodes[todo.pop()]):
            if target not in reached:
                reached.add(target)
                todo.append(target)
    for node_id in nodes:
        if node_id not in reached:
            check.add(f"nodes.{node_id}", "unreachable: no path from the start", node_id)
    # A cycle of nodes that never wait for a key would spin for ever.
    silent = {n for n, node in nodes.items() if node["type"] not in INPUT_KINDS}
    state: dict[str, int] = {}

    def visit(node_id: str, trail: list[str]) -> None:
        state[node_id] = 1
        for _, target in node_targets(nodes[node_id]):
            if target not in silent:
                continue
            if state.get(target) == 1:
                loop = [*trail[trail.index(target) :], target] if target in trail else [target]
                check.add(
                    f"nodes.{target}",
                    "loop without input: " + " -> ".join(loop),
                    target,
                )
            elif target not in state:
                visit(target, [*trail, target])
        state[node_id] = 2

    for node_id in sorted(silent):
        if node_id not in state:
            visit(node_id, [node_id])


def prompts_used(doc: Mapping[str, Any]) -> set[str]:
    """Every prompt a flow document names."""
    names: set[str] = set()
    for node in (doc.get("nodes") or {}).values():
        if not isinstance(node, Mapping):
            continue
        for name, tag in _FIELDS.get(str(node.get("type")), {}).items():
            if tag.startswith("prompt") and isinstance(node.get(name), str):
                names.add(node[name])
    return names


def references(doc: Mapping[str, Any], tag: str) -> set[str]:
    """Every queue (`tag` "queue") or time group ("group") a flow document names."""
    names: set[str] = set()
    for node in (doc.get("nodes") or {}).values():
        if not isinstance(node, Mapping):
            continue
        for name, kind in _FIELDS.get(str(node.get("type")), {}).items():
            if kind.rstrip("?") == tag and isinstance(node.get(name), str):
                names.add(node[name])
        if tag == "queue" and node.get("type") == "voicemail" and isinstance(node.get("box"), str):
            names.add(node["box"])
    return names
