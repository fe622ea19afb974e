"""Media hosts' control handshake and recording upload (server_stub/media/remote.py),
without pjsua2: raw TCP clients against a real pool listener, and the spool feeding the
receiver."""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import logging
import ssl
import time
from pathlib import Path
from typing import Any

import pytest

from server_stub.media import remote
from server_stub.media import wire as c
from server_stub.media.pool import PoolConfig, WorkerPool
from tests.support.certs import self_signed

SECRET = "correct-horse-battery-staple"


def _ready(worker_id: str, auth: str, host: str = "h2", resumed: bool = False) -> bytes:
    event = c.WorkerReady(
        worker_id=worker_id,
        sip_uri=f"sip:{worker_id}@127.0.0.2:5070",
        sip_address="127.0.0.2:5070",
        capacity=4,
        pid=4242,
        host=host,
        auth=auth,
        resumed=resumed,
    )
    return c.encode_event(event, 1)


async def _pool(**config: Any) -> WorkerPool:
    """A pool with no local workers, listening for media hosts on a free port."""
    settings: dict[str, Any] = {
        "min_workers": 0,
        "min_spare": 0,
        "secret": SECRET,
        "remote_listen": ("127.0.0.1", 0),
        "edge_address": "127.0.0.1:5060",
    }
    pool = WorkerPool(PoolConfig(**{**settings, **config}))
    await pool.listen()
    return pool


async def _connect(pool: WorkerPool) -> tuple[asyncio.StreamReader, asyncio.StreamWriter, str]:
    reader, writer = await asyncio.open_connection(*pool.remote_address)
    nonce, edge = remote.decode_hello(await asyncio.wait_for(reader.readline(), 5))
    assert edge == "127.0.0.1:5060"
    return reader, writer, nonce


async def _refused(reader: asyncio.StreamReader) -> str:
    """The refusal line, then the connection closes (the handler is done, no stuck task)."""
    line = await asyncio.wait_for(reader.readline(), 5)
    reason = remote.refused_reason(line)
    assert reason is not None, line
    assert await asyncio.wait_for(reader.read(), 5) == b""
    return reason


async def test_a_proven_worker_joins_and_its_connection_closing_loses_it(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, "server_stub.media.pool")
    pool = await _pool()
    try:
        _reader, writer, nonce = await _connect(pool)
        writer.write(_ready("h2-1", remote.proof(SECRET, nonce, "h2-1")))
        await writer.drain()
        for _ in range(100):
            if "h2-1" in pool.workers:
                break
            await asyncio.sleep(0.02)
        handle = pool.workers["h2-1"]
        assert handle.remote and handle.host == "h2" and handle.peer == "127.0.0.1"
        assert "media host h2 joined from 127.0.0.1" in caplog.text
        # a second connection with the same id is refused
        r2, w2, nonce2 = await _connect(pool)
        w2.write(_ready("h2-1", remote.proof(SECRET, nonce2, "h2-1")))
        assert "in use" in await _refused(r2)
        w2.close()
        # the proof is bound to its nonce: replaying the first answer fails
        r3, w3, _ = await _connect(pool)
        w3.write(_ready("h2-9", remote.proof(SECRET, nonce, "h2-9")))
        assert "wrong secret" in await _refused(r3)
        w3.close()
        writer.close()
        for _ in range(100):
            if "h2-1" not in pool.workers:
                break
            await asyncio.sleep(0.02)
        assert "h2-1" not in pool.workers
        assert "worker h2-1 of media host h2 lost (connection_lost)" in caplog.text
    finally:
        await pool.stop()


@pytest.mark.parametrize(
    ("first_line", "reason"),
    [
        (_ready("h2-1", remote.proof("wrong", "x" * 32, "h2-1")), "wrong secret"),
        (_ready("h2-1", ""), "no secret proof"),  # an absent secret
        (_ready("h2-1", "ab", host=""), "no media host name"),
        (b"\x00\xffGET / HTTP/1.1\r\n", "not a worker_ready"),  # garbage
        (b'{"v": 1, "type": "reply", "id": "x", "ok": true}\n', "must be worker_ready"),
        (b"x" * (2 << 20), "too long"),  # no newline within the reader's limit
        (b"", "closed before worker_ready"),
    ],
)
async def test_a_bad_first_line_is_refused_and_logged_without_a_handle(
    first_line: bytes, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    pool = await _pool()
    try:
        reader, writer, _ = await _connect(pool)
        if first_line:
            writer.write(first_line)
            await writer.drain()
        else:
            writer.write_eof()
        said = await _refused(reader)
        assert reason in said
        assert reason in caplog.text and "refused a media host's worker" in caplog.text
        assert pool.workers == {}
        writer.close()
    finally:
        await pool.stop()


async def test_silence_after_the_challenge_times_out() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with pytest.raises(remote.RefusedError, match="no worker_ready"):
            await remote.authenticate(reader, writer, SECRET, "e:1", timeout=0.2)
        writer.close()
        done.set()

    done = asyncio.Event()
    server = await asyncio.start_server(handler, "127.0.0.1", 0)
    reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname()[:2])
    remote.decode_hello(await reader.readline())
    assert "no worker_ready" in await _refused(reader)
    await asyncio.wait_for(done.wait(), 5)
    writer.close()
    server.close()
    await server.wait_closed()


def test_the_worker_reads_a_refusal_before_the_hello_as_such() -> None:
    with pytest.raises(remote.RefusedError, match="busy"):
        remote.decode_hello(remote.encode_refused("busy"))
    with pytest.raises(c.ProtocolError):
        remote.decode_hello(b'{"v": 1, "type": "hello", "nonce": "short", "edge": ""}\n')
    assert remote.refused_reason(b'{"v":1,"type":"command","id":"refused"}\n') is None


def test_a_spooled_recording_reaches_the_store_once_and_is_then_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(remote, "RETRY_S", 0.05)
    sent: list[c.Event] = []
    spool = remote.Spool(tmp_path / "spool" / "h2-1", sent.append)
    store = tmp_path / "store"
    receiver = remote.Receiver([store])
    target = store / "2026" / "rec.wav"
    cmd = spool.prepare(c.RecordStart(legs=["a"], path=str(target), recording="rec-1"))
    local = Path(cmd.path)
    assert local.parent == tmp_path / "spool" / "h2-1" and cmd.recording == "rec-1"
    audio = bytes(range(256)) * 500  # > 2 chunks
    local.write_bytes(audio)
    spool.start()
    assert spool.take(c.RecordingFinished(recording="rec-1", path=str(local), seconds=8.0))
    deadline = time.monotonic() + 5
    while not any(isinstance(e, c.RecordingFinished) for e in sent):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    chunks = [e for e in sent if isinstance(e, c.RecordingChunk)]
    finished = next(e for e in sent if isinstance(e, c.RecordingFinished))
    assert len(chunks) == 3 and finished.path == str(target) and finished.size == len(audio)
    # a lost chunk: refused, the part file dropped, nothing in the store; sent again
    receiver.chunk(chunks[0])
    receiver.chunk(chunks[2])
    assert receiver.finish(finished) == "a chunk was lost" and not target.exists()
    spool.stored(c.UploadStored(recording="rec-1", ok=False, error="a chunk was lost"))
    while sum(isinstance(e, c.RecordingFinished) for e in sent) < 2:
        assert time.monotonic() < deadline + 5
        time.sleep(0.02)
    assert sent[-1] == finished and sent[-len(chunks) - 1 : -1] == chunks
    # sent again in order: stored, then the spool forgets it
    for chunk in chunks:
        receiver.chunk(chunk)
    assert receiver.finish(finished) is None and target.read_bytes() == audio
    spool.stored(c.UploadStored(recording="rec-1", ok=True))
    assert list((tmp_path / "spool").rglob("*")) == [tmp_path / "spool" / "h2-1"]
    spool.stop()


def test_the_receiver_writes_only_into_the_store(tmp_path: Path) -> None:
    receiver = remote.Receiver([tmp_path / "store"])
    for path in (tmp_path / "elsewhere.wav", tmp_path / "store" / ".." / "x.wav"):
        event = c.RecordingChunk(recording="r", path=str(path), offset=0, data="AAAA")
        receiver.chunk(event)
        assert not path.exists() and not Path(str(path) + ".part").exists()
    finished = c.RecordingFinished(
        recording="r", path=str(tmp_path / "store" / "a.txt"), seconds=1, size=3, sha256="0"
    )
    assert "not in the recordings store" in (receiver.finish(finished) or "")


def test_a_recording_whose_worker_died_is_sent_as_partial(tmp_path: Path) -> None:
    sent: list[c.Event] = []
    directory = tmp_path / "h2-1"
    directory.mkdir()
    header = bytearray(44)  # what pjmedia leaves before it closes the file: no sizes
    header[0:4], header[8:16], header[36:40] = b"RIFF", b"WAVEfmt ", b"data"
    header[16:20] = (16).to_bytes(4, "little")
    header[20:22], header[22:24] = (1).to_bytes(2, "little"), (1).to_bytes(2, "little")
    header[24:28], header[28:32] = (8000).to_bytes(4, "little"), (16000).to_bytes(4, "little")
    header[32:34], header[34:36] = (2).to_bytes(2, "little"), (16).to_bytes(2, "little")
    (directory / "rec-9.wav").write_bytes(bytes(header) + b"\x01\x00" * 16000)
    (directory / "rec-9.json").write_text(
        json.dumps({"recording": "rec-9", "path": "/store/rec-9.wav", "state": "recording"})
    )
    spool = remote.Spool(directory, sent.append)
    spool.start()  # the successor of the same id finds it
    deadline = time.monotonic() + 5
    while not any(isinstance(e, c.RecordingFinished) for e in sent):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    finished = next(e for e in sent if isinstance(e, c.RecordingFinished))
    assert finished.status == "partial" and finished.seconds == pytest.approx(2.0, abs=0.1)
    spool.stop()


async def test_over_tls_the_worker_checks_the_coordinator_certificate(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path, "media", san="IP:127.0.0.1")
    other, _ = self_signed(tmp_path, "other", san="IP:127.0.0.1")
    pool = await _pool(remote_tls=(str(cert), str(key)))
    try:
        good = remote.client_tls(str(cert))
        sock = await asyncio.to_thread(remote.tls_connect, pool.remote_address, good, 5.0)
        reader, writer = await asyncio.open_connection(sock=sock)
        nonce, _ = remote.decode_hello(await asyncio.wait_for(reader.readline(), 5))
        writer.write(_ready("h2-1", remote.proof(SECRET, nonce, "h2-1")))
        await writer.drain()
        for _ in range(100):
            if "h2-1" in pool.workers:
                break
            await asyncio.sleep(0.02)
        assert pool.workers["h2-1"].host == "h2"
        writer.close()
        wrong = remote.client_tls(str(other))  # another CA: no connection, no hello
        with pytest.raises(ssl.SSLCertVerificationError):
            await asyncio.to_thread(remote.tls_connect, pool.remote_address, wrong, 5.0)
    finally:
        await pool.stop()


async def test_the_coordinators_hold_over_and_media_settings_reach_a_hosts_worker(
    tmp_path: Path,
) -> None:
    """A centre is configured in one place: the coordinator's --media-hold-over and
    --media-* settings travel in the hello and the host's worker uses them; what the
    coordinator leaves unset stays the host's own (its defaults or CALLCENTER_MEDIA_*)."""
    import socket

    from server_stub.config import ServerConfig
    from server_stub.media.config import EngineConfig
    from server_stub.media.worker import Worker
    from server_stub.telephony.call_path import media_host_settings

    server = ServerConfig(
        data_dir=tmp_path, media_clock_rate=16000, media_quality=4, media_frame_ms=40
    )
    pool = await _pool(hold_over_s=45.0, media_settings=media_host_settings(server))
    try:
        reader, writer = await asyncio.open_connection(*pool.remote_address)
        line = await asyncio.wait_for(reader.readline(), 5)
        writer.close()
    finally:
        await pool.stop()
    # the worker reads it from its control socket before its engine starts
    host_env = EngineConfig(worker_id="h2-1", clock_rate=8000, quality=8, frame_ms=20)
    worker = Worker(("127.0.0.1", 1), host_env, SECRET, hold_over_s=0.0, host="h2")
    ours, theirs = socket.socketpair()
    with ours, theirs:
        theirs.sendall(line)
        worker._hello(ours)
    assert worker._hold_over_s == 45.0
    used = worker._config
    assert (used.clock_rate, used.quality, used.frame_ms) == (16000, 4, 40)
    assert used.edge == "127.0.0.1:5060" and used.worker_id == "h2-1"

    # only --media-quality set on the coordinator: the host's clock rate (env) stays
    only_quality = dict(media_host_settings(ServerConfig(data_dir=tmp_path, media_quality=3)))
    hello = remote.parse_hello(remote.encode_hello("n" * 32, "e:1", 0.0, only_quality))
    assert hello.hold_over_s == 0.0 and hello.media == {"quality": 3}
    kept = hello.apply(EngineConfig(worker_id="h2-2", clock_rate=16000))
    assert (kept.clock_rate, kept.quality, kept.frame_ms) == (16000, 3, 20)
    buffer = {"jitter_buffer_ms": [60, -1, 120, 240]}
    jb = remote.parse_hello(remote.encode_hello("n" * 32, "e:1", media=buffer))
    assert jb.apply(host_env).jitter_buffer_ms == (60, -1, 120, 240)


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        ({"media": {"clock_rate": 44100}}, "clock_rate: 44100 is not one of [8000, 16000]"),
        ({"media": {"quality": "8"}}, "quality: '8' is not one of"),
        ({"media": {"bitrate": 1}}, "unknown media setting 'bitrate'"),
        ({"media": {"jitter_buffer_ms": [1, 2]}}, "jitter_buffer_ms: want four ints"),
        ({"media": [1]}, "media settings must be an object"),
        ({"hold_over": -1}, "hold_over: -1 is not 0-86400 seconds"),
    ],
)
def test_a_hello_with_bad_settings_is_a_clear_protocol_error(
    extra: dict[str, object], said: str
) -> None:
    hello = {"v": c.PROTOCOL_VERSION, "type": "hello", "nonce": "n" * 32, "edge": "", **extra}
    with pytest.raises(c.ProtocolError) as caught:
        remote.parse_hello(json.dumps(hello).encode() + b"\n")
    assert said in caught.value.message


def test_prompts_are_named_by_content_fetched_cached_and_only_from_their_folders(
    tmp_path: Path,
) -> None:
    """A media host plays the coordinator's prompts without a shared folder: named by
    content hash, sent in pieces and checked into the host's cache; nothing outside the
    prompt/music/announcement folders is ever sent; a re-recorded prompt is a new name."""
    prompts, music = tmp_path / "data" / "prompts", tmp_path / "moh"
    prompts.mkdir(parents=True)
    music.mkdir()
    welcome = prompts / "welcome.wav"
    welcome.write_bytes(b"RIFF" + bytes(range(256)) * 500)  # > 2 pieces
    secret = tmp_path / "data" / "callcenter.db"
    secret.write_bytes(b"not audio")
    (prompts / "link.wav").symlink_to(secret)
    files = remote.MediaFiles([prompts, music])
    cache = remote.FileCache(tmp_path / "spool" / "cache")

    cmd = files.rewrite(c.Play(leg="L1", file=str(welcome)))
    assert isinstance(cmd, c.Play)
    sha, copy = cache.local(cmd.file)
    assert cmd.file == f"media:{sha}:welcome.wav" and not copy.exists()
    pieces = files.pieces(sha)
    assert len(pieces) == 4 and pieces[-1].size == welcome.stat().st_size
    assert [cache.piece(p) for p in pieces] == [None, None, None, copy]
    assert copy.read_bytes() == welcome.read_bytes() and not list(copy.parent.glob("*.part"))
    # the host's playback_finished names the coordinator's file again
    finished = files.restore(c.PlaybackFinished(leg="L1", file=cmd.file))
    assert finished == c.PlaybackFinished(leg="L1", file=str(welcome))

    # outside the folders (.., a symbolic link out, another folder): named as they are
    for path in (prompts / ".." / "callcenter.db", prompts / "link.wav", tmp_path / "x.wav"):
        assert files.reference(str(path)) == str(path)
    assert files.rewrite(c.Hold(leg="L1", music=str(secret))) == c.Hold(leg="L1", music=str(secret))
    unknown = hashlib.sha256(b"not audio").hexdigest()  # the database's content
    assert files.pieces(unknown)[0].error == "no prompt or music of that content here"
    with pytest.raises(c.CommandError, match="not a media file name"):
        cache.local("media:../../etc/passwd:x")
    with pytest.raises(c.CommandError, match="the coordinator: no prompt"):
        cache.piece(files.pieces(unknown)[0])

    # re-recorded: a new name, so no host plays the old copy; the old one is not sent
    welcome.write_bytes(b"RIFF" + b"new take" * 100)
    again = files.reference(str(welcome))
    assert again != cmd.file and cache.local(again)[0] != sha
    assert files.pieces(sha)[0].error == "welcome.wav changed since"
    # a piece lost or a wrong digest: no file in the cache
    new_sha = cache.local(again)[0]
    first, last = files.pieces(new_sha)
    with pytest.raises(c.CommandError, match="do not match"):
        cache.piece(first)
        cache.piece(dataclasses.replace(last, size=last.size - 1))
    assert not cache.local(again)[1].exists() and not list(copy.parent.glob("*.part"))


def test_a_hosts_worker_fetches_a_missing_prompt_and_keeps_the_commands_order(
    tmp_path: Path,
) -> None:
    """The worker asks (file_wanted), takes the pieces off its control connection and
    plays its copy; commands that came meanwhile run after the play, in order."""
    import socket

    from server_stub.media.config import EngineConfig
    from server_stub.media.worker import Worker

    prompt = tmp_path / "prompts" / "hello.wav"
    prompt.parent.mkdir()
    prompt.write_bytes(b"RIFF" + b"\x01\x02" * 1000)
    files = remote.MediaFiles([prompt.parent])
    ref = files.reference(str(prompt))
    sha = ref.split(":")[1]
    worker = Worker(
        ("127.0.0.1", 1), EngineConfig(worker_id="h2-1"), SECRET, host="h2", spool=str(tmp_path)
    )
    ours, theirs = socket.socketpair()
    with ours, theirs:
        worker._reader = ours.makefile("rb")
        later = c.encode_command("c2", c.StopPlayback(leg="L1"))
        theirs.sendall(later)
        for i, piece in enumerate(files.pieces(sha)):
            theirs.sendall(c.encode_command(f"f{i}", piece))
        played = worker._local_copy(c.Play(leg="L1", file=ref))
    assert isinstance(played, c.Play)
    assert Path(played.file) == tmp_path / "cache" / f"{sha}.wav"
    assert Path(played.file).read_bytes() == prompt.read_bytes()
    assert list(worker._backlog) == [later]
    sent = []
    while not worker._outbox.empty():
        sent.append(worker._outbox.get())
    assert b'"file_wanted"' in sent[0] and sha.encode() in sent[0]
    assert all(b'"ok":true' in line for line in sent[1:]) and len(sent) == 3
    # the next play of it needs no fetch; its end names the coordinator's file
    assert worker._local_copy(c.Play(leg="L2", file=ref)) == c.Play(leg="L2", file=played.file)
    assert worker._outbox.empty()
    worker._send_event(c.PlaybackFinished(leg="L2", file=played.file))
    assert ref.encode() in worker._outbox.get()


async def test_a_hosts_worker_holding_calls_is_taken_back_in_a_restarts_window_only(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """After a coordinator restart a host's worker answers the new challenge with
    `resumed`: taken back (its legs from `status`, its events held) while the pool
    re-attaches, which waits for it although no pid names it; refused after that."""
    caplog.set_level(logging.INFO, "server_stub.media.pool")
    pool = await _pool(remote_reattach_s=1.0)

    async def come_back() -> None:
        await asyncio.sleep(0.3)  # after the listener opened, as a host's retry would
        reader, writer, nonce = await _connect_any(pool)
        writer.write(_ready("h2-1", remote.proof(SECRET, nonce, "h2-1"), resumed=True))
        await writer.drain()
        cid, cmd = c.decode_command(await asyncio.wait_for(reader.readline(), 5))
        assert isinstance(cmd, c.Status)
        legs = [{"leg": "h2-1-L1", "call_id": "", "direction": "in", "answered": True}]
        writer.write(c.encode_reply_ok(cid, {"legs": legs, "bridges": []}))
        writer.write(c.encode_event(c.DigitReceived(leg="h2-1-L1", digit="5"), 2))
        await writer.drain()
        clients.append(writer)

    clients: list[asyncio.StreamWriter] = []
    try:
        started = time.monotonic()
        _, handles = await asyncio.gather(come_back(), pool.reattach(set(), timeout=5.0))
        assert time.monotonic() - started < 3.0
        assert [h.worker_id for h in handles] == ["h2-1"]
        handle = handles[0]
        assert handle.remote and handle.host == "h2" and handle.legs == {"h2-1-L1"}
        assert handle.files is not None  # it fetches the coordinator's prompts
        for _ in range(100):
            if handle.held:
                break
            await asyncio.sleep(0.02)
        assert [type(e) for e in handle.held or []] == [c.DigitReceived]
        assert "media host h2: worker h2-1 (127.0.0.2:5070) is back from 127.0.0.1" in caplog.text
        assert "re-attached media worker h2-1 (media host h2)" in caplog.text
        # outside the window a resumed worker is refused: it ends its calls by itself
        reader, writer, nonce = await _connect_any(pool)
        writer.write(_ready("h2-2", remote.proof(SECRET, nonce, "h2-2"), resumed=True))
        assert "came back too late to re-attach" in await _refused(reader)
        assert "h2-2" not in pool.workers
        writer.close()
    finally:
        for writer in clients:
            writer.close()
        await pool.stop()


async def _connect_any(
    pool: WorkerPool,
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter, str]:
    reader, writer = await asyncio.open_connection(*pool.remote_address)
    nonce, _ = remote.decode_hello(await asyncio.wait_for(reader.readline(), 5))
    return reader, writer, nonce
