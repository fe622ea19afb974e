"""Who hears whom: the conference links derived from bridges, holds, monitors, recordings."""

from __future__ import annotations

from server_stub.media.mixer import Mixer


def _names(m: Mixer) -> set[str]:
    return {f"{a}>{b}" for a, b in m.links()}


def test_bridge_connects_both_ways_and_hold_replaces_it_with_music() -> None:
    m = Mixer()
    m.bridge("cust", "agent")
    assert _names(m) == {"leg:cust>leg:agent", "leg:agent>leg:cust"}
    m.held.add("cust")
    assert _names(m) == {"moh:cust>leg:cust"}
    m.held.discard("cust")
    m.unbridge("agent", "cust")
    assert _names(m) == set()


def test_monitor_modes() -> None:
    m = Mixer()
    m.bridge("cust", "agent")
    base = {"leg:cust>leg:agent", "leg:agent>leg:cust"}
    m.monitor("agent", "sup", "listen")
    assert _names(m) == base | {"leg:cust>leg:sup", "leg:agent>leg:sup"}
    m.monitor("agent", "sup", "whisper")
    assert _names(m) == base | {"leg:cust>leg:sup", "leg:agent>leg:sup", "leg:sup>leg:agent"}
    m.monitor("agent", "sup", "barge")
    assert _names(m) == base | {
        "leg:cust>leg:sup",
        "leg:agent>leg:sup",
        "leg:sup>leg:agent",
        "leg:sup>leg:cust",
    }


def test_recording_holds_what_its_legs_say_and_hear() -> None:
    m = Mixer()
    m.bridge("cust", "agent")
    m.recordings["r1"] = ["cust"]
    m.playing.add("cust")
    links = _names(m)
    assert {"leg:cust>rec:r1", "leg:agent>rec:r1", "play:cust>rec:r1"} <= links
    m.monitor("agent", "sup", "whisper")  # the supervisor does not reach the customer
    assert "leg:sup>rec:r1" not in _names(m)
    m.monitor("agent", "sup", "barge")
    assert "leg:sup>rec:r1" in _names(m)


def test_removing_a_leg_forgets_it_everywhere() -> None:
    m = Mixer()
    m.bridge("cust", "agent")
    m.monitor("agent", "sup", "listen")
    m.recordings["r1"] = ["cust", "agent"]
    m.remove_leg("agent")
    assert m.bridges == set() and m.monitors == {} and m.recordings == {"r1": ["cust"]}
    assert _names(m) == {"leg:cust>rec:r1"}
