"""What a waiting caller is told (pure): the expected wait, and the spoken pieces of the
position/wait announcement and of the agent's ID (座席自动报号), Chinese then English.

Expected wait (the estimator, docs/flows.md): a caller at `position` (1 = next) waits about

    position × AHT ÷ staffed

where AHT is the queue's average handle time today (talk + hold + wrap-up per answered
call; `DEFAULT_AHT` before the first one) and `staffed` the queue's members who are signed
in and not paused (ready, reserved, on a call or in wrap-up; at least 1). It is spoken in
whole minutes, rounded up, between 1 and `MAX_SPOKEN`.

Pieces are names of short recordings in `resources/prompts/say/` (`zh_...`, `en_...`);
`server_stub.telephony.spoken` joins them into one WAV file.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

DEFAULT_AHT = 180.0  # seconds, before the queue answered any call today
MAX_SPOKEN = 99
STAFFED = ("ready", "reserved", "on_call", "wrap_up")

ZH_DIGITS = "零一二三四五六七八九"
EN_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
           8: "eighty", 9: "ninety"}  # fmt: skip

# Phrases: name -> (Chinese, English); numbers are separate pieces.
PHRASES: dict[str, str] = {
    "zh_position": "您排在第",
    "zh_place": "位。",
    "zh_wait": "预计等待",
    "zh_minutes": "分钟。",
    "zh_agent": "工号",
    "zh_serving": "为您服务。",
    "en_position": "You are number",
    "en_in_queue": "in the queue.",
    "en_wait": "The expected wait is about",
    "en_minute": "minute.",
    "en_minutes": "minutes.",
    "en_agent": "Agent number",
    "en_serving": "will take your call.",
}


def staffed(states: Mapping[str, int]) -> int:
    """Members counted by the estimator, from {status: count}."""
    return sum(n for status, n in states.items() if status in STAFFED)


def expected_wait(position: int, aht: float | None, staffed_agents: int) -> float:
    """Seconds a caller at `position` should expect to wait (see the module doc)."""
    handle = aht if aht and aht > 0 else DEFAULT_AHT
    return max(1, position) * handle / max(1, staffed_agents)


def spoken_minutes(seconds: float) -> int:
    return min(MAX_SPOKEN, max(1, math.ceil(seconds / 60)))


def zh_number(n: int) -> list[str]:
    """1-99 as pieces: 二十三 → zh_2, zh_10, zh_3."""
    n = min(MAX_SPOKEN, max(0, n))
    if n <= 10:
        return [f"zh_{n}"]
    tens, ones = divmod(n, 10)
    pieces = ([] if tens == 1 else [f"zh_{tens}"]) + ["zh_10"]
    return pieces + ([f"zh_{ones}"] if ones else [])


def en_number(n: int) -> list[str]:
    n = min(MAX_SPOKEN, max(0, n))
    if n < 20:
        return [f"en_{n}"]
    tens, ones = divmod(n, 10)
    return [f"en_{tens * 10}"] + ([f"en_{ones}"] if ones else [])


def position_pieces(position: int, minutes: int) -> list[str]:
    """您排在第3位。预计等待2分钟。You are number 3 in the queue. The expected wait is about
    2 minutes."""
    return [
        "zh_position",
        *zh_number(position),
        "zh_place",
        "zh_wait",
        *zh_number(minutes),
        "zh_minutes",
        "en_position",
        *en_number(position),
        "en_in_queue",
        "en_wait",
        *en_number(minutes),
        "en_minute" if minutes == 1 else "en_minutes",
    ]


def agent_pieces(agent_id: str) -> list[str] | None:
    """工号1001为您服务。Agent number 1 0 0 1 will take your call. None when the ID is not
    all digits (nothing is announced)."""
    if not agent_id.isdigit() or len(agent_id) > 12:
        return None
    return [
        "zh_agent",
        *[f"zh_{d}" for d in agent_id],
        "zh_serving",
        "en_agent",
        *[f"en_{d}" for d in agent_id],
        "en_serving",
    ]


def all_pieces() -> dict[str, tuple[str, str]]:
    """Every piece: name -> (espeak voice, text)."""
    out: dict[str, tuple[str, str]] = {}
    for name, text in PHRASES.items():
        out[name] = ("cmn" if name.startswith("zh_") else "en-us", text)
    for i, ch in enumerate(ZH_DIGITS):
        out[f"zh_{i}"] = ("cmn", ch)
    out["zh_10"] = ("cmn", "十")
    for i, word in enumerate(EN_ONES):
        out[f"en_{i}"] = ("en-us", word)
    for tens, word in EN_TENS.items():
        out[f"en_{tens * 10}"] = ("en-us", word)
    return out
