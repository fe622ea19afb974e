"""Recording access: roles, the agent's own calls, and no way out of the recordings folder."""

from __future__ import annotations

import wave
from pathlib import Path

from tests.server.conftest import Server


def _add(server: Server, rec_id: str, call_id: str, path: Path) -> None:
    def write(s):  # type: ignore[no-untyped-def]
        s.add_recording(
            {
                "id": rec_id,
                "call_id": call_id,
                "path": str(path),
                "started_at": 1.0,
                "duration": 1.0,
                "size": path.stat().st_size,
            }
        )

    server.services.runner.run_sync(write)


def _wav(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\x00\x01" * 1600)
    return path


def test_roles_and_own_calls(server: Server) -> None:
    lead = server.auth("9001")
    call = server.client.get("/api/v1/calls?agent_id=1003&limit=1", headers=lead).json()["calls"][0]
    path = _wav(server.services.config.recordings_dir / "2026/01/01" / f"{call['id']}.wav")
    _add(server, "r1", call["id"], path)
    r = server.client.get("/api/v1/recordings/r1/audio", headers=lead)
    assert r.status_code == 200 and r.headers["content-type"] == "audio/wav"
    assert r.content == path.read_bytes()
    assert (
        server.client.get("/api/v1/recordings/r1/audio", headers=server.auth("1003")).status_code
        == 200
    )
    r = server.client.get("/api/v1/recordings/r1/audio", headers=server.auth("1001"))
    assert r.status_code == 403
    audit = server.services.runner.run_sync(lambda s: s.audit_log())
    assert [a["actor"] for a in audit if a["action"] == "recording_played"] == ["9001", "1003"]


def test_paths_outside_the_recordings_folder_are_never_served(
    server: Server, tmp_path: Path
) -> None:
    lead = server.auth("9001")
    call = server.client.get("/api/v1/calls?limit=1", headers=lead).json()["calls"][0]
    outside = _wav(tmp_path / "secret.wav")
    server.services.config.recordings_dir.mkdir(parents=True, exist_ok=True)
    _add(server, "r2", call["id"], outside)
    sneaky = server.services.config.recordings_dir / ".." / ".." / "secret.wav"
    _add(server, "r3", call["id"], sneaky)
    for rec in ("r2", "r3", "..%2F..%2Fsecret", "nope"):
        r = server.client.get(f"/api/v1/recordings/{rec}/audio", headers=lead)
        assert r.status_code == 404, rec
