"""The story of each call in the server log at INFO (logger `server_stub.calls.story`):
arrived, queued, offered, answered, missed, held, resumed, transferred, monitored,
overflowed, ended.
One line per step, starting `call <id>`, so `grep <id>` tells what happened. Customers'
numbers are masked (first three and last four digits); no token or password is logged."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def masked(number: str | None) -> str:
    """`13800138000` → `138****8000`; short numbers keep their last digit only; "-" if none."""
    text = (number or "").strip()
    if not text:
        return "-"
    digits = sum(ch.isdigit() for ch in text)
    if digits < 8:
        return text if digits <= 4 else "*" * (len(text) - 1) + text[-1:]
    return text[:3] + "****" + text[-4:]


def arrived(call_id: str, ani: str | None, dnis: str | None, where: str = "") -> None:
    """`where`: the media worker that answered (and its host, when not this machine)."""
    log.info(
        "call %s arrived from %s on %s%s",
        call_id,
        masked(ani),
        dnis or "-",
        f" ({where})" if where else "",
    )


def dialled(call_id: str, agent_id: str, number: str) -> None:
    log.info("call %s: agent %s dials %s (outbound)", call_id, agent_id, masked(number))


def dialled_internal(call_id: str, agent_id: str, target: str) -> None:
    log.info("call %s: agent %s calls agent %s (internal)", call_id, agent_id, target)


def queued(call_id: str, queue: str, position: int) -> None:
    log.info("call %s routed to queue %s (position %d)", call_id, queue, position)


def offered(call_id: str, agent_id: str, queue: str, ring_timeout: float) -> None:
    log.info(
        "call %s offered to agent %s from queue %s (rings up to %.0f s)",
        call_id,
        agent_id,
        queue,
        ring_timeout,
    )


def answered(call_id: str, agent_id: str, wait: float) -> None:
    log.info("call %s answered by agent %s after %.1f s waiting", call_id, agent_id, wait)


def missed(call_id: str, agent_id: str, outcome: str, not_ready: bool, ringing: int = 0) -> None:
    """`ringing`: ring-all, how many other agents still ring for the caller."""
    after = "; agent set not ready" if not_ready else ""
    where = f"{ringing} other agent(s) still ringing" if ringing else "back in the queue"
    log.info("call %s missed by agent %s (%s): %s%s", call_id, agent_id, outcome, where, after)


def held(call_id: str, agent_id: str, on_hold: bool, held_for: float | None) -> None:
    if on_hold:
        log.info("call %s put on hold by agent %s", call_id, agent_id)
    else:
        after = f" after {held_for:.0f} s on hold" if held_for is not None else ""
        log.info("call %s resumed by agent %s%s", call_id, agent_id, after)


def transferred(call_id: str, agent_id: str, kind: str, target: str) -> None:
    shown = masked(target) if kind == "number" else target
    log.info("call %s transferred by agent %s to %s %s", call_id, agent_id, kind, shown)


def monitored(call_id: str, lead_id: str, mode: str | None, agent_id: str | None) -> None:
    if mode is None:
        log.info("call %s: lead %s stopped monitoring", call_id, lead_id)
    else:
        log.info(
            "call %s monitored by lead %s (%s; agent %s)", call_id, lead_id, mode, agent_id or "-"
        )


def overflowed(call_id: str, queue: str | None, target: str | None, reason: str) -> None:
    log.info(
        "call %s overflowed from queue %s (%s) to %s",
        call_id,
        queue or "-",
        reason,
        target or "hang-up",
    )


def ended(call_id: str, cause: str, agent_id: str | None, talk: float | None) -> None:
    spoken = f", talk {talk:.0f} s" if talk is not None else ""
    log.info("call %s ended (%s; agent %s%s)", call_id, cause, agent_id or "-", spoken)


def flow_started(call_id: str, flow: str | None, version: int | None) -> None:
    if flow is None:
        log.info("call %s: number without a flow, greeting then its queue", call_id)
    else:
        log.info("call %s: flow %s version %s", call_id, flow, version)


def flow_step(call_id: str, step: dict[str, object]) -> None:
    detail = ", ".join(f"{k}={v}" for k, v in step.items() if k not in ("node", "type"))
    log.info(
        "call %s: flow node %s (%s)%s",
        call_id,
        step.get("node"),
        step.get("type"),
        f": {detail}" if detail else "",
    )


def flow_outcome(call_id: str, outcome: dict[str, object]) -> None:
    detail = ", ".join(f"{k}={v}" for k, v in outcome.items() if k != "type")
    log.info("call %s: flow ends with %s%s", call_id, outcome.get("type"), f" ({detail})")


def voicemail_left(call_id: str, box: str, seconds: float) -> None:
    log.info("call %s: voicemail of %.1f s left in box %s", call_id, seconds, box)


def surveyed(call_id: str, score: int) -> None:
    log.info("call %s: satisfaction %d", call_id, score)


def consulted(call_id: str, agent_id: str, kind: str, party: str, on_hold: bool = True) -> None:
    shown = masked(party) if kind == "number" else party
    how = "caller on hold" if on_hold else "the conference talks on"
    log.info("call %s: agent %s consults %s %s (%s)", call_id, agent_id, kind, shown, how)


def consult_step(call_id: str, agent_id: str, step: str) -> None:
    """answered, swapped, conference, cancelled, rejected, hung up, ..."""
    log.info("call %s: consult by agent %s: %s", call_id, agent_id, step)


def attended_transfer(call_id: str, agent_id: str, party: str, talk: float) -> None:
    log.info(
        "call %s transferred (attended) by agent %s to %s after %.0f s talk",
        call_id,
        agent_id,
        party,
        talk,
    )


def taken_over(call_id: str, lead_id: str, agent_id: str, talk: float) -> None:
    log.info(
        "call %s taken over by lead %s from agent %s after %.0f s talk",
        call_id,
        lead_id,
        agent_id,
        talk,
    )


def picked_up(call_id: str, agent_id: str, ringing: str) -> None:
    log.info("call %s picked up by agent %s (it was ringing agent %s)", call_id, agent_id, ringing)


def withdrawn(call_id: str, agent_id: str, answered_by: str) -> None:
    """ring-all: the agent's ring stops because another agent answered first."""
    log.info(
        "call %s: offer to agent %s withdrawn: agent %s answered first",
        call_id,
        agent_id,
        answered_by,
    )


def taken_back(call_id: str, agent_id: str) -> None:
    """The coordinator restarted during the call; the new one took it back (issue 19)."""
    log.info(
        "call %s taken back after a coordinator restart: agent %s stays on it", call_id, agent_id
    )
