"""IVR flows: what a caller hears and presses before joining a queue (pure, no I/O).

A flow is a small state machine driven by three inputs: the prompt finished, a digit, a
timeout. It answers with actions for the telephony service: play a prompt, join a queue,
hang up. Flows are named in the `dids.ivr` column; a DID with a `queue` and no flow plays
`welcome_support` and joins that queue; `ivr = "direct"` joins the queue at once, with no
greeting (internal lines, load tests).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Play:
    prompt: str


@dataclass(frozen=True)
class JoinQueue:
    queue: str
    path: tuple[str, ...]


@dataclass(frozen=True)
class StartTimer:
    seconds: float


@dataclass(frozen=True)
class HangUp:
    reason: str


Action = Play | JoinQueue | StartTimer | HangUp


@dataclass(frozen=True)
class Menu:
    """A one-level menu: a prompt, digit → queue choices, and what silence leads to."""

    prompt: str
    choices: dict[str, str]
    default_queue: str | None  # after `retries` timeouts; None hangs up
    timeout: float = 6.0
    retries: int = 1


DIRECT = "direct"  # dids.ivr value: straight into the queue, no greeting

FLOWS: dict[str, Menu] = {
    "main_menu": Menu(
        prompt="welcome_menu", choices={"1": "sales", "2": "support"}, default_queue="support"
    ),
}


@dataclass
class IvrSession:
    """One caller's walk through a menu, or a straight route to a queue."""

    menu: Menu | None
    direct_queue: str | None = None
    path: list[str] = field(default_factory=list)
    tries: int = 0
    done: bool = False

    greeting: str | None = "welcome_support"

    def start(self) -> list[Action]:
        if self.menu is None:
            if self.greeting is None:
                return self._join(self.direct_queue or "")
            return [Play(self.greeting)]
        return [Play(self.menu.prompt)]

    def prompt_finished(self, prompt: str) -> list[Action]:
        if self.done:
            return []
        if self.menu is None:
            return self._join(self.direct_queue or "")
        if prompt == "invalid_choice":
            return [Play(self.menu.prompt)]
        return [StartTimer(self.menu.timeout)]

    def digit(self, digit: str) -> list[Action]:
        if self.done or self.menu is None:
            return []
        self.path.append(digit)
        queue = self.menu.choices.get(digit)
        if queue is not None:
            return self._join(queue)
        return [Play("invalid_choice")]

    def timed_out(self) -> list[Action]:
        if self.done or self.menu is None:
            return []
        self.tries += 1
        if self.tries <= self.menu.retries:
            return [Play(self.menu.prompt)]
        if self.menu.default_queue:
            return self._join(self.menu.default_queue)
        self.done = True
        return [HangUp("no_input")]

    def _join(self, queue: str) -> list[Action]:
        self.done = True
        return [JoinQueue(queue, tuple(self.path))]


def session_for(
    did_row: dict[str, object] | None, greeting: str | None = None
) -> IvrSession | None:
    """The IVR session for a dialled number, or None when the number is not ours.
    `greeting`: the queue's own greeting prompt (default `welcome_support`)."""
    if did_row is None:
        return None
    flow = did_row.get("ivr")
    if isinstance(flow, str) and flow in FLOWS:
        return IvrSession(menu=FLOWS[flow])
    queue = did_row.get("queue")
    if isinstance(queue, str) and queue and flow in (None, "", DIRECT):
        return IvrSession(
            menu=None,
            direct_queue=queue,
            greeting=None if flow == DIRECT else greeting or "welcome_support",
        )
    return None
