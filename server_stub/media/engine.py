"""The media engine: owns the pjsua2 Endpoint on one thread (the only pjsua2 importer).

Threading: one owner thread creates the library (`threadCnt=0`, `mainThreadOnly=True`)
and loops on `libHandleEvents(wait)`, which blocks in select() with the GIL released.
RTP is received on pjmedia's own thread by default (`media_thread=True`), so RTP packets
do not wake the Python loop (issue 19: that was a quarter of a call's CPU); with
`media_thread=False` RTP shares the SIP ioqueue and an idle worker has one thread
blocked in select(). The null audio clock is started only while the worker has legs.
Other threads hand commands over through `submit()`, which queues them and wakes the
owner by sending a 2-byte datagram to its own SIP UDP port (see `mailbox`).
Clock-thread callbacks (`onEof2`) only queue a note. Python's automatic garbage collection
is off in a worker: the owner thread collects what is due after each turn, so pjsua2
objects in reference cycles are never destroyed on the clock or control threads. pjsua2
objects never leave this module: legs are addressed by string ids and callbacks become
`control` event dataclasses passed to `on_event` (called on the owner thread; it must be
quick and must not block). What needs no pjsua2 lives beside it: settings (`config`),
the queue to the owner thread (`mailbox`), leg bookkeeping (`legs`), player and recorder
holders with WAV finalisation (`audio_files`), accounts (`accounts`), routing (`mixer`).
"""

from __future__ import annotations

import concurrent.futures
import gc
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from typing import Any

import pjsua2 as pj  # untyped: ignore_missing_imports in pyproject.toml

from agent_desktop.protocol.collection import collect_due
from agent_desktop.protocol.quality import RtcpCounters
from server_stub.media import accounts as acct
from server_stub.media import legs as lg
from server_stub.media import mailbox as mb
from server_stub.media import wire as c
from server_stub.media.amd import AmdSettings, MachineDetector
from server_stub.media.audio_files import Finalizer, Playback, Recording
from server_stub.media.config import JB_DISCARD, EngineConfig, EngineInfo
from server_stub.media.invite import parse_invite, screen_invite
from server_stub.media.mixer import (
    Link,
    Mixer,
    leg_port,
    moh_port,
    play_port,
    rec_port,
    without_port,
)

log = logging.getLogger(__name__)

RECORDER_RETIRE_S = 0.1  # five 20 ms clock ticks between a recorder's disconnect and its end

_SRTP_USE = {
    "disabled": pj.PJMEDIA_SRTP_DISABLED,
    "optional": pj.PJMEDIA_SRTP_OPTIONAL,
    "mandatory": pj.PJMEDIA_SRTP_MANDATORY,
}
EventSink = Callable[[c.Event], None]


def set_jb_discard(med_config: Any, algo: int) -> None:
    """Set `MediaConfig.jbDiscardAlgo` (the wheel's SWIG wrapper takes no int for it: go
    through pjsua2's own JSON persistence, which reads the field as a number)."""
    doc = pj.JsonDocument()
    doc.writeObject(med_config)
    text = re.sub(r'("jbDiscardAlgo":\s*)\d+', rf"\g<1>{algo}", doc.saveString())
    doc = pj.JsonDocument()
    doc.loadString(text)
    doc.readObject(med_config)


class _Endpoint(pj.Endpoint):  # type: ignore[misc]
    """pjsua picks an incoming call's account (and so its media settings, e.g. SRTP) by
    matching the request URI's user and host; a registered account is chosen here by the
    token in its contact instead (else pjsua's choice stands: the worker's own account)."""

    def __init__(self, engine: MediaEngine) -> None:
        super().__init__()
        self._engine = engine

    def onSelectAccount(self, prm: Any) -> None:
        self._engine._guard(self._engine._select_account, prm)


class _Account(pj.Account):  # type: ignore[misc]
    def __init__(self, engine: MediaEngine) -> None:
        super().__init__()
        self._engine = engine

    def onIncomingCall(self, prm: Any) -> None:
        self._engine._guard(self._engine._on_incoming_call, prm)


class _RegAccount(pj.Account):  # type: ignore[misc]
    def __init__(self, engine: MediaEngine, account_id: str) -> None:
        super().__init__()
        self._engine = engine
        self.account_id = account_id

    def onRegState(self, prm: Any) -> None:
        self._engine._guard(
            self._engine._on_reg_state, self.account_id, prm.code, prm.reason, prm.expiration
        )

    def onIncomingCall(self, prm: Any) -> None:
        self._engine._guard(self._engine._on_incoming_call, prm)


class _LegCall(pj.Call):  # type: ignore[misc]
    def __init__(self, engine: MediaEngine, leg_id: str, acc: Any, call_id: int) -> None:
        super().__init__(acc, call_id)
        self._engine = engine
        self.leg_id = leg_id

    def onCallState(self, prm: Any) -> None:
        self._engine._guard(self._engine._on_call_state, self)

    def onCallMediaState(self, prm: Any) -> None:
        self._engine._guard(self._engine._on_media_state, self)

    def onDtmfDigit(self, prm: Any) -> None:
        self._engine._guard(self._engine._on_digit, self.leg_id, prm.digit)


class _Player(pj.AudioMediaPlayer):  # type: ignore[misc]
    def __init__(self, engine: MediaEngine, key: str) -> None:
        super().__init__()
        self._engine = engine
        self.key = key

    def onEof2(self) -> None:
        self._engine._mail.post_note(("eof", self.key, id(self)))


class _AmdPort(pj.AudioMediaPort):  # type: ignore[misc]
    """Hears a leg's incoming audio for answering-machine detection. `onFrameReceived`
    runs on the clock thread: it feeds the detector and, once it decides, queues a note."""

    def __init__(self, engine: MediaEngine, leg_id: str, detector: MachineDetector) -> None:
        super().__init__()
        self._engine = engine
        self.leg_id = leg_id
        self.detector = detector
        self.frame_ms = float(engine.config.frame_ms)
        self.attached = False

    def onFrameReceived(self, frame: Any) -> None:
        if self.detector.done is not None:
            return
        pcm = bytes(frame.buf) if frame.type == pj.PJMEDIA_FRAME_TYPE_AUDIO else b""
        if self.detector.feed(pcm, self.frame_ms) is not None:
            self._engine._mail.post_note(("amd", self.leg_id, id(self)))


class MediaEngine:
    """Runs pjsua2 on its own thread and executes `control` commands there."""

    def __init__(self, config: EngineConfig, on_event: EventSink) -> None:
        self.config = config
        self._on_event = on_event
        self._mail = mb.Mailbox()
        self._ready: concurrent.futures.Future[EngineInfo] = concurrent.futures.Future()
        self._thread = threading.Thread(target=self._run, name="pjsua-owner", daemon=True)
        self._ep: Any = None
        self._acc: Any = None
        self._srtp_accounts: dict[str, Any] = {}  # SRTP mode -> account for outgoing legs
        self._accounts = acct.AccountBook()
        self._local_address = ""
        self._legs: dict[str, lg.Leg] = {}
        self._peers: set[tuple[str, str]] = set()  # (conference, source) accept_peer allows
        # INVITEs refused on arrival: their Call and the 4xx still to send (None: sent)
        self._refused: list[tuple[Any, tuple[int, str] | None]] = []
        # detached recorders kept until the clock applied their disconnect (due time, recorder)
        self._retiring: list[tuple[float, Any]] = []
        self._graveyard: list[lg.Leg] = []
        self._players: dict[str, Playback] = {}
        self._amd: dict[str, _AmdPort] = {}  # leg → its machine detector, until the verdict
        self._recordings: dict[str, Recording] = {}
        self._finalizing = Finalizer()
        self._mixer = Mixer()
        self._applied: set[Link] = set()
        self._counter = 0
        self._clock_on = False
        self._next_rtp_check = 0.0
        self.info: EngineInfo | None = None

    # ------------------------------------------------------------ public, any thread

    def start(self, timeout: float = 15.0) -> EngineInfo:
        self._thread.start()
        self.info = self._ready.result(timeout)
        return self.info

    def submit(self, command: c.Command) -> mb.Reply:
        """Queue a command for the owner thread; the future holds the reply's result or
        raises `control.CommandError`. Done-callbacks run on the owner thread."""
        return self._mail.submit(command)

    def stop(self, timeout: float = 10.0) -> None:
        """End all legs, finalise recordings, destroy the library; idempotent."""
        if self._thread.is_alive():
            self._mail.request_stop()
            self._thread.join(timeout)
        self._mail.close()

    @property
    def stopped(self) -> bool:
        return self._mail.stopped.is_set()

    def ended_leg(self, leg_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """Owner thread only (from a `leg_ended` event's sink): the ended leg's status
        and those of the legs still bridged to it (issue 19: a worker holding calls over
        ends a conversation whose other side hung up)."""
        leg = self._legs.get(leg_id)
        partners = [
            p.status()
            for other in sorted(self._mixer.partners(leg_id))
            if (p := self._legs.get(other)) is not None and not p.ended
        ]
        return (leg.status() if leg else {"leg": leg_id}), partners

    # ------------------------------------------------------------ owner thread

    def _guard(self, fn: Callable[..., Any], *args: Any) -> None:
        try:
            fn(*args)
        except Exception:
            log.exception("media engine callback %s failed", getattr(fn, "__name__", fn))

    def _emit(self, event: c.Event) -> None:
        try:
            self._on_event(event)
        except Exception:
            log.exception("event sink failed for %s", event.name)

    def _run(self) -> None:
        gc.disable()  # collected on this thread only (agent_desktop/protocol/collection.py)
        try:
            info = self._init_lib()
        except Exception as exc:
            log.exception("pjsua2 start failed")
            self._ready.set_exception(exc)
            self._destroy_lib()
            self._mail.stopped.set()
            return
        self._ready.set_result(info)
        try:
            while not self._mail.stopping:
                wait = self.config.active_wait_ms if self._legs else self.config.idle_wait_ms
                if self._finalizing:
                    wait = 5
                elif any(entry.removing for entry in self._accounts):
                    wait = min(wait, 100)
                self._ep.libHandleEvents(lg.wait_ms(self._legs.values(), wait, time.monotonic()))
                self._guard(self._drain)
                collect_due()
        except Exception:
            log.exception("media engine loop failed")
        finally:
            self._teardown()
            self._mail.stopped.set()

    def _init_lib(self) -> EngineInfo:
        cfg = self.config
        self._ep = ep = _Endpoint(self)
        ep.libCreate()
        ec = pj.EpConfig()
        ec.uaConfig.threadCnt = 0
        ec.uaConfig.mainThreadOnly = True
        ec.uaConfig.maxCalls = cfg.max_legs
        ec.uaConfig.userAgent = cfg.user_agent
        ec.logConfig.level = cfg.log_level
        ec.logConfig.consoleLevel = cfg.log_level
        ec.logConfig.msgLogging = cfg.log_level >= 5
        ec.medConfig.noVad = True
        ec.medConfig.ecTailLen = 0
        ec.medConfig.clockRate = cfg.clock_rate
        ec.medConfig.quality = cfg.quality
        ec.medConfig.audioFramePtime = cfg.frame_ms
        for name, ms in zip(
            ("jbInit", "jbMinPre", "jbMaxPre", "jbMax"), cfg.jitter_buffer_ms, strict=True
        ):
            if ms >= 0:
                setattr(ec.medConfig, name, ms)
        if cfg.ptime_ms > 0:
            ec.medConfig.ptime = cfg.ptime_ms
        set_jb_discard(ec.medConfig, JB_DISCARD[cfg.jb_discard])
        ec.medConfig.hasIoqueue = cfg.media_thread
        ec.medConfig.threadCnt = 1 if cfg.media_thread else 0
        ep.libInit(ec)
        tc = pj.TransportConfig()
        tc.port = cfg.sip_port
        tc.boundAddress = cfg.sip_host
        if cfg.public_host:
            tc.publicAddress = cfg.public_host  # Via/Contact for peers behind a router
        tid = ep.transportCreate(pj.PJSIP_TRANSPORT_UDP, tc)
        ep.libStart()
        ep.audDevManager().setNoDev()  # no clock while idle; see _set_clock
        for ci in ep.codecEnum2():
            ep.codecSetPriority(ci.codecId, cfg.codec_priority(ci.codecId))
        local = ep.transportGetInfo(tid).localName
        self._mail.wake_addr = cfg.wake_address(local)
        info = cfg.info(local)
        self._local_address = info.sip_address
        ac = pj.AccountConfig()
        ac.idUri = info.sip_uri
        self._set_media_config(ac)
        self._acc = _Account(self)
        self._acc.create(ac, True)
        return info

    def _set_media_config(self, ac: Any) -> None:
        """RTP on the SIP address (random ports), advertised as --public-host if set."""
        cfg = self.config
        if not cfg.binds_any:
            ac.mediaConfig.transportConfig.boundAddress = cfg.sip_host
        if cfg.public_host:
            ac.mediaConfig.transportConfig.publicAddress = cfg.public_host
        ac.mediaConfig.transportConfig.port = 0

    def _drain(self) -> None:
        if self._refused:
            self._send_refusals()
        for item in self._mail.drain():
            if item[0] == "cmd":
                handler = getattr(self, "_cmd_" + item[1].name, None)
                mb.execute(item[1], item[2], handler, self._media_error)
            elif item[0] == "note":
                self._guard(self._on_note, item[1:])
        now = time.monotonic()
        for leg in lg.unanswered(self._legs, now):
            self._guard(leg.call.hangup, pj.CallOpParam(True))
        if now >= self._next_rtp_check:
            self._next_rtp_check = now + 1.0
            for leg in list(self._legs.values()):
                self._guard(self._check_rtp, leg, now)
        self._bury()
        if self._retiring and not self._finalizing:
            self._retire_recorders(now)
        for entry in self._accounts:
            if entry.removable(now):
                self._drop_account(entry)
        if self._finalizing:
            self._check_finalizing()

    def _check_rtp(self, leg: lg.Leg, now: float) -> None:
        """Each second: note the leg's RTCP figures (its quality, reported every
        `quality_period_s`) and hang up a leg whose peer stopped sending RTP (e.g. it
        crashed without a BYE) for `rtp_timeout_s`."""
        if not leg.rtp_expected:
            leg.restart_rtp_watch(now)
            return
        rtcp = leg.call.getStreamStat(leg.media_index).rtcp
        leg.quality.add(
            now,
            RtcpCounters(
                rx_packets=rtcp.rxStat.pkt,
                rx_lost=rtcp.rxStat.loss,
                rx_jitter_ms=rtcp.rxStat.jitterUsec.last / 1000,
                tx_packets=rtcp.txStat.pkt,
                tx_lost=rtcp.txStat.loss,
                tx_jitter_ms=rtcp.txStat.jitterUsec.last / 1000,
                rtt_ms=rtcp.rttUsec.last / 1000,
            ),
        )
        period = self.config.quality_period_s
        if period > 0 and now >= leg.quality_due:
            leg.quality_due = now + period
            if (event := leg.quality_event()) is not None:
                self._emit(event)
        if self.config.rtp_timeout_s <= 0:
            return
        silent = leg.rtp_silence(rtcp.rxStat.pkt, now)
        if silent >= self.config.rtp_timeout_s:
            log.warning("leg %s: no RTP for %.0f s, hanging up", leg.id, silent)
            leg.end_cause = "media_timeout"
            leg.call.hangup(pj.CallOpParam(True))

    @staticmethod
    def _media_error(exc: Exception) -> c.CommandError | None:
        """A pjsua2 error as the reply to the command that raised it."""
        if isinstance(exc, pj.Error):
            return c.CommandError(c.ErrorCode.MEDIA_ERROR, exc.info())
        return None

    # ------------------------------------------------------------ legs and callbacks

    def _new_id(self, kind: str) -> str:
        self._counter += 1
        return f"{self.config.worker_id}-{kind}{self._counter}"

    def _add_leg(self, leg: lg.Leg) -> None:
        self._legs[leg.id] = leg
        self._set_clock(True)

    def _set_clock(self, on: bool) -> None:
        """Run the null audio clock (conference bridge) only while there are legs."""
        if on != self._clock_on:
            adm = self._ep.audDevManager()
            adm.setNullDev() if on else adm.setNoDev()
            self._clock_on = on

    def _select_account(self, prm: Any) -> None:
        entry = self._accounts.for_request(prm.rdata.wholeMsg)
        if entry is not None and entry.account is not None:
            prm.accountIndex = entry.account.getId()

    def _on_incoming_call(self, prm: Any) -> None:
        msg = prm.rdata.wholeMsg
        source = prm.rdata.srcAddress
        refusal = (
            screen_invite(msg)
            if self.config.accepts_from(source) or self._peer_invite(msg, source)
            else (403, "Calls Come Through The Edge")
        )
        if refusal is None:
            try:
                self._take_incoming_call(prm, msg)
                return
            except Exception:
                log.exception("incoming call could not be taken")
                refusal = (480, "Temporarily Unavailable")
        # Every INVITE gets a final 4xx: unanswered, the edge would time out, fail over
        # and take this worker out of rotation (issue 12).
        log.info("incoming call from %s refused: %d %s", source, *refusal)
        # Answered from _drain, outside this callback: a final answer given inside it
        # makes pjsip free the request twice and abort.
        self._refused = [(old, None) for old, _ in self._refused if old.isActive()]
        self._refused.append((pj.Call(self._acc, prm.callId), refusal))

    def _peer_invite(self, msg: str, source: str) -> bool:
        """A conference leg from another worker that `accept_peer` announced (once)."""
        conference = parse_invite(msg)[2].get("X-Conference", "")
        key = (conference, source)
        if key not in self._peers:
            return False
        self._peers.discard(key)
        log.info("conference leg %s from worker %s accepted", conference, source)
        return True

    def _cmd_accept_peer(self, cmd: c.AcceptPeer) -> None:
        self._peers.add((cmd.conference, cmd.source))

    def _send_refusals(self) -> None:
        """The final 4xx of INVITEs refused on arrival (Call objects kept until they end:
        dropping one hangs it up)."""
        for index, (call, refusal) in enumerate(self._refused):
            if refusal is not None:
                self._refused[index] = (call, None)
                op = pj.CallOpParam(True)
                op.statusCode, op.reason = refusal
                self._guard(call.hangup, op)

    def _take_incoming_call(self, prm: Any, msg: str) -> None:
        leg_id = self._new_id("L")
        entry = self._accounts.for_request(msg)
        call = _LegCall(self, leg_id, entry.account if entry else self._acc, prm.callId)
        self._add_leg(lg.Leg(leg_id, call, "in", account=entry.account_id if entry else None))
        if entry is not None:
            entry.legs.add(leg_id)
        ani, dnis, headers = parse_invite(msg)
        self._emit(
            c.CallArrived(
                leg=leg_id,
                ani=ani,
                dnis=dnis,
                headers=headers,
                remote_address=prm.rdata.srcAddress,
                sip_call_id=headers.get("Call-ID", ""),
                account=entry.account_id if entry else None,
            )
        )

    def _on_reg_state(self, account_id: str, code: int, reason: str, expiration: int) -> None:
        entry = self._accounts.get(account_id)
        if entry is None:
            return
        registered = entry.note_registration(code, reason, expiration)
        self._emit(
            c.RegistrationChanged(
                account=account_id, status_code=code, reason=reason, registered=registered
            )
        )

    def _drop_account(self, entry: acct.AccountEntry) -> None:
        """Delete a removed account's pjsua2 object (its calls have ended)."""
        self._accounts.remove(entry)
        if entry.account is not None:
            self._guard(entry.account.shutdown)
            entry.account = None

    def _on_call_state(self, call: Any) -> None:
        leg = self._legs.get(call.leg_id)
        if leg is None or leg.ended:
            return
        ci = call.getInfo()
        if ci.state == pj.PJSIP_INV_STATE_EARLY and leg.direction == "out":
            if not leg.ringing_sent:
                leg.ringing_sent = True
                self._emit(c.LegRinging(leg=leg.id, status_code=ci.lastStatusCode))
        elif ci.state == pj.PJSIP_INV_STATE_CONFIRMED and not leg.answered:
            leg.answered, leg.answered_at, leg.deadline = True, time.time(), None
            self._emit(c.LegAnswered(leg=leg.id))
        elif ci.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            # Forget the conference slot at once: pjsua recycles slot ids.
            leg.ended, leg.media, leg.deadline = True, None, None
            self._applied = without_port(self._applied, leg_port(leg.id))
            duration = ci.connectDuration.sec + ci.connectDuration.msec / 1000
            if self.config.quality_period_s > 0 and (final := leg.quality_event()) is not None:
                self._emit(final)  # the figures up to the last second, before it ends
            self._emit(
                c.LegEnded(
                    leg=leg.id,
                    status_code=ci.lastStatusCode,
                    reason=ci.lastReason,
                    duration=duration,
                    cause=leg.end_cause or "remote",
                )
            )
            self._graveyard.append(leg)

    def _on_media_state(self, call: Any) -> None:
        leg = self._legs.get(call.leg_id)
        if leg is None or leg.ended:
            return
        ci = call.getInfo()
        for mi in ci.media:
            if mi.type == pj.PJMEDIA_TYPE_AUDIO and mi.status in (
                pj.PJSUA_CALL_MEDIA_ACTIVE,
                pj.PJSUA_CALL_MEDIA_REMOTE_HOLD,
            ):
                leg.media = call.getAudioMedia(mi.index)
                leg.media_index = mi.index
                # The bridge reads a port only while something listens to it; an unheard
                # leg's jitter buffer fills to its maximum (~0.5 s of delay, then periodic
                # discards once bridged). The null device's port 0 always listens.
                self._set_clock(True)
                leg.media.startTransmit(self._ep.audDevManager().getPlaybackDevMedia())
                leg.restart_rtp_watch(time.monotonic())
                leg.remote_hold = mi.status == pj.PJSUA_CALL_MEDIA_REMOTE_HOLD
                self._applied = without_port(self._applied, leg_port(leg.id))
                self._reconcile()
                self._attach_amd(leg)
                return
        # No usable audio any more (re-INVITE removed or disabled it): forget the port,
        # its slot may be recycled for another call.
        leg.media = None
        self._applied = without_port(self._applied, leg_port(leg.id))

    def _on_digit(self, leg_id: str, digit: str) -> None:
        if leg_id in self._legs:
            self._emit(c.DigitReceived(leg=leg_id, digit=digit))

    def _on_note(self, note: tuple[Any, ...]) -> None:
        kind, key, player_id = note
        if kind == "amd":
            self._amd_decided(key, player_id)
            return
        pb = self._players.get(key)
        if kind == "eof" and pb and id(pb.player) == player_id and not pb.loop:
            self._stop_player(key)
            self._emit(c.PlaybackFinished(leg=pb.leg, file=pb.file))

    def _bury(self) -> None:
        """Finish legs that ended: drop their audio routes, prompts and Call objects."""
        while self._graveyard:
            leg = self._graveyard.pop()
            self._drop_amd(leg.id)
            self._mixer.remove_leg(leg.id)
            for key in (play_port(leg.id), moh_port(leg.id)):
                self._stop_player(key)
            for rid, legs in list(self._mixer.recordings.items()):
                if not legs:
                    self._finish_recording(rid)
            self._reconcile()
            self._legs.pop(leg.id, None)
            leg.call = None
            self._accounts.leg_ended(leg.account, leg.id)
        if not self._legs and not self._finalizing:
            self._set_clock(False)

    # ------------------------------------------------------------ audio routing

    def _port(self, key: str) -> Any:
        kind, _, name = key.partition(":")
        if kind == "leg":
            leg = self._legs.get(name)
            return leg.media if leg and not leg.ended else None
        if kind == "rec":
            rec = self._recordings.get(name)
            return rec.recorder if rec else None
        pb = self._players.get(key)
        return pb.player if pb else None

    def _reconcile(self) -> None:
        wanted = self._mixer.links()
        for link in self._applied - wanted:
            src, dst = self._port(link[0]), self._port(link[1])
            if src is not None and dst is not None:
                self._guard(src.stopTransmit, dst)
            self._applied.discard(link)
        for link in wanted - self._applied:
            src, dst = self._port(link[0]), self._port(link[1])
            if src is not None and dst is not None:
                src.startTransmit(dst)
                self._applied.add(link)

    def _stop_player(self, key: str) -> None:
        pb = self._players.get(key)
        if pb is None:
            return
        if key.startswith("play:"):
            self._mixer.playing.discard(pb.leg)
        else:
            self._mixer.held.discard(pb.leg)
        self._reconcile()
        self._applied = without_port(self._applied, key)
        del self._players[key]  # last reference: the player leaves the bridge

    def _start_player(self, key: str, leg: str, file: str, loop: bool) -> None:
        if not os.path.isfile(file):
            raise c.CommandError(c.ErrorCode.MEDIA_ERROR, f"no such file: {file}")
        self._stop_player(key)
        player = _Player(self, key)
        player.createPlayer(file, 0 if loop else pj.PJMEDIA_FILE_NO_LOOP)
        self._players[key] = Playback(player, leg, file, loop)

    def _finish_recording(self, rid: str, reply: mb.Reply | None = None) -> None:
        """Detach and destroy a recorder; `_check_finalizing` reports it when written."""
        self._mixer.recordings.pop(rid, None)
        self._reconcile()
        rec = self._recordings.pop(rid)
        self._applied = without_port(self._applied, rec_port(rid))
        # Destroying the recorder writes the WAV header. pjmedia 2.14+ applies connection
        # changes on the next clock tick, so the disconnect above is still pending: a
        # recorder destroyed now can be written to by the clock thread after it is freed
        # (a worker SIGSEGV seen in CI). It is kept a few ticks first (`_retire_recorders`);
        # the header then comes asynchronously: keep the clock running and poll for it.
        self._retiring.append((time.monotonic() + RECORDER_RETIRE_S, rec.recorder))
        rec.recorder = None
        self._set_clock(True)
        self._finalizing.add(rid, rec.path, reply, time.monotonic())

    def _retire_recorders(self, now: float, every: bool = False) -> None:
        """Destroy the detached recorders whose disconnect the clock has applied."""
        keep = [(due, rec) for due, rec in self._retiring if due > now and not every]
        self._retiring = keep  # the others' last reference goes: destroyed here

    def _check_finalizing(self) -> None:
        self._retire_recorders(time.monotonic())
        self._finalizing.poll(time.monotonic(), self._emit)
        if not self._legs and not self._finalizing:
            self._set_clock(False)

    # ------------------------------------------------------------ commands

    def _leg(self, leg_id: str, live: bool = True) -> lg.Leg:
        return lg.find(self._legs, leg_id, live)

    def _cmd_answer(self, cmd: c.Answer) -> None:
        leg = self._leg(cmd.leg)
        if leg.direction != "in" or leg.answered:
            raise c.CommandError(c.ErrorCode.INVALID_STATE, f"{cmd.leg} cannot be answered")
        prm = pj.CallOpParam(True)
        prm.statusCode = cmd.status_code
        leg.call.answer(prm)
        leg.call_id = cmd.call_id or leg.call_id

    def _cmd_hangup(self, cmd: c.Hangup) -> None:
        leg = self._leg(cmd.leg)
        prm = pj.CallOpParam(True)
        prm.statusCode = cmd.status_code
        if cmd.cause is not None:
            hdr = pj.SipHeader()
            hdr.hName, hdr.hValue = "Reason", f"Q.850;cause={int(cmd.cause)}"
            prm.txOption.headers.append(hdr)
        leg.end_cause = leg.end_cause or "local"
        leg.call.hangup(prm)

    def _caller(self, srtp: str, via: str | None = None) -> Any:
        """The account a new leg is made from: the plain one, or one per SRTP mode and
        proxy (same identity; created on first use, destroyed with the library). With a
        proxy (`via`), the account's route set sends the INVITE through it as a loose
        Route; the proxy's Record-Route keeps it on the dialog's later requests."""
        if not srtp and not via:
            return self._acc
        key = f"{srtp}|{via or ''}"
        if key not in self._srtp_accounts:
            ac = pj.AccountConfig()
            ac.idUri = self._acc.getInfo().uri
            self._set_media_config(ac)
            if srtp:
                ac.mediaConfig.srtpUse = _SRTP_USE[srtp]
                ac.mediaConfig.srtpSecureSignaling = 0  # keys in SDP over UDP/TCP; TLS does
            if via:
                ac.sipConfig.proxies.append(f"sip:{via};lr")
            account = _Account(self)
            account.create(ac, False)
            self._srtp_accounts[key] = account
        return self._srtp_accounts[key]

    def _cmd_call(self, cmd: c.MakeCall) -> dict[str, Any]:
        leg_id = cmd.leg or self._new_id("L")
        lg.check_new(self._legs, leg_id, self.config.max_legs)
        prm = pj.CallOpParam(True)
        prm.opt.audioCount, prm.opt.videoCount = 1, 0
        for name, value in cmd.headers.items():
            hdr = pj.SipHeader()
            hdr.hName, hdr.hValue = name, value
            prm.txOption.headers.append(hdr)
        if cmd.from_user:
            prm.txOption.localUri = f"sip:{cmd.from_user}@{self._local_address}"
        leg = lg.Leg(
            leg_id,
            _LegCall(self, leg_id, self._caller(cmd.srtp, cmd.via), pj.PJSUA_INVALID_ID),
            "out",
        )
        leg.deadline = time.monotonic() + cmd.timeout
        leg.call_id = cmd.headers.get("X-Call-Id", "")
        self._add_leg(leg)
        try:
            leg.call.makeCall(cmd.uri, prm)
        except pj.Error as exc:
            self._legs.pop(leg_id, None)
            leg.call = None
            if not self._legs:
                self._set_clock(False)
            raise c.CommandError(c.ErrorCode.MEDIA_ERROR, exc.info()) from None
        return {"leg": leg_id}

    def _cmd_play(self, cmd: c.Play) -> None:
        self._leg(cmd.leg)
        self._start_player(play_port(cmd.leg), cmd.leg, cmd.file, cmd.loop)
        self._mixer.playing.add(cmd.leg)
        self._reconcile()

    def _cmd_stop_playback(self, cmd: c.StopPlayback) -> None:
        self._leg(cmd.leg, live=False)
        self._stop_player(play_port(cmd.leg))

    def _cmd_bridge(self, cmd: c.Bridge) -> None:
        self._leg(cmd.leg_a), self._leg(cmd.leg_b)
        try:
            self._mixer.bridge(cmd.leg_a, cmd.leg_b)
        except ValueError as exc:
            raise c.CommandError(c.ErrorCode.BAD_ARGUMENTS, str(exc)) from None
        self._reconcile()

    def _cmd_unbridge(self, cmd: c.Unbridge) -> None:
        if not self._mixer.unbridge(cmd.leg_a, cmd.leg_b):
            raise c.CommandError(c.ErrorCode.INVALID_STATE, "those legs are not bridged")
        self._reconcile()

    def _cmd_hold(self, cmd: c.Hold) -> None:
        self._leg(cmd.leg)
        self._start_player(moh_port(cmd.leg), cmd.leg, cmd.music, True)
        self._mixer.held.add(cmd.leg)
        self._reconcile()

    def _cmd_unhold(self, cmd: c.Unhold) -> None:
        self._leg(cmd.leg)
        if cmd.leg not in self._mixer.held:
            raise c.CommandError(c.ErrorCode.INVALID_STATE, f"{cmd.leg} is not held")
        self._stop_player(moh_port(cmd.leg))

    def _cmd_record_start(self, cmd: c.RecordStart) -> dict[str, Any]:
        if not cmd.legs:
            raise c.CommandError(c.ErrorCode.BAD_ARGUMENTS, "record_start needs legs")
        for leg_id in cmd.legs:
            self._leg(leg_id)
        rid = cmd.recording or self._new_id("R")
        if rid in self._recordings:
            raise c.CommandError(c.ErrorCode.INVALID_STATE, f"recording {rid} exists")
        os.makedirs(os.path.dirname(os.path.abspath(cmd.path)), exist_ok=True)
        recorder = pj.AudioMediaRecorder()
        recorder.createRecorder(cmd.path)
        self._recordings[rid] = Recording(recorder, cmd.path)
        self._mixer.recordings[rid] = list(dict.fromkeys(cmd.legs))
        self._reconcile()
        return {"recording": rid}

    def _cmd_record_stop(self, cmd: c.RecordStop, reply: Any) -> object:
        if cmd.recording not in self._recordings:
            raise c.CommandError(c.ErrorCode.INVALID_STATE, f"no recording {cmd.recording}")
        self._finish_recording(cmd.recording, reply)
        return mb.DEFERRED  # replied when the WAV is written

    def _cmd_send_dtmf(self, cmd: c.SendDtmf) -> None:
        self._leg(cmd.leg).call.dialDtmf(cmd.digits)

    def _cmd_monitor(self, cmd: c.Monitor) -> None:
        self._leg(cmd.leg), self._leg(cmd.supervisor_leg)
        try:
            self._mixer.monitor(cmd.leg, cmd.supervisor_leg, cmd.mode)
        except ValueError as exc:
            raise c.CommandError(c.ErrorCode.BAD_ARGUMENTS, str(exc)) from None
        self._reconcile()

    def _cmd_unmonitor(self, cmd: c.Unmonitor) -> None:
        if self._mixer.monitors.pop(cmd.supervisor_leg, None) is None:
            raise c.CommandError(c.ErrorCode.INVALID_STATE, "that leg is not monitoring")
        self._reconcile()

    def _cmd_detect_machine(self, cmd: c.DetectMachine) -> None:
        leg = self._leg(cmd.leg)
        if not leg.answered or cmd.leg in self._amd:
            raise c.CommandError(c.ErrorCode.INVALID_STATE, f"{cmd.leg}: not answered or busy")
        settings = AmdSettings(
            greeting_ms=cmd.greeting_ms,
            pause_ms=cmd.pause_ms,
            initial_silence_ms=cmd.initial_silence_ms,
            total_ms=cmd.total_ms,
            threshold=cmd.threshold,
        )
        port = _AmdPort(self, cmd.leg, MachineDetector(settings))
        fmt = pj.MediaFormatAudio()
        fmt.type = pj.PJMEDIA_TYPE_AUDIO
        fmt.clockRate = self.config.clock_rate
        fmt.channelCount = 1
        fmt.bitsPerSample = 16
        fmt.frameTimeUsec = self.config.frame_ms * 1000
        port.createPort(f"amd-{cmd.leg}", fmt)
        self._amd[cmd.leg] = port
        self._attach_amd(leg)

    def _attach_amd(self, leg: lg.Leg) -> None:
        """Start feeding a leg's detector once the leg has audio."""
        port = self._amd.get(leg.id)
        if port is not None and not port.attached and leg.media is not None:
            leg.media.startTransmit(port)
            port.attached = True

    def _drop_amd(self, leg_id: str) -> None:
        port = self._amd.pop(leg_id, None)
        if port is None:
            return
        leg = self._legs.get(leg_id)
        if port.attached and leg is not None and leg.media is not None:
            self._guard(leg.media.stopTransmit, port)
        # as a recorder: destroyed once the clock applied the disconnect (_retire_recorders)
        self._retiring.append((time.monotonic() + RECORDER_RETIRE_S, port))

    def _amd_decided(self, leg_id: str, port_id: int) -> None:
        port = self._amd.get(leg_id)
        if port is None or id(port) != port_id or port.detector.done is None:
            return
        verdict = port.detector.done
        self._drop_amd(leg_id)
        leg = self._legs.get(leg_id)
        if leg is not None and not leg.ended:
            self._emit(
                c.MachineDetection(
                    leg=leg_id,
                    verdict=verdict.verdict,
                    cause=verdict.cause,
                    speech_ms=verdict.speech_ms,
                    analysed_ms=verdict.analysed_ms,
                )
            )

    def _cmd_register(self, cmd: c.Register) -> dict[str, Any]:
        entry = self._accounts.check_register(cmd.account)
        self._counter += 1
        token = entry.token if entry else f"a{self._counter}"
        spec = acct.register_spec(cmd, token)
        ac = pj.AccountConfig()
        ac.idUri = spec.id_uri
        ac.regConfig.registrarUri = spec.registrar_uri
        ac.regConfig.timeoutSec = spec.expires
        ac.regConfig.contactUriParams = spec.contact_params
        ac.sipConfig.authCreds.append(
            pj.AuthCredInfo("digest", "*", spec.username, 0, spec.password)
        )
        ac.natConfig.contactRewriteUse = 0
        ac.natConfig.viaRewriteUse = 0
        ac.natConfig.sdpNatRewriteUse = 0
        self._set_media_config(ac)
        ac.mediaConfig.srtpUse = _SRTP_USE[cmd.srtp]
        ac.mediaConfig.srtpSecureSignaling = 0
        if entry is not None:
            entry.spec = spec
            entry.account.modify(ac)
            return {"account": cmd.account}
        entry = acct.AccountEntry(cmd.account, token, spec)
        self._accounts.add(entry)
        entry.account = _RegAccount(self, cmd.account)
        try:
            entry.account.create(ac, False)
        except pj.Error as exc:
            self._accounts.remove(entry)
            entry.account = None
            raise c.CommandError(c.ErrorCode.MEDIA_ERROR, exc.info()) from None
        return {"account": cmd.account}

    def _cmd_unregister(self, cmd: c.Unregister) -> None:
        entry = self._accounts.get(cmd.account)
        if entry is None:
            raise c.CommandError(c.ErrorCode.UNKNOWN_ACCOUNT, f"no account {cmd.account!r}")
        if entry.removing:
            return
        entry.start_removal()
        if not entry.registered:
            entry.unregistered = True
            return
        try:
            entry.account.setRegistration(False)
        except pj.Error:
            entry.unregistered = True

    def _cmd_status(self, cmd: c.Status) -> dict[str, Any]:
        return {
            "legs": [leg.status() for leg in self._legs.values()],
            "recordings": sorted(self._recordings),
            "accounts": [entry.status() for entry in self._accounts],
            "links": sorted(f"{a}->{b}" for a, b in self._applied),
            # what a coordinator that re-attaches needs to know which legs make a call
            "bridges": sorted(sorted(pair) for pair in self._mixer.bridges),
            "monitors": sorted(  # supervisors' legs and the legs they monitor
                {x for sup, (leg, _) in self._mixer.monitors.items() for x in (sup, leg)}
            ),
            "recorded": {rid: legs for rid, legs in self._mixer.recordings.items()},
            "capacity": self.config.max_legs,
        }

    # ------------------------------------------------------------ shutdown

    def _teardown(self) -> None:
        self._mail.stopping = True
        if self._ep is not None and self._legs:
            for leg in self._legs.values():
                leg.end_cause = leg.end_cause or "shutdown"
            self._guard(self._ep.hangupAllCalls)
            end = time.monotonic() + 2.0
            while any(not leg.ended for leg in self._legs.values()) and time.monotonic() < end:
                self._ep.libHandleEvents(20)
            self._bury()
        self._unregister_all()
        for rid in list(self._recordings):
            self._guard(self._finish_recording, rid)
        while self._finalizing:
            time.sleep(0.005)
            self._check_finalizing()
        self._players.clear()
        self._amd.clear()
        self._legs.clear()
        self._graveyard.clear()
        self._applied.clear()
        self._mail.fail_pending("stopping")
        self._destroy_lib()

    def _unregister_all(self, timeout: float = 1.0) -> None:
        """Send un-REGISTER for every registered account; wait briefly for the answers."""
        for entry in self._accounts:
            entry.removing = True
            if entry.registered and entry.account is not None:
                try:
                    entry.account.setRegistration(False)
                except pj.Error:
                    entry.unregistered = True
            else:
                entry.unregistered = True
        end = time.monotonic() + timeout
        while self._ep is not None and time.monotonic() < end:
            if all(entry.unregistered for entry in self._accounts):
                break
            self._ep.libHandleEvents(20)

    def _destroy_lib(self) -> None:
        self._refused.clear()
        self._retire_recorders(time.monotonic(), every=True)
        gc.collect()
        for entry in self._accounts:
            self._drop_account(entry)
        for account in self._srtp_accounts.values():
            self._guard(account.shutdown)
        self._srtp_accounts.clear()
        if self._acc is not None:
            self._guard(self._acc.shutdown)
            self._acc = None
        gc.collect()
        if self._ep is not None:
            self._guard(self._ep.libDestroy)
            self._ep = None
