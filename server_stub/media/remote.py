"""Media hosts (issue 19): the control handshake of a worker on another machine, and how
its recordings reach the coordinator.

Handshake, on the coordinator's TCP listener (`run --media-listen`): the coordinator
speaks first with a `hello` line carrying a fresh random nonce, its SIP edge's address,
its `--media-hold-over` (`hold_over`) and its `--media-*` audio settings (`media`), which
the worker uses (so a centre is configured in one place); the worker answers with
`worker_ready` whose `auth` is
HMAC-SHA256(secret, "callcenter-media/1|<nonce>|<worker_id>"), so the shared secret never
crosses the wire and a recorded answer is useless for another connection. A wrong or
missing proof, anything but `worker_ready` first, or no answer in time: the coordinator
sends one `refused` line with the reason, logs it and closes; the worker logs the reason
and exits with `EXIT_REFUSED`. No handle (so no command) exists before the proof checks.
A worker that held its calls over while no coordinator was there answers a restarted
coordinator's fresh challenge the same way with `resumed` set; it is taken back during
the restart's re-attach window (`WorkerPool.reattach`) and refused after it.

Recordings: a media host's worker records into its own spool
(`<spool>/<worker_id>/<recording>.wav`, with a `.json` note of where the coordinator wants
the file). When the recording ends it sends the file as `recording_chunk` events on the
control connection, then `recording_finished` with the size and sha256; the coordinator
writes `<path>.part`, checks both, renames it into its recordings store, replies with
the `upload_stored` command, and only then hands `recording_finished` to the call logic.
The spool files are deleted on `upload_stored ok`; on a refusal, a timeout or a lost
connection they stay and are sent again (by the same worker, or by its successor of the
same id when the media host restarts it; a file whose worker died mid-call is sent as
`partial`). Why the control connection and not an HTTP upload: it is already
authenticated (and the only port a media host needs towards the coordinator besides
SIP/RTP), it is ordered with the call's events, and the coordinator learns of the file
exactly when it can index it (docs/deployment.md "Many media hosts").
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import dataclasses
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from server_stub.media import wire as c
from server_stub.media.config import EngineConfig

log = logging.getLogger(__name__)

EXIT_REFUSED = 4  # a worker the coordinator refused (wrong secret): the host stops
HANDSHAKE_TIMEOUT_S = 10.0
CHUNK_BYTES = 48 * 1024  # 64 KiB of base64 per line, far below the 1 MiB line limit
ACK_TIMEOUT_S = 60.0  # an upload not confirmed in this long is sent again
RETRY_S = 5.0
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


class RefusedError(Exception):
    """The handshake failed; the message is the reason both sides log."""


def proof(secret: str, nonce: str, worker_id: str) -> str:
    """What a media host's worker answers to the coordinator's challenge."""
    text = f"callcenter-media/1|{nonce}|{worker_id}".encode()
    return hmac.new(secret.encode(), text, hashlib.sha256).hexdigest()


# The coordinator's `--media-*` audio settings a hello may carry, and what each accepts
# (the worker's EngineConfig field; server_stub/media/__main__.py has the same choices).
MEDIA_SETTINGS: dict[str, tuple[int, ...] | None] = {
    "clock_rate": (8000, 16000),
    "quality": tuple(range(1, 11)),
    "frame_ms": (10, 20, 40),
    "jitter_buffer_ms": None,  # four ints >= -1 (EngineConfig.parse_jitter_buffer)
}


@dataclass(frozen=True)
class Hello:
    """The coordinator's first line: the challenge, and what its workers must use."""

    nonce: str
    edge: str
    hold_over_s: float = 0.0  # the coordinator's --media-hold-over
    media: dict[str, Any] = field(default_factory=dict)  # MEDIA_SETTINGS it set

    def apply(self, config: EngineConfig) -> EngineConfig:
        """`config` with the coordinator's audio settings (they win over the host's
        defaults and CALLCENTER_MEDIA_* environment, docs/deployment.md) and edge."""
        changes: dict[str, Any] = dict(self.media)
        if "jitter_buffer_ms" in changes:
            changes["jitter_buffer_ms"] = tuple(changes["jitter_buffer_ms"])
        if config.edge is None and self.edge:
            changes["edge"] = self.edge
        return dataclasses.replace(config, **changes)


def encode_hello(
    nonce: str, edge: str, hold_over_s: float = 0.0, media: dict[str, Any] | None = None
) -> bytes:
    obj: dict[str, Any] = {"v": c.PROTOCOL_VERSION, "type": "hello", "nonce": nonce, "edge": edge}
    if hold_over_s > 0:
        obj["hold_over"] = hold_over_s
    if media:
        obj["media"] = media
    return (json.dumps(obj) + "\n").encode()


def encode_refused(reason: str) -> bytes:
    return (
        json.dumps({"v": c.PROTOCOL_VERSION, "type": "refused", "reason": reason}) + "\n"
    ).encode()


def _check_media(media: Any) -> dict[str, Any]:
    if not isinstance(media, dict):
        raise ValueError(f"media settings must be an object, got {media!r:.100}")
    for key, value in media.items():
        if key not in MEDIA_SETTINGS:
            raise ValueError(f"unknown media setting {key!r}")
        allowed = MEDIA_SETTINGS[key]
        if allowed is None:
            if not (
                isinstance(value, list)
                and len(value) == 4
                and all(isinstance(v, int) and v >= -1 for v in value)
            ):
                raise ValueError(f"{key}: want four ints >= -1 (ms), got {value!r:.100}")
        elif not (isinstance(value, int) and value in allowed):
            raise ValueError(f"{key}: {value!r:.40} is not one of {list(allowed)}")
    return dict(media)


def parse_hello(line: bytes) -> Hello:
    """The coordinator's first line; RefusedError for a `refused` line, ProtocolError for
    anything else (a settings value out of range included, with what is wrong)."""
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        obj = None
    if isinstance(obj, dict) and obj.get("type") == "refused":
        raise RefusedError(str(obj.get("reason", "refused")))
    if not (
        isinstance(obj, dict)
        and obj.get("type") == "hello"
        and obj.get("v") == c.PROTOCOL_VERSION
        and isinstance(obj.get("nonce"), str)
        and len(obj["nonce"]) >= 16
        and isinstance(obj.get("edge"), str)
    ):
        raise c.ProtocolError(
            c.ErrorCode.BAD_MESSAGE, f"expected the coordinator's hello: {line!r:.200}"
        )
    hold_over = obj.get("hold_over", 0.0)
    try:
        if not isinstance(hold_over, int | float) or not 0 <= hold_over <= 86400:
            raise ValueError(f"hold_over: {hold_over!r:.40} is not 0-86400 seconds")
        media = _check_media(obj.get("media", {}))
    except ValueError as exc:
        raise c.ProtocolError(c.ErrorCode.BAD_MESSAGE, f"the coordinator's hello: {exc}") from None
    return Hello(obj["nonce"], obj["edge"], float(hold_over), media)


def decode_hello(line: bytes) -> tuple[str, str]:
    """(nonce, edge) of the coordinator's first line (see `parse_hello`)."""
    hello = parse_hello(line)
    return hello.nonce, hello.edge


def refused_reason(line: bytes) -> str | None:
    """The reason of a `refused` line, None for any other line."""
    if b'"refused"' not in line:
        return None
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    if isinstance(obj, dict) and obj.get("type") == "refused":
        return str(obj.get("reason", "refused"))
    return None


async def authenticate(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    secret: str,
    edge: str,
    timeout: float = HANDSHAKE_TIMEOUT_S,
    hold_over_s: float = 0.0,
    media: dict[str, Any] | None = None,
) -> c.WorkerReady:
    """The coordinator's side of the handshake (module doc). Returns the checked
    `worker_ready` (a `resumed` one is the pool's to take back or refuse); on failure
    sends `refused` and raises RefusedError."""
    nonce = secrets.token_hex(16)
    try:
        writer.write(encode_hello(nonce, edge, hold_over_s, media))
        await writer.drain()
        try:
            line = await asyncio.wait_for(reader.readline(), timeout)
        except TimeoutError:
            raise RefusedError(f"no worker_ready within {timeout:.0f} s") from None
        except ValueError:  # longer than the reader's limit
            raise RefusedError("first line too long") from None
        if not line:
            raise RefusedError("closed before worker_ready")
        try:
            msg = c.decode_worker_message(line)
        except c.ProtocolError as exc:
            raise RefusedError(f"not a worker_ready: {exc.message:.200}") from None
        if not (isinstance(msg, c.EventMessage) and isinstance(msg.event, c.WorkerReady)):
            raise RefusedError("the first message must be worker_ready")
        ready = msg.event
        if not ready.host or not _SAFE_NAME.match(ready.worker_id):
            raise RefusedError(f"worker {ready.worker_id!r}: no media host name or a bad id")
        if not secret or not ready.auth:
            raise RefusedError(f"worker {ready.worker_id} of host {ready.host}: no secret proof")
        if not hmac.compare_digest(ready.auth, proof(secret, nonce, ready.worker_id)):
            raise RefusedError(f"worker {ready.worker_id} of host {ready.host}: wrong secret")
        return ready
    except RefusedError as exc:
        with contextlib.suppress(ConnectionError, OSError):
            writer.write(encode_refused(str(exc)))
            await asyncio.wait_for(writer.drain(), 2.0)
        raise


def client_tls(cafile: str) -> ssl.SSLContext:
    """A media host worker's TLS settings: the coordinator's certificate must chain to
    `cafile` and name the --coordinator host (DNS name or IP address)."""
    return ssl.create_default_context(cafile=cafile)


def server_tls(certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(certfile, keyfile)
    return ctx


def tls_connect(address: tuple[str, int], ctx: ssl.SSLContext, timeout: float) -> socket.socket:
    """A plain socket whose other end is a TLS connection to `address`.

    The worker reads its control socket on one thread and writes it on another; an
    SSL object must not be used by two threads at once, so one thread of asyncio (which
    drives TLS through memory buffers) relays between a socket pair and the TLS stream.
    Connection and certificate errors are raised here (OSError, ssl.SSLError)."""
    inner, outer = socket.socketpair()
    started: Future[None] = Future()

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(1 << 16):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError, ssl.SSLError):
            pass
        finally:
            writer.close()

    async def relay() -> None:
        try:
            treader, twriter = await asyncio.wait_for(
                asyncio.open_connection(*address, ssl=ctx, server_hostname=address[0]), timeout
            )
        except BaseException as exc:
            outer.close()
            started.set_exception(exc if isinstance(exc, Exception) else OSError(str(exc)))
            return
        tcp = twriter.get_extra_info("socket")
        if tcp is not None:
            keepalive(tcp)
        ireader, iwriter = await asyncio.open_connection(sock=outer, limit=1 << 21)
        started.set_result(None)
        await asyncio.gather(pipe(treader, iwriter), pipe(ireader, twriter))

    threading.Thread(target=asyncio.run, args=(relay(),), name="control-tls", daemon=True).start()
    try:
        started.result(timeout + 1)
    except BaseException:
        inner.close()
        raise
    return inner


def keepalive(sock: socket.socket) -> None:
    """Notice a media host (or coordinator) that vanished without closing in ~15 s."""
    with contextlib.suppress(OSError, AttributeError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 5)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 3)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 3)


# --------------------------------------------------------------- coordinator: receiving


class Receiver:
    """Writes uploaded recordings into the coordinator's store (only under `roots`)."""

    def __init__(self, roots: Iterable[str | Path]) -> None:
        self._roots = [Path(r).resolve() for r in roots]
        self._bad: set[str] = set()  # recordings whose chunks did not line up

    def _target(self, path: str) -> Path:
        target = Path(path).resolve()
        if target.suffix != ".wav" or not any(target.is_relative_to(r) for r in self._roots):
            raise ValueError(f"{path} is not in the recordings store")
        return target

    def chunk(self, event: c.RecordingChunk) -> None:
        """One piece; the first (offset 0) starts the file over. Runs in a thread."""
        try:
            part = self._target(event.path).with_suffix(".wav.part")
            data = base64.b64decode(event.data, validate=True)
            if event.offset == 0:
                self._bad.discard(event.recording)
                part.parent.mkdir(parents=True, exist_ok=True)
                mode = "wb"
            elif event.recording in self._bad or part.stat().st_size != event.offset:
                raise ValueError(f"chunk at {event.offset} does not follow the file")
            else:
                mode = "ab"
            with part.open(mode) as f:
                f.write(data)
        except (OSError, ValueError) as exc:
            if event.recording not in self._bad:
                log.error("upload of recording %s: %s", event.recording, exc)
            self._bad.add(event.recording)

    def finish(self, event: c.RecordingFinished) -> str | None:
        """Check and move the file into place; the error, or None when stored."""
        try:
            target = self._target(event.path)
            part = target.with_suffix(".wav.part")
            if event.recording in self._bad:
                raise ValueError("a chunk was lost")
            digest = hashlib.sha256()
            with part.open("rb") as f:
                for block in iter(lambda: f.read(1 << 16), b""):
                    digest.update(block)
            if part.stat().st_size != event.size or digest.hexdigest() != event.sha256:
                raise ValueError("size or sha256 differ from the media host's")
            os.replace(part, target)
            return None
        except (OSError, ValueError) as exc:
            self._bad.discard(event.recording)
            with contextlib.suppress(OSError, ValueError):
                self._target(event.path).with_suffix(".wav.part").unlink()
            return str(exc)


# ------------------------------------------------------------------ worker: the spool


class Spool:
    """A media host worker's recordings until the coordinator has stored them."""

    def __init__(self, directory: Path, send: Callable[[c.Event], None]) -> None:
        self.dir = directory
        self._send = send
        self._lock = threading.Lock()
        self._remote: dict[str, str] = {}  # recording id -> the coordinator's path
        self._queue: list[str] = []  # recording ids to upload
        self._sent: dict[str, float] = {}  # uploaded, awaiting upload_stored (monotonic)
        self._wake = threading.Event()
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="recording-upload", daemon=True)

    def _files(self, rid: str) -> tuple[Path, Path]:
        return self.dir / f"{rid}.wav", self.dir / f"{rid}.json"

    def prepare(self, cmd: c.RecordStart) -> c.RecordStart:
        """The same recording, into the spool; notes where the coordinator wants it."""
        rid = cmd.recording or f"r{secrets.token_hex(6)}"
        if not _SAFE_NAME.match(rid):
            raise c.CommandError(c.ErrorCode.BAD_ARGUMENTS, f"recording id {rid!r}")
        self.dir.mkdir(parents=True, exist_ok=True)
        wav, note = self._files(rid)
        note.write_text(json.dumps({"recording": rid, "path": cmd.path, "state": "recording"}))
        with self._lock:
            self._remote[rid] = cmd.path
        return c.RecordStart(legs=cmd.legs, path=str(wav), recording=rid)

    def take(self, event: c.RecordingFinished) -> bool:
        """A recording of ours ended: upload it (True), or not ours (False)."""
        with self._lock:
            path = self._remote.pop(event.recording, None)
        if path is None:
            return False
        _, note = self._files(event.recording)
        note.write_text(
            json.dumps(
                {
                    "recording": event.recording,
                    "path": path,
                    "state": "finished",
                    "seconds": event.seconds,
                    "status": event.status,
                }
            )
        )
        self._enqueue(event.recording)
        return True

    def start(self) -> None:
        """Queue what a previous worker of this id left, and start uploading."""
        if self.dir.is_dir():
            for note in sorted(self.dir.glob("*.json")):
                rid = note.stem
                with self._lock:
                    if rid in self._remote:
                        continue
                log.warning("recording %s left in the spool: sending it now", rid)
                self._enqueue(rid)
        self._thread.start()

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()

    def stored(self, cmd: c.UploadStored) -> None:
        with self._lock:
            self._sent.pop(cmd.recording, None)
        if cmd.ok:
            for f in self._files(cmd.recording):
                with contextlib.suppress(FileNotFoundError):
                    f.unlink()
            log.info("recording %s stored by the coordinator", cmd.recording)
        else:
            log.error(
                "the coordinator could not store recording %s (%s): sending it again in %.0f s",
                cmd.recording,
                cmd.error,
                RETRY_S,
            )
            timer = threading.Timer(RETRY_S, self._enqueue, (cmd.recording,))
            timer.daemon = True
            timer.start()

    def _enqueue(self, rid: str) -> None:
        with self._lock:
            if rid not in self._queue:
                self._queue.append(rid)
        self._wake.set()

    def _run(self) -> None:
        while not self._stopped:
            self._wake.wait(RETRY_S)
            self._wake.clear()
            now = time.monotonic()
            with self._lock:
                late = [r for r, t in self._sent.items() if now - t > ACK_TIMEOUT_S]
                for rid in late:
                    del self._sent[rid]
                    self._queue.append(rid)
                jobs, self._queue = self._queue, []
            for rid in late:
                log.warning("recording %s: no word from the coordinator: sending it again", rid)
            for rid in jobs:
                if self._stopped:
                    return
                try:
                    self._upload(rid)
                except Exception:
                    log.exception("recording %s: upload failed; retrying", rid)
                    self._sent[rid] = time.monotonic() - ACK_TIMEOUT_S + RETRY_S

    def _upload(self, rid: str) -> None:
        wav, note = self._files(rid)
        try:
            info: dict[str, Any] = json.loads(note.read_text())
        except (OSError, ValueError):
            log.error("recording %s: its spool note is unreadable; the file stays in %s", rid, wav)
            return
        path = str(info["path"])
        status, seconds = str(info.get("status", "partial")), float(info.get("seconds", 0.0))
        if info.get("state") != "finished":  # its worker died while recording
            from server_stub.media.audio_files import fix_wav_header

            seconds = fix_wav_header(str(wav)) or 0.0
            status = "partial"
        if not wav.exists() or status == "failed":
            self._send(c.RecordingFinished(recording=rid, path=path, seconds=0.0, status="failed"))
            note.unlink(missing_ok=True)
            return
        digest = hashlib.sha256()
        size = 0
        with wav.open("rb") as f:
            while block := f.read(CHUNK_BYTES):
                digest.update(block)
                text = base64.b64encode(block).decode()
                self._send(c.RecordingChunk(recording=rid, path=path, offset=size, data=text))
                size += len(block)
        with self._lock:
            self._sent[rid] = time.monotonic()
        self._send(
            c.RecordingFinished(
                recording=rid,
                path=path,
                seconds=seconds,
                status=status,
                size=size,
                sha256=digest.hexdigest(),
            )
        )
        log.info("recording %s sent to the coordinator (%d bytes)", rid, size)


# ------------------------------------------- prompts and music without a shared folder

# What a media host's worker is told to play instead of a coordinator's path: the file's
# content hash (a re-recorded prompt is another file) and its name (for the logs).
MEDIA_REF = re.compile(r"^media:([0-9a-f]{64}):([A-Za-z0-9_.-]{1,120})$")


def _sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class MediaFiles:
    """The coordinator's side: the prompts, music and announcements it plays to media
    hosts' legs are named by content (`media:<sha256>:<name>`), and sent, on a host's
    `file_wanted`, only when they are under `roots` (the prompts, music and announcement
    folders) and still have that content. Other paths go as they are (a host's own
    files)."""

    def __init__(self, roots: Iterable[str | Path]) -> None:
        self._roots = [Path(r).resolve() for r in roots]
        self._lock = threading.Lock()
        self._memo: dict[Path, tuple[tuple[int, int, int], str]] = {}  # stat -> sha256
        self._by_hash: dict[str, Path] = {}
        self._paths: dict[str, str] = {}  # reference -> the path the coordinator named

    def allowed(self, path: str | Path) -> Path | None:
        """The real file `path` names when it is under one of the roots (no `..` or
        symbolic link leads out of them), else None."""
        try:
            target = Path(path).resolve()
        except (OSError, RuntimeError):
            return None
        if not any(target.is_relative_to(r) for r in self._roots) or not target.is_file():
            return None
        return target

    def reference(self, path: str) -> str:
        """`media:<sha256>:<name>` for a file under the roots; any other path unchanged."""
        if not path or path.startswith("media:"):
            return path
        target = self.allowed(path)
        if target is None:
            return path
        try:
            st = target.stat()
            key = (st.st_ino, st.st_size, st.st_mtime_ns)
            with self._lock:
                memo = self._memo.get(target)
            sha = memo[1] if memo and memo[0] == key else _sha256_of(target.read_bytes())
        except OSError:
            return path
        ref = f"media:{sha}:{target.name}"
        with self._lock:
            self._memo[target] = (key, sha)
            self._by_hash[sha] = target
            self._paths[ref] = path
        return ref

    def rewrite(self, cmd: c.Command) -> c.Command:
        """The command a media host's worker gets: its audio named by content."""
        if isinstance(cmd, c.Play):
            return dataclasses.replace(cmd, file=self.reference(cmd.file))
        if isinstance(cmd, c.Hold):
            return dataclasses.replace(cmd, music=self.reference(cmd.music))
        return cmd

    def restore(self, event: c.Event) -> c.Event:
        """A host's `playback_finished` names the path the coordinator played again."""
        if isinstance(event, c.PlaybackFinished) and event.file.startswith("media:"):
            with self._lock:
                path = self._paths.get(event.file)
            if path is not None:
                return dataclasses.replace(event, file=path)
        return event

    def pieces(self, sha256: str) -> list[c.FileData]:
        """The `file_data` commands answering a `file_wanted` (runs in a thread)."""
        with self._lock:
            path = self._by_hash.get(sha256)
        if path is None or self.allowed(path) is None:
            return [c.FileData(sha256=sha256, error="no prompt or music of that content here")]
        try:
            data = path.read_bytes()
        except OSError as exc:
            return [c.FileData(sha256=sha256, error=f"{path.name}: {exc.strerror}")]
        if _sha256_of(data) != sha256:  # re-recorded since: the host is sent the new one
            return [c.FileData(sha256=sha256, error=f"{path.name} changed since")]
        out = [
            c.FileData(
                sha256=sha256,
                offset=offset,
                data=base64.b64encode(data[offset : offset + CHUNK_BYTES]).decode(),
            )
            for offset in range(0, len(data), CHUNK_BYTES)
        ]
        return [*out, c.FileData(sha256=sha256, offset=len(data), size=len(data))]


class FileCache:
    """A media host's copies of the coordinator's prompts and music, by content hash
    (`<dir>/<sha256>.wav`, shared by the host's workers), filled over the control
    connection; a file is used only once its size and hash are checked."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self._part: tuple[str, Path] | None = None  # the file being received

    def local(self, ref: str) -> tuple[str, Path]:
        """(sha256, where the copy is or goes) of a `media:` reference."""
        match = MEDIA_REF.match(ref)
        if match is None:
            raise c.CommandError(c.ErrorCode.BAD_ARGUMENTS, f"not a media file name: {ref!r:.80}")
        return match.group(1), self.dir / f"{match.group(1)}.wav"

    def piece(self, cmd: c.FileData) -> Path | None:
        """Store one piece; the checked file once the last has come (None before).
        CommandError when the coordinator refused or the file does not check."""
        _, target = self.local(f"media:{cmd.sha256}:x")
        part = self.dir / f"{cmd.sha256}.{os.getpid()}.part"
        try:
            if cmd.error:
                raise c.CommandError(c.ErrorCode.MEDIA_ERROR, f"the coordinator: {cmd.error}")
            if cmd.offset == 0:
                self.dir.mkdir(parents=True, exist_ok=True)
                part.write_bytes(b"")
                self._part = (cmd.sha256, part)
            if self._part != (cmd.sha256, part) or part.stat().st_size != cmd.offset:
                raise c.CommandError(c.ErrorCode.MEDIA_ERROR, "a piece of the file was lost")
            if cmd.size < 0:
                with part.open("ab") as f:
                    f.write(base64.b64decode(cmd.data, validate=True))
                return None
            data = part.read_bytes()
            if len(data) != cmd.size or _sha256_of(data) != cmd.sha256:
                raise c.CommandError(c.ErrorCode.MEDIA_ERROR, "size or sha256 do not match")
            os.replace(part, target)
            self._part = None
            return target
        except (OSError, ValueError) as exc:
            self._part = None
            part.unlink(missing_ok=True)
            problem = f"file {cmd.sha256[:12]}: {exc}"
            raise c.CommandError(c.ErrorCode.MEDIA_ERROR, problem) from None
        except c.CommandError:
            self._part = None
            part.unlink(missing_ok=True)
            raise
