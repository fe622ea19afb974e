"""The dialler's pure logic, free of I/O so it is unit-tested and benchmarked alone:
calling hours, retry scheduling per result, how a call's end maps to a result, the
campaign figures, and the pacing of each mode, including the predictive dial level that
adapts to the measured drop (abandon) rate under a hard ceiling, as VICIdial's adaptive
dialler does (docs/outbound.md)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Mode = Literal["preview", "progressive", "predictive", "broadcast"]
MODES: tuple[str, ...] = ("preview", "progressive", "predictive", "broadcast")
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Results an attempt may end with; the first four may be retried by the campaign's rules.
RETRYABLE: tuple[str, ...] = ("busy", "no_answer", "failed", "machine")
RESULTS: tuple[str, ...] = (*RETRYABLE, "answered", "dropped", "skipped", "dnc")
DEFAULT_RETRY: dict[str, dict[str, float]] = {
    "busy": {"max": 3, "spacing_s": 600},
    "no_answer": {"max": 3, "spacing_s": 1800},
    "failed": {"max": 2, "spacing_s": 900},
    "machine": {"max": 1, "spacing_s": 3600},
}
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$|^24:00$")


class EngineError(ValueError):
    """Bad campaign settings; the message names what is wrong (the API answers 422)."""


# --- calling hours ----------------------------------------------------------------------


def _minutes(text: Any, where: str) -> int:
    if not isinstance(text, str) or not _HHMM.match(text):
        raise EngineError(f"{where}: {text!r} is not a time HH:MM")
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


@dataclass(frozen=True)
class CallingHours:
    """Per weekday, the windows (minutes since midnight, start inclusive, end exclusive)
    in which dialling may happen, in the campaign's time zone. A missing day: no calling."""

    windows: Mapping[str, Sequence[tuple[int, int]]]
    zone: ZoneInfo

    @classmethod
    def parse(cls, hours: Mapping[str, Any], timezone: str) -> CallingHours:
        try:
            zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise EngineError(f"unknown time zone {timezone!r}") from None
        if not isinstance(hours, Mapping):
            raise EngineError('hours must be an object such as {"mon": [["09:00", "18:00"]]}')
        windows: dict[str, list[tuple[int, int]]] = {}
        for day, spans in hours.items():
            if day not in WEEKDAYS:
                raise EngineError(f"hours: {day!r} is not a weekday (use {', '.join(WEEKDAYS)})")
            if not isinstance(spans, list):
                raise EngineError(f"hours.{day} must be a list of [start, end] pairs")
            out: list[tuple[int, int]] = []
            for span in spans:
                if not isinstance(span, list | tuple) or len(span) != 2:
                    raise EngineError(f"hours.{day}: {span!r} is not a [start, end] pair")
                start = _minutes(span[0], f"hours.{day}")
                end = _minutes(span[1], f"hours.{day}")
                if end <= start:
                    raise EngineError(f"hours.{day}: {span[0]}-{span[1]} ends before it starts")
                out.append((start, end))
            windows[day] = sorted(out)
        return cls(windows, zone)

    def is_open(self, ts: float) -> bool:
        local = datetime.fromtimestamp(ts, self.zone)
        minute = local.hour * 60 + local.minute
        spans = self.windows.get(WEEKDAYS[local.weekday()], ())
        return any(start <= minute < end for start, end in spans)

    def next_open(self, ts: float) -> float | None:
        """The first moment at or after `ts` when dialling may happen (None: never)."""
        if self.is_open(ts):
            return ts
        local = datetime.fromtimestamp(ts, self.zone)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        for offset in range(8):
            day = midnight + timedelta(days=offset)
            for start, _ in self.windows.get(WEEKDAYS[day.weekday()], ()):
                moment = (day + timedelta(minutes=start)).timestamp()
                if moment >= ts:
                    return moment
        return None


# --- results and retries ----------------------------------------------------------------


def classify(end_cause: str | None, answered: bool) -> str:
    """The result of one attempt from how its call ended (the click-to-dial path's causes:
    busy, rejected, no_answer, failed_<status>, dial_failed; machine from AMD)."""
    if answered:
        return "answered"
    cause = end_cause or ""
    if cause in ("busy", "rejected"):
        return "busy"
    # 480 Temporarily Unavailable and 408 are what carriers send when nobody picks up
    # (Q.850 cause 19, "no answer from user")
    if cause in ("no_answer", "failed_480", "failed_408"):
        return "no_answer"
    if cause == "machine":
        return "machine"
    if cause == "dropped":
        return "dropped"
    return "failed"


@dataclass(frozen=True)
class RetryRule:
    max_attempts: int
    spacing_s: float


def parse_retry(retry: Mapping[str, Any] | None) -> dict[str, RetryRule]:
    """Per result, how many attempts in all and how far apart (defaults for the missing)."""
    rules = {k: RetryRule(int(v["max"]), float(v["spacing_s"])) for k, v in DEFAULT_RETRY.items()}
    for result, rule in (retry or {}).items():
        if result not in RETRYABLE:
            raise EngineError(f"retry: {result!r} is not one of {', '.join(RETRYABLE)}")
        if not isinstance(rule, Mapping):
            raise EngineError(f'retry.{result} must be {{"max": N, "spacing_s": S}}')
        try:
            max_attempts = int(rule.get("max", rules[result].max_attempts))
            spacing = float(rule.get("spacing_s", rules[result].spacing_s))
        except (TypeError, ValueError):
            raise EngineError(f"retry.{result}: max and spacing_s must be numbers") from None
        if not 1 <= max_attempts <= 20:
            raise EngineError(f"retry.{result}.max must be between 1 and 20")
        if spacing < 0:
            raise EngineError(f"retry.{result}.spacing_s must not be negative")
        rules[result] = RetryRule(max_attempts, spacing)
    return rules


def next_attempt(
    result: str, attempts: int, rules: Mapping[str, RetryRule], now: float
) -> float | None:
    """When to try the contact again after an attempt ending in `result` (its
    `attempts`-th); None: it is finished (answered, dropped, out of attempts)."""
    rule = rules.get(result)
    if rule is None or attempts >= rule.max_attempts:
        return None
    return now + rule.spacing_s


# --- outbound permissions -------------------------------------------------------------

SCOPES: tuple[str, ...] = ("local", "national", "international")


def number_scope(number: str, local_area_code: str = "") -> str:
    """Which permission a (normalised) number needs: `international` for E.164 numbers
    of other countries, `national` (长途) for landlines of another area code, `local` for
    the centre's area code, numbers without one, mobiles (no long-distance charge in
    China since 2017) and service numbers (400/800/95xxx)."""
    if number.startswith("+"):
        return "international"
    if number.startswith("0"):
        if local_area_code and number.startswith(local_area_code):
            return "local"
        return "national"
    return "local"


def may_dial(granted: str, number: str, local_area_code: str = "") -> bool:
    """Whether a grant (`local` ⊂ `national` ⊂ `international`) covers the number."""
    return SCOPES.index(number_scope(number, local_area_code)) <= SCOPES.index(granted)


# --- figures ----------------------------------------------------------------------------


@dataclass
class Figures:
    contacts_total: int = 0
    contacts_left: int = 0
    dialled: int = 0
    answered: int = 0
    dropped: int = 0
    agents: int = 0
    dial_rate_per_min: float = 0.0
    completed: int = 0  # attempts that have ended (the answer rate's base)

    @property
    def drop_rate(self) -> float:
        """Dropped calls over answered calls (connected or dropped), as regulators and
        VICIdial measure the abandon rate."""
        live = self.answered + self.dropped
        return self.dropped / live if live else 0.0

    @property
    def answer_rate(self) -> float:
        """Answered (connected or dropped) over the attempts that have ended: calls still
        ringing would make it look lower than it is and the dialler over-dial."""
        base = self.completed or self.dialled
        return min(1.0, (self.answered + self.dropped) / base) if base else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "contacts_total": self.contacts_total,
            "contacts_left": self.contacts_left,
            "dialled": self.dialled,
            "answered": self.answered,
            "dropped": self.dropped,
            "drop_rate": round(self.drop_rate, 4),
            "answer_rate": round(self.answer_rate, 4),
            "dial_rate_per_min": round(self.dial_rate_per_min, 2),
            "agents": self.agents,
        }


# --- pacing -----------------------------------------------------------------------------


@dataclass
class Pacer:
    """How many new calls to place now. Preview: none by itself (agents dial).
    Progressive: one per free agent, never more (no call can be dropped).
    Predictive: ahead of the agents, for the agents free now and those that will be free
    within a ring time (from handle times): as many lines as keep the expected share of
    answered calls finding no agent (binomial over the live answer rate) within
    `ceiling × level`; the adaptive `level` rises while the campaign's measured drop rate
    stays well under the ceiling and falls as it nears it (VICIdial's adaptive idea); at
    or over the ceiling, the hard limit falls back to one line per free agent.
    Broadcast: `lines` calls at once, no agents needed."""

    mode: str
    ceiling: float = 0.03
    level: float = 1.0
    min_level: float = 0.1
    max_level: float = 1.5
    lines: int = 10
    warm_up: int = 30  # attempts ended before dialling ahead of the agents
    history: list[float] = field(default_factory=list)

    def adapt(self, figures: Figures) -> float:
        """Adjust the predictive level from the figures so far (call every few seconds)."""
        if self.mode != "predictive":
            return self.level
        rate = figures.drop_rate
        live = figures.answered + figures.dropped
        if live < 10:  # too few answered calls to measure: stay cautious
            self.level = min(self.level, 1.0)
        elif rate >= self.ceiling * 0.8:
            self.level = max(self.min_level, self.level * 0.8)
        elif rate < self.ceiling * 0.5:
            self.level = min(self.max_level, self.level + 0.02)
        self.history.append(self.level)
        return self.level

    def to_dial(
        self,
        free_agents: int,
        busy_agents: int,
        in_flight: int,
        figures: Figures,
        answer_rate: float | None = None,
        ring_s: float = 15.0,
        handle_s: float = 120.0,
    ) -> int:
        """New calls to place now, given agents free and talking, calls ringing now."""
        if self.mode == "preview":
            return 0
        if self.mode == "broadcast":
            return max(0, self.lines - in_flight)
        if self.mode == "progressive" or (
            figures.answered + figures.dropped >= 10 and figures.drop_rate >= self.ceiling
        ):
            return max(0, free_agents - in_flight)
        if (figures.completed or figures.dialled) < self.warm_up:
            return max(0, free_agents - in_flight)  # nothing measured yet: progressive
        rate = answer_rate if answer_rate is not None else figures.answer_rate
        samples = figures.completed or figures.dialled
        # a measured rate is uncertain: plan for one standard error more answers
        rate = min(1.0, max(rate + math.sqrt(rate * (1 - rate) / samples), 0.05))
        soon = busy_agents * min(1.0, ring_s / max(handle_s, 1.0))
        agents = free_agents + math.floor(soon)
        if agents <= 0:
            return 0
        lines = max_lines(agents, rate, self.ceiling * self.level)
        return max(0, lines - in_flight)


def expected_drop_share(lines: int, agents: int, rate: float) -> float:
    """With `lines` calls ringing, each answered with probability `rate`, and `agents`
    to take them: the expected share of answered calls that find no agent (binomial)."""
    if lines <= 0 or rate <= 0:
        return 0.0
    pmf = (1 - rate) ** lines
    over = 0.0
    for k in range(1, lines + 1):
        pmf *= (lines - k + 1) / k * rate / (1 - rate) if rate < 1 else 0.0
        if k > agents:
            over += (k - agents) * pmf
    if rate >= 1:
        over = max(0, lines - agents)
    return over / (lines * rate)


def max_lines(agents: int, rate: float, target: float, cap: int = 1000) -> int:
    """The most calls to have ringing for `agents` so that the expected drop share stays
    within `target` (at least one line per agent: those calls can never be dropped)."""
    lines = agents
    while lines < cap and expected_drop_share(lines + 1, agents, rate) <= target:
        lines += 1
    return lines
