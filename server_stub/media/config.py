"""Media engine settings and what follows from them (plain data, no pjsua2).

Kept apart from the engine so the command line can build an `EngineConfig`, and the
address and codec choices can be tested, without loading pjsua2.
"""

from __future__ import annotations

from dataclasses import dataclass

_ANY_HOST = ("", "0.0.0.0")
# pjmedia_jb_discard_algo by name (the pjsua2 wheel exports no constants for it)
JB_DISCARD = {"none": 0, "static": 1, "progressive": 2}


@dataclass(frozen=True)
class EngineInfo:
    sip_uri: str
    sip_address: str
    capacity: int


@dataclass(frozen=True)
class EngineConfig:
    worker_id: str
    sip_host: str = "127.0.0.1"
    sip_port: int = 0  # 0: let the OS choose
    public_host: str | None = None  # host to advertise in sip_uri (default: sip_host)
    max_legs: int = 4  # calls per worker; the PyPI wheel caps this at 4
    codecs: tuple[str, ...] = ("PCMA", "PCMU", "G722")  # in order of preference
    idle_wait_ms: int = 1000  # longest block in libHandleEvents with no legs
    # ... with legs (deferred callbacks, no-answer and RTP checks). RTP no longer wakes
    # the owner thread (media_thread), so this is how often Python runs during a call.
    active_wait_ms: int = 100
    # True: RTP on pjmedia's own C thread, not on the owner (Python) thread's ioqueue: a
    # call then wakes Python ~10 times a second instead of for each RTP packet (~100/s).
    # Costs ~0.27 % of a core per idle worker; see docs/performance.md "Capacity".
    media_thread: bool = True
    rtp_timeout_s: float = 30.0  # hang up an answered leg that received no RTP this long
    quality_period_s: float = 5.0  # report each leg's RTCP quality this often (0: never)
    log_level: int = 1
    user_agent: str = "callcenter-media/1"
    # conference bridge rate: 8000 bridges G.711 legs (trunks, agents) without resampling;
    # 16000 keeps G.722 legs wideband at ~1.8x the CPU (docs/performance.md "Capacity")
    clock_rate: int = 8000
    # pjsua media quality 1-10: the bridge's resampler (>= 5 full filter, 3-4 small
    # filter, <= 2 linear) and codec complexity; see docs/performance.md "Capacity"
    quality: int = 8
    # the bridge's (and recorder's) frame: 40 halves the clock's ticks, +20 ms latency
    frame_ms: int = 20
    # pjmedia jitter buffer: init, min prefetch, max prefetch, max, in ms (-1: its default)
    jitter_buffer_ms: tuple[int, int, int, int] = (-1, -1, -1, -1)
    # how the jitter buffer drops frames when it holds too many: "static" (issue 22),
    # "progressive" (pjmedia's default, the old behaviour) or "none"; see
    # docs/performance.md "Voice over a poor link"
    jb_discard: str = "static"
    # RTP packet time we send, in ms (0: the codec's, 20 for G.711); applies to every leg
    ptime_ms: int = 0
    # The SIP edge (host:port) every new call must come from; None: anyone (tests, sim)
    edge: str | None = None

    @staticmethod
    def parse_jitter_buffer(text: str) -> tuple[int, int, int, int]:
        """`init,minpre,maxpre,max` in ms (missing or -1: pjmedia's default)."""
        values = [int(x) if x.strip() else -1 for x in text.split(",")] if text.strip() else []
        if len(values) > 4 or any(v < -1 for v in values):
            raise ValueError(f"jitter buffer {text!r}: want init,minpre,maxpre,max in ms")
        values += [-1] * (4 - len(values))
        return values[0], values[1], values[2], values[3]

    @property
    def binds_any(self) -> bool:
        """SIP and RTP listen on every interface (no single address to name)."""
        return self.sip_host in _ANY_HOST

    def accepts_from(self, source: str) -> bool:
        """Whether a new INVITE from `source` (pjsip's `host:port`) may start a call.

        With an edge set, only the edge: a worker's SIP port listens on the server's
        address, and an INVITE sent to it directly would bypass the edge's flood limit,
        size checks and load accounting (one conversation per worker). An edge bound to
        every interface sends from its port with any local address: the port decides."""
        if self.edge is None:
            return True
        edge_host, _, edge_port = self.edge.rpartition(":")
        host, _, port = source.rpartition(":")
        if port != edge_port:
            return False
        return edge_host in _ANY_HOST or host.strip("[]") == edge_host.strip("[]")

    def codec_priority(self, codec_id: str) -> int:
        """pjsua codec priority for e.g. `PCMA/8000/1`: 255 for the first wanted, 0 off."""
        wanted = [name.upper() for name in self.codecs]
        base = codec_id.split("/")[0].upper()
        return 255 - wanted.index(base) if base in wanted else 0

    def wake_address(self, local_name: str) -> tuple[str, int]:
        """Where to send the owner thread's wake-up datagram: its own SIP UDP port."""
        port = local_name.rsplit(":", 1)[1]
        return ("127.0.0.1" if self.binds_any else self.sip_host, int(port))

    def info(self, local_name: str) -> EngineInfo:
        """The worker's SIP URI and address, given the transport's `host:port`."""
        host, port = local_name.rsplit(":", 1)
        public = self.public_host or (host if self.binds_any else self.sip_host)
        return EngineInfo(
            sip_uri=f"sip:{self.worker_id}@{public}:{port}",
            sip_address=f"{public}:{port}",
            capacity=self.max_legs,
        )
