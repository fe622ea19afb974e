"""What the editor knows of node kinds: their fields and how each is edited, and the tree
a flow document makes (no Qt). Mirrors the server's checks in `server_stub.domain.flows`,
which stay the authority: the editor shows the server's problems."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

# Field kinds: node (another node), prompt, queue, group, agent, text, number, keys (the
# "1=sales; 2=support" map of menus and look-up branches).
FIELDS: dict[str, list[tuple[str, str]]] = {
    "play": [("prompt", "prompt"), ("next", "node")],
    "menu": [
        ("prompt", "prompt"),
        ("choices", "keys"),
        ("timeout", "number"),
        ("retries", "number"),
        ("invalid_prompt", "prompt"),
        ("default", "node"),
    ],
    "collect": [
        ("prompt", "prompt"),
        ("variable", "text"),
        ("min_length", "number"),
        ("max_length", "number"),
        ("terminator", "text"),
        ("pattern", "text"),
        ("timeout", "number"),
        ("next", "node"),
        ("invalid", "node"),
    ],
    "survey": [("prompt", "prompt"), ("thanks_prompt", "prompt"), ("next", "node")],
    "time": [("group", "group"), ("open", "node"), ("closed", "node"), ("holiday", "node")],
    "lookup": [
        ("url", "text"),
        ("field", "text"),
        ("branches", "keys"),
        ("timeout", "number"),
        ("default", "node"),
    ],
    "area": [("branches", "keys"), ("default", "node")],
    "queue": [("queue", "queue"), ("survey", "node")],
    "dial": [("agent", "agent"), ("variable", "text"), ("invalid", "node")],
    "voicemail": [("box", "queue"), ("prompt", "prompt"), ("max_seconds", "number")],
    "callback": [
        ("queue", "queue"),
        ("prompt", "prompt"),
        ("variable", "text"),
        ("noted_prompt", "prompt"),
    ],
    "forward": [("number", "text"), ("prompt", "prompt")],
    "hangup": [("prompt", "prompt")],
}
KINDS = list(FIELDS)


def keys_text(mapping: Any) -> str:
    """{"1": "sales", "2": "support"} → "1=sales; 2=support"."""
    if not isinstance(mapping, Mapping):
        return ""
    return "; ".join(f"{k}={v}" for k, v in mapping.items())


def parse_keys(text: str) -> dict[str, str]:
    """The reverse of `keys_text`; pairs without "=" are dropped."""
    out: dict[str, str] = {}
    for part in text.replace(",", ";").split(";"):
        key, sep, target = part.partition("=")
        if sep and key.strip() and target.strip():
            out[key.strip()] = target.strip()
    return out


def parse_value(kind: str, text: str) -> Any:
    """A form's text as the document's value (None: leave the field out)."""
    text = text.strip()
    if not text:
        return None
    if kind == "keys":
        return parse_keys(text)
    if kind == "number":
        try:
            number = float(text)
        except ValueError:
            return text  # the server names the field
        return int(number) if number.is_integer() else number
    return text


def targets(node: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(label, target id) of a node's branches, in form order."""
    out: list[tuple[str, str]] = []
    for name, kind in FIELDS.get(str(node.get("type")), []):
        value = node.get(name)
        if kind == "node" and isinstance(value, str):
            out.append((name, value))
        elif kind == "keys" and isinstance(value, Mapping) and name != "branches":
            out += [(f"{k}", str(v)) for k, v in value.items()]
        elif kind == "keys" and isinstance(value, Mapping):
            out += [(f"= {k}", str(v)) for k, v in value.items()]
    return out


@dataclass(frozen=True)
class TreeRow:
    """One row of the tree: `node` at `depth`, reached by `via`; `repeat` when the node
    is shown in full elsewhere (a loop back or a shared branch)."""

    node: str
    depth: int
    via: str
    repeat: bool
    parent: int  # index of the parent row, -1 for the root


def tree(document: Mapping[str, Any]) -> list[TreeRow]:
    """The document as a tree from `start` (depth first), then nodes nothing reaches."""
    nodes = document.get("nodes") if isinstance(document.get("nodes"), Mapping) else {}
    assert isinstance(nodes, Mapping)
    rows: list[TreeRow] = []
    shown: set[str] = set()

    def walk(node_id: str, depth: int, via: str, parent: int) -> None:
        repeat = node_id in shown or node_id not in nodes
        rows.append(TreeRow(node_id, depth, via, repeat, parent))
        if repeat:
            return
        shown.add(node_id)
        me = len(rows) - 1
        for label, target in targets(nodes[node_id]):
            walk(target, depth + 1, label, me)

    start = document.get("start")
    if isinstance(start, str) and start in nodes:
        walk(start, 0, "", -1)
    for node_id in nodes:
        if node_id not in shown:
            walk(str(node_id), 0, "", -1)
    return rows
