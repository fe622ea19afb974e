"""`--help` of the three commands speaks to the people who run them: every option explained,
no developer jargon, the right demo agents, how to change the ports."""

from __future__ import annotations

import argparse
import contextlib
import io
from collections.abc import Callable

import pytest

from agent_desktop.__main__ import parse_args as desktop_args
from server_stub.__main__ import parse_args as server_args
from server_stub.sim.__main__ import parse_args as sim_args
from server_stub.sim.simulator import DEMO_AGENTS
from server_stub.telephony.runtime import SIMULATED_AGENTS

JARGON = ("composition root", "qasync", "QApplication", "object graph", "ASGI", "uvicorn")


def _help(parse: Callable[[list[str]], argparse.Namespace], argv: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as stop:
        parse([*argv, "--help"])
    assert stop.value.code == 0
    return out.getvalue()


def _unexplained(text: str) -> list[str]:
    """Options listed without a help text: an option line with nothing after its name."""
    lines = text.splitlines()
    bare = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not line.startswith("  -") or "  " in stripped:
            continue  # not an option, or its help is on the same line
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if not following.startswith(" " * 20):
            bare.append(stripped)
    return bare


@pytest.mark.parametrize(
    "parse,argv",
    [
        (server_args, []),
        (server_args, ["run"]),
        (server_args, ["media-host"]),
        (sim_args, []),
        (sim_args, ["demo"]),
        (sim_args, ["agents"]),
        (sim_args, ["customers"]),
        (desktop_args, []),
    ],
)
def test_help_explains_every_option_without_jargon(
    parse: Callable[[list[str]], argparse.Namespace], argv: list[str]
) -> None:
    text = _help(parse, argv)
    assert not [word for word in JARGON if word.lower() in text.lower()], text
    assert _unexplained(text) == [], text


def test_server_help_says_where_desktops_and_phones_connect_and_how_to_change_it() -> None:
    top = _help(server_args, [])
    assert "callcenter-server run --demo --simulate --desktop" in top
    run = _help(server_args, ["run"])
    for option in ("--http-port PORT", "--sip-port PORT", "--http-host HOST", "--data-dir DIR"):
        assert option in run
    assert "(default: 8080)" in run and "(default: 5060)" in run
    flowing = " ".join(run.split())
    assert "1003-1005" in flowing and "1001 and 1002 are left for people" in flowing


def test_simulator_help_names_the_agents_it_signs_in() -> None:
    assert DEMO_AGENTS == SIMULATED_AGENTS  # what `run --demo --simulate` starts, too
    text = _help(sim_args, [])
    assert "agents 1003, 1004, 1005 and" in text
    assert "1001-1005" not in text
    assert sim_args(["demo"]).agents == ["1003", "1004", "1005"]
