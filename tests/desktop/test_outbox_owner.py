"""Issue 11, item 5 (a shared PC): a wrap-up still waiting in the outbox when its agent
signs out is sent only in that agent's next session, never under the next user's name;
outbox files written before the owner column still open and send."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from agent_desktop.outbox import Outbox
from agent_desktop.protocol import DispositionRequest


async def test_only_the_signed_in_agents_items_are_sent(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.db")
    await outbox.add("c1", "sale", "1002's note", "1002")
    await outbox.add("c2", "resolved", "", "9001")
    sent: list[str] = []

    async def send(call: str, _req: DispositionRequest) -> None:
        sent.append(call)

    assert await outbox.pending_count("9001") == 1
    assert await outbox.flush(send, "9001") == 1
    assert sent == ["c2"]
    assert await outbox.pending_count("1002") == 1  # waits for 1002
    assert await outbox.flush(send, "1002") == 1
    assert sent == ["c2", "c1"]
    assert [i.agent_id for i in await outbox.items()] == ["1002", "9001"]
    outbox.close()


async def test_an_outbox_from_before_the_owner_column_still_sends(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE dispositions (key TEXT PRIMARY KEY, call_id TEXT, "
        "disposition TEXT, note TEXT, status TEXT, attempts INTEGER, "
        "created_at FLOAT, sent_at FLOAT, last_error TEXT)"
    )
    conn.execute(
        "INSERT INTO dispositions VALUES ('dsp-old-item-1', 'c9', 'sale', '', "
        "'pending', 0, 1.0, NULL, '')"
    )
    conn.commit()
    conn.close()
    outbox = Outbox(path)
    sent: list[str] = []

    async def send(call: str, _req: DispositionRequest) -> None:
        sent.append(call)

    assert await outbox.flush(send, "1002") == 1 and sent == ["c9"]
    await outbox.add("c10", "resolved", "", "1002")
    assert await outbox.pending_count("1002") == 1
    outbox.close()
