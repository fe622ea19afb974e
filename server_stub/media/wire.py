"""The media worker wire format: commands, replies and events between the coordinator and
the workers (the control channel).

Pure standard library (no pjsua2), shared by `worker` and `pool`. One JSON object per
line over TCP (see docs/media.md):

    {"v": 1, "type": "command", "id": "c7", "name": "play", "args": {"leg": "w1-L1", ...}}
    {"v": 1, "type": "reply", "id": "c7", "ok": true, "result": {...}}
    {"v": 1, "type": "reply", "id": "c7", "ok": false, "error": {"code": "...", "message": "..."}}
    {"v": 1, "type": "event", "name": "digit", "seq": 12, "ts": 1700000000.1, "data": {...}}
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

PROTOCOL_VERSION = 1
MonitorMode = Literal["listen", "whisper", "barge"]
MONITOR_MODES: frozenset[str] = frozenset({"listen", "whisper", "barge"})
_SIP_USER = re.compile(r"^[A-Za-z0-9+._~-]{1,64}$")
_ACCOUNT = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_HOST_PORT = re.compile(r"^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\]):[0-9]{1,5}$")


def unix_socket_address(path: str) -> str:
    """A control socket path as `socket` takes it: `@name` is Linux's abstract namespace
    (for data directories whose socket path would pass the 107-byte limit)."""
    return "\0" + path[1:] if path.startswith("@") else path


class ErrorCode:
    """`error.code` values of failed replies."""

    BAD_MESSAGE = "bad_message"  # not JSON, not an object, missing fields
    UNSUPPORTED_VERSION = "unsupported_version"
    UNKNOWN_COMMAND = "unknown_command"
    BAD_ARGUMENTS = "bad_arguments"
    UNKNOWN_LEG = "unknown_leg"
    UNKNOWN_ACCOUNT = "unknown_account"
    INVALID_STATE = "invalid_state"  # e.g. answer on an outgoing or already answered leg
    CAPACITY = "capacity"  # no free call slot in this worker
    MEDIA_ERROR = "media_error"  # pjsua2 refused (file missing, codec, ...)
    WORKER_LOST = "worker_lost"  # set by the pool when the worker died before replying
    INTERNAL = "internal"


class ProtocolError(Exception):
    """A message that cannot be decoded or executed; carries the command id when known."""

    def __init__(self, code: str, message: str, command_id: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.command_id = command_id


class CommandError(Exception):
    """A well-formed command the worker could not carry out."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# ---------------------------------------------------------------------------- commands


@dataclass(frozen=True)
class Command:
    """Base of all commands; `name` is the wire name."""

    name: ClassVar[str] = ""


@dataclass(frozen=True)
class Answer(Command):
    """Answer an incoming leg (200), or send a provisional 180/183 (ringing, early media)."""

    name: ClassVar[str] = "answer"
    leg: str
    status_code: int = 200
    call_id: str = ""  # the coordinator's call it belongs to (in `status`, for a restart)


@dataclass(frozen=True)
class Hangup(Command):
    """End a leg: BYE when answered, CANCEL when outgoing and ringing, else reject with
    `status_code` (default 603). `cause` (Q.850) goes into a Reason header when set."""

    name: ClassVar[str] = "hangup"
    leg: str
    status_code: int = 0
    cause: int | None = None


@dataclass(frozen=True)
class Play(Command):
    """Play a WAV file to a leg, replacing any prompt already playing to it."""

    name: ClassVar[str] = "play"
    leg: str
    file: str
    loop: bool = False


@dataclass(frozen=True)
class StopPlayback(Command):
    name: ClassVar[str] = "stop_playback"
    leg: str


@dataclass(frozen=True)
class MakeCall(Command):
    """Dial `uri` as a new leg; `headers` (X-...) are added to the INVITE; the leg is
    cancelled after `timeout` seconds without an answer (cause "no_answer")."""

    name: ClassVar[str] = "call"
    uri: str
    headers: dict[str, str] = field(default_factory=dict)
    timeout: float = 30.0
    leg: str | None = None  # the caller may choose the leg id; else the worker does
    from_user: str | None = None  # user part of From (e.g. a caller number); else worker id
    # SDES-SRTP on this leg: "disabled", "optional" (RTP/AVP offer with keys: the peer
    # may decline) or "mandatory" (RTP/SAVP); "" = none, as plain calls to trunks.
    srtp: str = ""
    # host:port of a proxy the INVITE is sent through (a loose Route: the SIP edge), so
    # the edge tracks the dialog and can end it if this worker dies; None: straight to uri
    via: str | None = None


@dataclass(frozen=True)
class Bridge(Command):
    """Connect two legs' audio both ways (the B2BUA bridge)."""

    name: ClassVar[str] = "bridge"
    leg_a: str
    leg_b: str


@dataclass(frozen=True)
class Unbridge(Command):
    name: ClassVar[str] = "unbridge"
    leg_a: str
    leg_b: str


@dataclass(frozen=True)
class Hold(Command):
    """Cut a leg from its bridge partners and loop `music` to it."""

    name: ClassVar[str] = "hold"
    leg: str
    music: str


@dataclass(frozen=True)
class Unhold(Command):
    name: ClassVar[str] = "unhold"
    leg: str


@dataclass(frozen=True)
class RecordStart(Command):
    """Record the audio sent by `legs` (mixed) into a WAV at `path`."""

    name: ClassVar[str] = "record_start"
    legs: list[str]
    path: str
    recording: str | None = None


@dataclass(frozen=True)
class RecordStop(Command):
    name: ClassVar[str] = "record_stop"
    recording: str


@dataclass(frozen=True)
class SendDtmf(Command):
    """Send RFC 4733 digits on a leg."""

    name: ClassVar[str] = "send_dtmf"
    leg: str
    digits: str


@dataclass(frozen=True)
class Monitor(Command):
    """Let `supervisor_leg` monitor `leg` and its bridge partners.

    listen: leg + partners -> supervisor; whisper: also supervisor -> leg;
    barge: also supervisor -> partners. Sending it again changes the mode."""

    name: ClassVar[str] = "monitor"
    leg: str
    supervisor_leg: str
    mode: str = "listen"


@dataclass(frozen=True)
class Unmonitor(Command):
    name: ClassVar[str] = "unmonitor"
    supervisor_leg: str


@dataclass(frozen=True)
class Register(Command):
    """Add a SIP account that registers to `registrar` (e.g. a simulated agent's phone).

    Calls to its contact arrive as `call_arrived` with `account` set. Sending it again
    for the same account replaces the settings and registers anew."""

    name: ClassVar[str] = "register"
    account: str
    registrar: str  # sip:host:port or host:port
    username: str  # digest user, e.g. auth_ephemeral "<expiry>:<agent_id>"
    password: str
    domain: str
    transport: str = "udp"
    expires: int = 300
    srtp: str = "disabled"  # SRTP for calls to this account (as a softphone's setting)


@dataclass(frozen=True)
class Unregister(Command):
    """Unregister an account and remove it once its calls have ended."""

    name: ClassVar[str] = "unregister"
    account: str


@dataclass(frozen=True)
class DetectMachine(Command):
    """Answering-machine detection on an answered leg: analyse the energy of what the
    peer says (server_stub/media/amd.py) and report `machine_detection` once. The peer
    hears nothing from it; a leg that ends first reports nothing."""

    name: ClassVar[str] = "detect_machine"
    leg: str
    greeting_ms: int = 2500
    pause_ms: int = 500
    initial_silence_ms: int = 2500
    total_ms: int = 5000
    threshold: int = 300


@dataclass(frozen=True)
class AcceptPeer(Command):
    """Take the next INVITE from another media worker at `source` (its `host:port`) that
    carries `X-Conference: <conference>`: a conference leg of a call hosted there (a
    cascade), which this worker would otherwise refuse (it takes new calls from the edge
    only). Once: the INVITE arrives as any `call_arrived`, to be answered."""

    name: ClassVar[str] = "accept_peer"
    conference: str
    source: str


@dataclass(frozen=True)
class UploadStored(Command):
    """A media host's recording (`recording_chunk` events, then `recording_finished` with
    its size and sha256) was stored by the coordinator (ok) or must be sent again."""

    name: ClassVar[str] = "upload_stored"
    recording: str
    ok: bool
    error: str = ""


@dataclass(frozen=True)
class FileData(Command):
    """A piece of the file a media host's worker asked for (`file_wanted`) by its content
    hash: base64 `data` at `offset`; the last piece has the whole `size` (>= 0), or an
    `error` when the coordinator will not send it (server_stub/media/remote.py)."""

    name: ClassVar[str] = "file_data"
    sha256: str
    offset: int = 0
    data: str = ""
    size: int = -1
    error: str = ""


@dataclass(frozen=True)
class Status(Command):
    """Report the worker's legs and recordings (for resynchronisation)."""

    name: ClassVar[str] = "status"


@dataclass(frozen=True)
class Shutdown(Command):
    """End all legs, finalise recordings and exit the worker process."""

    name: ClassVar[str] = "shutdown"


COMMANDS: dict[str, type[Command]] = {
    c.name: c
    for c in (
        Answer,
        Hangup,
        Play,
        StopPlayback,
        MakeCall,
        Bridge,
        Unbridge,
        Hold,
        Unhold,
        RecordStart,
        RecordStop,
        SendDtmf,
        Monitor,
        Unmonitor,
        DetectMachine,
        AcceptPeer,
        Register,
        Unregister,
        UploadStored,
        FileData,
        Status,
        Shutdown,
    )
}


# ------------------------------------------------------------------------------ events


@dataclass(frozen=True)
class Event:
    """Base of all events; `name` is the wire name (past tense or a noun)."""

    name: ClassVar[str] = ""


@dataclass(frozen=True)
class WorkerReady(Event):
    """First message of a worker on a new control connection."""

    name: ClassVar[str] = "worker_ready"
    worker_id: str
    sip_uri: str  # e.g. sip:w1@127.0.0.1:40123
    sip_address: str  # host:port of the UDP transport
    capacity: int  # call legs this worker can hold
    pid: int
    protocol: int = PROTOCOL_VERSION
    secret: str = ""  # the control secret (`<data-dir>/media/secret`) when one is set
    resumed: bool = False  # reconnecting with calls kept over a coordinator restart
    host: str = ""  # the media host it runs on ("" for the coordinator's own workers)
    auth: str = ""  # a media host's worker: HMAC of the control secret and the challenge


@dataclass(frozen=True)
class CallArrived(Event):
    name: ClassVar[str] = "call_arrived"
    leg: str
    ani: str  # user part of From
    dnis: str  # user part of the Request-URI
    headers: dict[str, str]
    remote_address: str  # source host:port of the INVITE
    sip_call_id: str = ""
    account: str | None = None  # registered account called; None: the worker's own URI


@dataclass(frozen=True)
class LegRinging(Event):
    name: ClassVar[str] = "leg_ringing"
    leg: str
    status_code: int = 180


@dataclass(frozen=True)
class LegAnswered(Event):
    name: ClassVar[str] = "leg_answered"
    leg: str


@dataclass(frozen=True)
class LegEnded(Event):
    """`cause`: remote (peer hung up or refused), local (hangup command), no_answer
    (call timeout), shutdown (worker stopping), media_timeout (no RTP from the peer)."""

    name: ClassVar[str] = "leg_ended"
    leg: str
    status_code: int
    reason: str
    duration: float  # seconds connected
    cause: str = "remote"


@dataclass(frozen=True)
class LegQuality(Event):
    """Every `quality_period_s` while a leg has audio: its RTCP figures (both directions,
    the worse of each) and G.107 MOS estimates (agent_desktop/protocol/quality.py). The
    `mos`/`loss_pct`/`receiving` of the last window are live; `total_*`, `worst_mos` and
    `worst_at` (seconds from answer to the end of the worst window) cover the call so far."""

    name: ClassVar[str] = "leg_quality"
    leg: str
    mos: float
    loss_pct: float
    receiving: bool
    total_loss_pct: float
    total_jitter_ms: float
    total_rtt_ms: float
    total_mos: float
    worst_mos: float
    worst_at: float


@dataclass(frozen=True)
class DigitReceived(Event):
    name: ClassVar[str] = "digit"
    leg: str
    digit: str


@dataclass(frozen=True)
class MachineDetection(Event):
    """The verdict of `detect_machine`: machine, human or unsure (nothing said, or no
    verdict in time: treat as a person); `cause` and the first speech's length say why."""

    name: ClassVar[str] = "machine_detection"
    leg: str
    verdict: str
    cause: str
    speech_ms: int
    analysed_ms: int


@dataclass(frozen=True)
class PlaybackFinished(Event):
    name: ClassVar[str] = "playback_finished"
    leg: str
    file: str


@dataclass(frozen=True)
class RecordingFinished(Event):
    """`status`: complete; partial (the file stopped growing, e.g. disk full: its header
    was fixed up so what was written plays); failed (nothing usable; the file is gone)."""

    name: ClassVar[str] = "recording_finished"
    recording: str
    path: str
    seconds: float
    status: str = "complete"
    # from a media host: the file went ahead as `recording_chunk` events (size, sha256)
    size: int = -1
    sha256: str = ""


@dataclass(frozen=True)
class RecordingChunk(Event):
    """Part of a recording made on a media host, on its way to the coordinator's `path`
    (`data`: base64 of the bytes at `offset`); see server_stub/media/remote.py."""

    name: ClassVar[str] = "recording_chunk"
    recording: str
    path: str
    offset: int
    data: str


@dataclass(frozen=True)
class FileWanted(Event):
    """A media host's worker was told to play `media:<sha256>:<name>` and has no copy in
    its cache: the coordinator answers with `file_data` commands."""

    name: ClassVar[str] = "file_wanted"
    sha256: str


@dataclass(frozen=True)
class RegistrationChanged(Event):
    """A REGISTER of `account` ended: 2xx with expiry > 0 means registered."""

    name: ClassVar[str] = "registration_changed"
    account: str
    status_code: int
    reason: str
    registered: bool


@dataclass(frozen=True)
class CommandFailed(Event):
    """A command failed where no reply could carry it (e.g. its id was unreadable)."""

    name: ClassVar[str] = "command_failed"
    command_id: str | None
    code: str
    error: str


@dataclass(frozen=True)
class WorkerLost(Event):
    """Made by the pool (never sent by a worker): the process died or its control
    connection broke. `legs` were active and are gone."""

    name: ClassVar[str] = "worker_lost"
    worker_id: str
    cause: str  # "exited" | "connection_lost"
    exit_code: int | None
    legs: list[str]


EVENTS: dict[str, type[Event]] = {
    e.name: e
    for e in (
        WorkerReady,
        CallArrived,
        LegRinging,
        LegAnswered,
        LegEnded,
        LegQuality,
        DigitReceived,
        MachineDetection,
        PlaybackFinished,
        RecordingFinished,
        RecordingChunk,
        FileWanted,
        RegistrationChanged,
        CommandFailed,
        WorkerLost,
    )
}


# ------------------------------------------------------------------------------ codec


def _check(value: Any, tp: Any, where: str) -> Any:
    """Check `value` against a simple type hint; ints are accepted for floats."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(tp):
            try:
                return _check(value, option, where)
            except ProtocolError:
                pass
        raise ProtocolError(ErrorCode.BAD_ARGUMENTS, f"{where}: unexpected {value!r}")
    if tp is type(None):
        if value is None:
            return None
    elif origin is dict:
        if isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            return dict(value)
    elif origin is list:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return list(value)
    elif tp is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    elif tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif isinstance(tp, type) and isinstance(value, tp):
        return value
    raise ProtocolError(ErrorCode.BAD_ARGUMENTS, f"{where}: expected {tp}, got {value!r}")


def _build(cls: type[Any], data: Any, what: str) -> Any:
    if not isinstance(data, dict):
        raise ProtocolError(ErrorCode.BAD_ARGUMENTS, f"{what}: arguments must be an object")
    hints = typing.get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = set(data) - known
    if unknown:
        raise ProtocolError(ErrorCode.BAD_ARGUMENTS, f"{what}: unknown fields {sorted(unknown)}")
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _check(data[f.name], hints[f.name], f"{what}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise ProtocolError(ErrorCode.BAD_ARGUMENTS, f"{what}: missing {f.name!r}")
    return cls(**kwargs)


SRTP_MODES = ("disabled", "optional", "mandatory")


def _validate_command(cmd: Command) -> None:
    if isinstance(cmd, Monitor) and cmd.mode not in MONITOR_MODES:
        raise ProtocolError(ErrorCode.BAD_ARGUMENTS, f"monitor.mode: {cmd.mode!r}")
    if isinstance(cmd, MakeCall) and (
        cmd.timeout <= 0 or any(not k.lower().startswith("x-") for k in cmd.headers)
    ):
        raise ProtocolError(ErrorCode.BAD_ARGUMENTS, "call: timeout > 0 and X- headers only")
    if (
        isinstance(cmd, MakeCall)
        and cmd.from_user is not None
        and not _SIP_USER.match(cmd.from_user)
    ):
        raise ProtocolError(ErrorCode.BAD_ARGUMENTS, f"call.from_user: {cmd.from_user!r}")
    if isinstance(cmd, MakeCall) and cmd.via is not None and not _HOST_PORT.match(cmd.via):
        raise ProtocolError(ErrorCode.BAD_ARGUMENTS, f"call.via: {cmd.via!r} (host:port)")
    if isinstance(cmd, MakeCall | Register) and cmd.srtp not in (*SRTP_MODES, ""):
        raise ProtocolError(ErrorCode.BAD_ARGUMENTS, f"{cmd.name}.srtp: {cmd.srtp!r}")
    if isinstance(cmd, Register) and not cmd.srtp:
        raise ProtocolError(ErrorCode.BAD_ARGUMENTS, "register.srtp: empty")
    if isinstance(cmd, Register | Unregister) and not _ACCOUNT.match(cmd.account):
        raise ProtocolError(ErrorCode.BAD_ARGUMENTS, f"{cmd.name}.account: {cmd.account!r}")
    if isinstance(cmd, Register) and (
        cmd.transport != "udp" or cmd.expires <= 0 or not cmd.username or not cmd.domain
    ):
        raise ProtocolError(
            ErrorCode.BAD_ARGUMENTS,
            "register: transport 'udp' (workers have UDP only), expires > 0, username, domain",
        )
    if isinstance(cmd, AcceptPeer) and (not cmd.conference or not _HOST_PORT.match(cmd.source)):
        raise ProtocolError(
            ErrorCode.BAD_ARGUMENTS, "accept_peer: a conference id and source host:port"
        )
    if isinstance(cmd, SendDtmf) and (
        not cmd.digits or any(d not in "0123456789*#ABCDabcd" for d in cmd.digits)
    ):
        raise ProtocolError(ErrorCode.BAD_ARGUMENTS, f"send_dtmf.digits: {cmd.digits!r}")


def _dumps(obj: dict[str, Any]) -> bytes:
    return (json.dumps(obj, separators=(",", ":"), ensure_ascii=False) + "\n").encode()


def _loads(line: bytes | str) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError(ErrorCode.BAD_MESSAGE, f"not JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise ProtocolError(ErrorCode.BAD_MESSAGE, "a message must be a JSON object")
    cid = obj.get("id") if isinstance(obj.get("id"), str) else None
    if obj.get("v") != PROTOCOL_VERSION:
        raise ProtocolError(
            ErrorCode.UNSUPPORTED_VERSION, f"protocol {obj.get('v')!r} != {PROTOCOL_VERSION}", cid
        )
    return obj


def encode_command(command_id: str, cmd: Command) -> bytes:
    return _dumps(
        {
            "v": PROTOCOL_VERSION,
            "type": "command",
            "id": command_id,
            "name": cmd.name,
            "args": dataclasses.asdict(cmd),
        }
    )


def decode_command(line: bytes | str) -> tuple[str, Command]:
    """Parse one command line; raises ProtocolError (with the id when it was readable)."""
    obj = _loads(line)
    cid = obj.get("id")
    if obj.get("type") != "command" or not isinstance(cid, str) or not cid:
        raise ProtocolError(
            ErrorCode.BAD_MESSAGE,
            "expected a command with a string id",
            cid if isinstance(cid, str) else None,
        )
    cls = COMMANDS.get(obj.get("name"))  # type: ignore[arg-type]
    if cls is None:
        raise ProtocolError(ErrorCode.UNKNOWN_COMMAND, f"unknown command {obj.get('name')!r}", cid)
    try:
        cmd = _build(cls, obj.get("args", {}), cls.name)
        _validate_command(cmd)
    except ProtocolError as exc:
        exc.command_id = cid
        raise
    return cid, cmd


def encode_reply_ok(command_id: str, result: dict[str, Any] | None = None) -> bytes:
    return _dumps(
        {
            "v": PROTOCOL_VERSION,
            "type": "reply",
            "id": command_id,
            "ok": True,
            "result": result or {},
        }
    )


def encode_reply_error(command_id: str | None, code: str, message: str) -> bytes:
    return _dumps(
        {
            "v": PROTOCOL_VERSION,
            "type": "reply",
            "id": command_id,
            "ok": False,
            "error": {"code": code, "message": message},
        }
    )


def encode_event(event: Event, seq: int, ts: float | None = None) -> bytes:
    return _dumps(
        {
            "v": PROTOCOL_VERSION,
            "type": "event",
            "name": event.name,
            "seq": seq,
            "ts": time.time() if ts is None else ts,
            "data": dataclasses.asdict(event),
        }
    )


@dataclass(frozen=True)
class Reply:
    command_id: str | None
    ok: bool
    result: dict[str, Any]
    error_code: str = ""
    error_message: str = ""


@dataclass(frozen=True)
class EventMessage:
    seq: int
    ts: float
    event: Event


def decode_worker_message(line: bytes | str) -> Reply | EventMessage:
    """Parse a line sent by a worker (reply or event)."""
    obj = _loads(line)
    kind = obj.get("type")
    if kind == "reply":
        cid = obj.get("id")
        if obj.get("ok") is True:
            result = obj.get("result") or {}
            return Reply(cid, True, result if isinstance(result, dict) else {})
        raw = obj.get("error")
        err: dict[str, Any] = raw if isinstance(raw, dict) else {}
        return Reply(
            cid, False, {}, str(err.get("code", ErrorCode.INTERNAL)), str(err.get("message", ""))
        )
    if kind == "event":
        cls = EVENTS.get(obj.get("name"))  # type: ignore[arg-type]
        if cls is None:
            raise ProtocolError(ErrorCode.BAD_MESSAGE, f"unknown event {obj.get('name')!r}")
        seq, ts = obj.get("seq", 0), obj.get("ts", 0.0)
        return EventMessage(int(seq), float(ts), _build(cls, obj.get("data", {}), cls.name))
    raise ProtocolError(ErrorCode.BAD_MESSAGE, f"unexpected message type {kind!r}")
