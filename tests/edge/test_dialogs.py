"""Which dialogs of a lost worker the edge ends, and how (`dlg.list` as Kamailio 5.6
answers it over JSON-RPC; a fake RPC records the calls)."""

from __future__ import annotations

from typing import Any

from server_stub.edge.dialogs import REASON_HEADER, contact_address, end_dialogs_of


def _dialog(
    h_entry: int, call_id: str, state: int, caller: str, callee: str | None, cseq: str = "273"
) -> dict[str, Any]:
    return {
        "h_entry": h_entry,
        "h_id": h_entry + 1000,
        "call-id": call_id,
        "state": state,
        "caller": {"tag": "a", "contact": caller, "cseq": cseq},
        "callee": {"tag": None, "contact": callee, "cseq": None},
    }


WORKER = "127.0.0.1:50103"
LISTING = [
    # customer -> worker, answered by the IVR: BYE both ways
    _dialog(1, "cust", 4, "sip:13900001111@127.0.0.1:53127;ob", "sip:w4@127.0.0.1:50103"),
    # worker -> agent, ringing: CANCEL
    _dialog(2, "ring", 2, "sip:w4@127.0.0.1:50103;ob", None, cseq="8651"),
    # worker -> agent, answered: BYE both ways
    _dialog(3, "talk", 4, "<sip:w4@127.0.0.1:50103;ob>", "sip:1004@127.0.0.1:40000"),
    # customer -> worker, not answered yet: the edge fails it over by itself
    _dialog(4, "new", 1, "sip:13900002222@127.0.0.1:53128", None),
    # another worker's call: untouched
    _dialog(5, "other", 4, "sip:13900003333@127.0.0.1:53129", "sip:w5@127.0.0.1:50104"),
]


async def test_ends_confirmed_dialogs_and_cancels_ringing_legs_of_the_worker_only() -> None:
    calls: list[tuple[Any, ...]] = []

    async def rpc(method: str, *params: Any) -> Any:
        calls.append((method, *params))
        return LISTING if method == "dlg.list" else None

    assert await end_dialogs_of(rpc, WORKER) == 3
    assert calls == [
        ("dlg.list",),
        ("dlg.end_dlg", 1, 1001, REASON_HEADER),
        ("tm.cancel", "ring", "8651"),
        ("dlg.end_dlg", 3, 1003, REASON_HEADER),
    ]


async def test_no_dialogs_and_failed_single_dialogs_are_not_errors() -> None:
    async def empty(method: str, *params: Any) -> Any:
        return None

    assert await end_dialogs_of(empty, WORKER) == 0

    async def flaky(method: str, *params: Any) -> Any:
        if method == "dlg.end_dlg":
            raise RuntimeError("dialog gone meanwhile")
        return LISTING if method == "dlg.list" else None

    assert await end_dialogs_of(flaky, WORKER) == 1  # the CANCEL still went out


def test_contact_address() -> None:
    assert contact_address("sip:w4@127.0.0.1:5071;ob") == "127.0.0.1:5071"
    assert contact_address("<sip:127.0.0.1:5071>") == "127.0.0.1:5071"
    assert contact_address(None) == ""
