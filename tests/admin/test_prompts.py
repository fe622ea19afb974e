"""Prompts: a WAV or MP3 upload becomes a 16 kHz mono WAV that queues use and admins hear."""

from __future__ import annotations

import io
import subprocess
import wave
from pathlib import Path

import numpy as np

from tests.admin.conftest import admin_headers, post
from tests.server.conftest import Server


def _tone(path: Path, rate: int = 44100, seconds: float = 1.5, hz: float = 440.0) -> None:
    t = np.arange(int(rate * seconds)) / rate
    pcm = (0.2 * 32767 * np.sin(2 * np.pi * hz * t)).astype("<i2")
    stereo = np.repeat(pcm[:, None], 2, axis=1)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(stereo.tobytes())


def _upload(server: Server, h: dict[str, str], name: str, filename: str, data: bytes) -> object:
    return server.client.post(
        "/api/v1/admin/prompts",
        headers=h,
        data={"name": name},
        files={"file": (filename, data, "application/octet-stream")},
    )


def test_wav_and_mp3_uploads_are_normalised_used_and_heard_back(
    empty: Server, tmp_path: Path
) -> None:
    h = admin_headers(empty)
    wav = tmp_path / "greeting.wav"
    _tone(wav)
    r = _upload(empty, h, "billing_hello", "greeting.wav", wav.read_bytes())
    assert r.status_code == 201, r.text  # type: ignore[attr-defined]
    assert abs(r.json()["duration_seconds"] - 1.5) < 0.05  # type: ignore[attr-defined]
    mp3 = tmp_path / "music.mp3"
    subprocess.run(["sox", str(wav), str(mp3)], check=True)
    r = _upload(empty, h, "billing_music", "music.mp3", mp3.read_bytes())
    assert r.status_code == 201, r.text  # type: ignore[attr-defined]

    audio = empty.client.get("/api/v1/admin/prompts/billing_hello/audio", headers=h)
    assert audio.status_code == 200 and audio.headers["content-type"] == "audio/wav"
    with wave.open(io.BytesIO(audio.content)) as w:
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth()) == (1, 16000, 2)
        samples = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(float)
    spectrum = np.abs(np.fft.rfft(samples))
    assert abs(np.argmax(spectrum) * 16000 / len(samples) - 440) < 5  # the same tone
    assert np.max(np.abs(samples)) > 0.6 * 32767  # normalised to -3 dBFS (was -14 dBFS)

    r = post(
        empty,
        "/admin/queues",
        h,
        {"name": "billing", "greeting": "billing_hello", "music_on_hold": "billing_music"},
    )
    assert r.status_code == 201, r.text
    listed = {p["name"]: p for p in empty.client.get("/api/v1/admin/prompts", headers=h).json()}
    assert listed["billing_music"]["used_by"] == ["queue:billing:music_on_hold"]
    r = empty.client.delete("/api/v1/admin/prompts/billing_music", headers=h)
    assert (r.status_code, r.json()["error_id"]) == (409, "in_use")
    empty.client.patch("/api/v1/admin/queues/billing", headers=h, json={"music_on_hold": None})
    assert empty.client.delete("/api/v1/admin/prompts/billing_music", headers=h).status_code == 204
    assert sorted(p.name for p in empty.services.config.prompts_dir.iterdir()) == [
        "billing_hello.wav"
    ]


def test_an_uploaded_prompt_replaces_the_built_in_one_of_that_name(tmp_path: Path) -> None:
    from typing import Any, cast

    from server_stub.telephony import prompts
    from server_stub.telephony.service import Telephony

    none = cast(Any, None)
    telephony = Telephony(
        none,
        none,
        none,
        "127.0.0.1:5060",
        tmp_path,
        prompts_dir=tmp_path / "prompts",
        outbound=none,
    )
    assert telephony._prompt_file("goodbye") == prompts.prompt("goodbye")
    (tmp_path / "prompts").mkdir()
    (tmp_path / "prompts" / "goodbye.wav").write_bytes(b"RIFF")
    assert telephony._prompt_file("goodbye") == tmp_path / "prompts" / "goodbye.wav"
    assert telephony._prompt_file("welcome_menu") == prompts.prompt("welcome_menu")
