"""Who hears whom: the conference-bridge connections a worker's state implies (pure).

The engine keeps the call state here (bridges, holds, prompts, recordings, monitors) and
asks `links()` for the wanted set of one-way connections between ports; it then applies
only the difference to the pjsua2 conference bridge. Port keys are plain strings:
`leg:<id>`, `play:<leg>` (prompt), `moh:<leg>` (music on hold), `rec:<id>` (recorder).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Link = tuple[str, str]  # (source port key, destination port key)


def leg_port(leg: str) -> str:
    return f"leg:{leg}"


def play_port(leg: str) -> str:
    return f"play:{leg}"


def moh_port(leg: str) -> str:
    return f"moh:{leg}"


def rec_port(recording: str) -> str:
    return f"rec:{recording}"


def without_port(links: set[Link], port: str) -> set[Link]:
    """`links` less every connection from or to `port` (a port that went away)."""
    return {link for link in links if port not in link}


@dataclass
class Mixer:
    """Audio routing state of one worker; `links()` derives the connections from it."""

    bridges: set[frozenset[str]] = field(default_factory=set)
    held: set[str] = field(default_factory=set)
    playing: set[str] = field(default_factory=set)
    monitors: dict[str, tuple[str, str]] = field(default_factory=dict)  # sup -> (leg, mode)
    recordings: dict[str, list[str]] = field(default_factory=dict)

    def partners(self, leg: str) -> set[str]:
        return {other for pair in self.bridges if leg in pair for other in pair if other != leg}

    def bridge(self, a: str, b: str) -> None:
        if a == b:
            raise ValueError("cannot bridge a leg to itself")
        self.bridges.add(frozenset((a, b)))

    def unbridge(self, a: str, b: str) -> bool:
        pair = frozenset((a, b))
        found = pair in self.bridges
        self.bridges.discard(pair)
        return found

    def monitor(self, leg: str, supervisor: str, mode: str) -> None:
        if leg == supervisor:
            raise ValueError("a leg cannot monitor itself")
        self.monitors[supervisor] = (leg, mode)

    def remove_leg(self, leg: str) -> None:
        """Forget a leg everywhere (it ended); recordings keep their other legs."""
        self.bridges = {p for p in self.bridges if leg not in p}
        self.held.discard(leg)
        self.playing.discard(leg)
        self.monitors = {
            s: (m, mode) for s, (m, mode) in self.monitors.items() if leg not in (s, m)
        }
        for legs in self.recordings.values():
            while leg in legs:
                legs.remove(leg)

    def links(self) -> set[Link]:
        wanted: set[Link] = set()
        for leg in self.playing:
            wanted.add((play_port(leg), leg_port(leg)))
        for leg in self.held:
            wanted.add((moh_port(leg), leg_port(leg)))
        for pair in self.bridges:
            a, b = sorted(pair)
            if a not in self.held and b not in self.held:
                wanted.add((leg_port(a), leg_port(b)))
                wanted.add((leg_port(b), leg_port(a)))
        for sup, (leg, mode) in self.monitors.items():
            partners = {p for p in self.partners(leg) if p != sup}
            for party in {leg, *partners}:
                wanted.add((leg_port(party), leg_port(sup)))
            if mode in ("whisper", "barge"):
                wanted.add((leg_port(sup), leg_port(leg)))
            if mode == "barge":
                for p in partners:
                    wanted.add((leg_port(sup), leg_port(p)))
        # A recording holds what its legs say and what they hear (prompts, music,
        # partners, a barging or whispering supervisor), each source once.
        for rec, legs in self.recordings.items():
            recorded = {leg_port(leg) for leg in legs}
            sources = set(recorded)
            sources.update(src for src, dst in wanted if dst in recorded)
            for src in sources:
                wanted.add((src, rec_port(rec)))
        return wanted
