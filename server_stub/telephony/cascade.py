"""Conferences of up to six parties across two media workers (a cascade), pure.

A worker holds 4 call legs. The worker hosting the caller (A) holds the caller, the host
agent, one more party and a bridge leg: a plain SIP call from A to a spare worker B
(`X-Conference: <call id>`, taken by B after `accept_peer`). B holds the other end of
that bridge leg and up to three more parties. On each worker every leg of the
conference is bridged to every other one: pjsua's conference bridge sends a port the sum
of what it is connected to and never its own audio, so the bridge leg carries "everyone
on my side" each way and nobody hears themselves.

While the host consults one more party (privately) the host talks only to that party;
the caller and the joined parties go on hearing each other, except that a consult on B
uses the bridge leg: then A's side (the caller and A's parties) talk among themselves and
B's joined parties hear music. A caller left alone on A hears music (the classic
consult). `wanted` gives the bridges and holds for a state; the telephony layer applies
the difference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

Pair = frozenset[str]

PARTIES_MAX = 6  # the caller, the host and four more: 3 legs on A + 3 parties on B


@dataclass
class Party:
    """A joined party of a conference, or the consult in progress."""

    name: str  # agent ID or number
    leg: str
    worker: Any  # the WorkerHandle hosting the leg
    external: bool = False  # an outside number (not an agent)
    on_b: bool = False  # hosted by the second worker


@dataclass
class Cascade:
    """The bridge between the caller's worker (A) and the second worker (B)."""

    worker: Any  # B's WorkerHandle
    a_leg: str  # A's end (an outgoing call to B)
    b_leg: str | None = None  # B's end, once its INVITE arrived
    up: bool = False  # answered

    def legs(self) -> list[str]:
        return [leg for leg in (self.a_leg, self.b_leg) if leg]


@dataclass
class Wanted:
    """Bridges and music holds on each side."""

    a: set[Pair] = field(default_factory=set)
    b: set[Pair] = field(default_factory=set)
    held: set[str] = field(default_factory=set)


def _all_pairs(legs: list[str]) -> set[Pair]:
    return {frozenset(p) for p in combinations(sorted(set(legs)), 2)}


def wanted(
    customer: str,
    agent: str | None,
    parties: list[Party],
    cascade: Cascade | None,
    consult: Party | None,
    consult_answered: bool,
) -> Wanted:
    """Who hears whom for a call with joined `parties`, a `cascade` and maybe a `consult`
    in progress (see the module docstring)."""
    out = Wanted()
    bridge_up = cascade is not None and cascade.up and cascade.b_leg is not None
    a_parties = [p.leg for p in parties if not p.on_b]
    b_parties = [p.leg for p in parties if p.on_b]
    talking = consult is not None and consult_answered
    if consult is None:
        side_a = [customer, *a_parties] + ([agent] if agent else [])
        if bridge_up and b_parties:
            assert cascade is not None and cascade.b_leg is not None
            side_a.append(cascade.a_leg)
            out.b = _all_pairs([cascade.b_leg, *b_parties])
        out.a = _all_pairs(side_a)
        return out
    # A consult in progress: the host talks to the consulted party only.
    rest_a = [customer, *a_parties]
    if consult.on_b:
        assert cascade is not None
        if agent and bridge_up:
            out.a.add(frozenset((agent, cascade.a_leg)))
        if talking and cascade.b_leg:
            out.b.add(frozenset((cascade.b_leg, consult.leg)))
        out.held.update(b_parties)
    else:
        if agent and talking:
            out.a.add(frozenset((agent, consult.leg)))
        if bridge_up and b_parties:
            assert cascade is not None and cascade.b_leg is not None
            rest_a.append(cascade.a_leg)
            out.b = _all_pairs([cascade.b_leg, *b_parties])
    if len(rest_a) == 1:
        out.held.add(customer)  # alone: music
    out.a |= _all_pairs(rest_a)
    return out


def hears(
    host: str, parties: list[tuple[str, bool]], consult: tuple[str, bool, str] | None
) -> dict[str, list[str]]:
    """For the desktop: whom each of the caller (`"caller"`), the host and the parties
    hears. `parties` are joined (name, on B); `consult` is (name, on B, state) of the
    consult in progress (state ringing | talking | customer). "music" for a hold."""
    names = ["caller", host, *[n for n, _ in parties]]
    out: dict[str, list[str]] = {}
    if consult is None:
        for n in names:
            out[n] = [m for m in names if m != n]
        return out
    cname, c_on_b, cstate = consult
    rest = ["caller", *[n for n, on_b in parties if not (c_on_b and on_b)]]
    for n in rest:
        out[n] = [m for m in rest if m != n] or ["music"]
    for n, on_b in parties:
        if c_on_b and on_b:
            out[n] = ["music"]
    if cstate == "customer":  # swapped back to the caller (no conference yet)
        out["caller"], out[host], out[cname] = [host], ["caller"], ["music"]
    elif cstate == "talking":
        out[host] = [cname]
        out[cname] = [host]
    else:
        out[host] = []
        out[cname] = []
    return out
