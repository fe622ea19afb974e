"""Server settings: one dataclass, filled from the command line (and later a config file)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("callcenter-server", appauthor=False))


@dataclass
class ServerConfig:
    data_dir: Path = field(default_factory=default_data_dir)
    http_host: str = "127.0.0.1"
    http_port: int = 8080
    sip_host: str = "127.0.0.1"
    sip_port: int = 5060
    sip_domain: str = "callcenter.local"
    sip_transport: str = "udp"
    token_ttl_seconds: float = 12 * 3600
    sip_credentials_ttl_seconds: int = 30 * 60  # the desktop renews them at half-life
    login_failures_per_minute: int = 5  # per agent and address (or known device), then backoff
    login_address_ceiling: int = 100  # failed sign-ins per minute from one address, any agent
    demo: bool = False
    sip_enabled: bool = True  # start the Kamailio edge and media workers
    simulate: bool = False  # start simulated agents and customers (demo)
    trunk: str | None = None  # host:port of the SIP gateway for calls to numbers
    outbound_caller_id: str = "4008001000"
    outbound_wrap_up_seconds: float = 30.0
    announce_monitoring: bool = False  # tell the agent when a lead listens in
    min_workers: int = 2
    max_workers: int = 40
    spare_workers: int = 4  # idle workers kept ready; call bursts need them (bench/calls.py)
    sip_flood_limit: int = 400  # SIP requests per source address per 2 s before pike drops
    tls_certfile: Path | None = None  # HTTPS/WSS, and SIP over TLS with sip_tls_port
    tls_keyfile: Path | None = None
    sip_tls_port: int | None = None  # the edge's SIP-over-TLS listener; agents use it
    sip_tls_certfile: Path | None = None  # default: tls_certfile / tls_keyfile
    sip_tls_keyfile: Path | None = None
    agent_srtp: str = "optional"  # SRTP on the legs to agents: disabled/optional/mandatory
    # Media workers' conference bridge rate and pjmedia quality (None: the worker's default,
    # 16000 and 8). 8000 skips resampling G.711 legs and records at 8 kHz (capacity);
    # quality 3-4 uses the resampler's small filter. See docs/performance.md "Capacity".
    media_clock_rate: int | None = None
    media_quality: int | None = None
    media_frame_ms: int | None = None  # bridge frame (worker default 20); 40: +20 ms latency
    # Media workers keep their calls this long when the coordinator dies, for a restarted
    # one to take back (and Kamailio keeps running); 0: calls end with the coordinator.
    media_hold_over: float = 60.0
    # media hosts' workers connect here over TCP (HOST, PORT), issue 19; None: none
    media_listen: tuple[str, int] | None = None
    media_tls_cert: Path | None = None  # TLS on media_listen (default: tls_certfile)
    media_tls_key: Path | None = None

    @property
    def media_tls_files(self) -> tuple[Path, Path] | None:
        """Certificate and key of the media hosts' listener, when it uses TLS."""
        if self.media_tls_cert and self.media_tls_key:
            return self.media_tls_cert, self.media_tls_key
        if self.tls_certfile and self.tls_keyfile:
            return self.tls_certfile, self.tls_keyfile
        return None

    phone_check_seconds: float = 3.0  # how often ready agents' phone registrations are checked
    # PostgreSQL URL (postgresql://user@host/db) of the store; None: SQLite in data_dir
    database: str | None = None
    timezone: str = "UTC"  # the centre's IANA time zone: report periods and groupings
    webhook_timeout_seconds: float = 5.0  # one webhook POST, connect to last byte
    webhook_max_attempts: int = 12  # then a delivery is failed (~2.4 h with the backoff below)
    webhook_backoff_seconds: float = 5.0  # first retry after this; doubles each time
    webhook_backoff_cap_seconds: float = 3600.0  # longest wait between two attempts
    callback_retry_seconds: float = 120.0  # 回电: wait before dialling a customer again
    callback_attempts: int = 3  # 回电: dials before a callback is marked failed

    @property
    def agent_sip_transport(self) -> str:
        """What the login tells softphones to use: TLS when the edge has a TLS listener."""
        return "tls" if self.sip_tls_port else self.sip_transport

    @property
    def agent_sip_port(self) -> int:
        return self.sip_tls_port or self.sip_port

    @property
    def sip_tls_files(self) -> tuple[Path, Path] | None:
        """Certificate and key of the SIP TLS listener (None: no TLS listener)."""
        cert = self.sip_tls_certfile or self.tls_certfile
        key = self.sip_tls_keyfile or self.tls_keyfile
        return (cert, key) if self.sip_tls_port and cert and key else None

    @property
    def database_path(self) -> Path:
        return self.data_dir / "callcenter.db"

    @property
    def store_target(self) -> Path | str:
        """What `open_store` opens: the PostgreSQL URL of --database, or the SQLite file."""
        return self.database or self.database_path

    @property
    def store_label(self) -> str:
        """The store for logs (a PostgreSQL URL without its password)."""
        from server_stub.store.postgres import redact

        return redact(self.database) if self.database else str(self.database_path)

    @property
    def queue_log_path(self) -> Path:
        return self.data_dir / "queue_log"

    @property
    def prompts_dir(self) -> Path:
        """Prompts uploaded by admins (16 kHz mono WAV, see server_stub/admin/prompts.py)."""
        return self.data_dir / "prompts"

    @property
    def recordings_dir(self) -> Path:
        return self.data_dir / "recordings"
