"""Settings of the SIP edge and rendering of its Kamailio configuration files."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

TEMPLATE_NAME = "kamailio.cfg.tmpl"
_TOKEN = re.compile(r"\{\{([A-Z0-9_]+)\}\}")
_SAFE_WORD = re.compile(r"^[A-Za-z0-9_.:-]+$")
_SAFE_SECRET = re.compile(r"^[\x21\x23-\x5b\x5d-\x7e]+$")  # printable, no quote/backslash
_MAX_UNIX_PATH = 100

# db_text tables for usrloc write-through (issue 21), as Kamailio 5.6's schema
# (/usr/share/kamailio/dbtext/kamailio): the location table at version 9.
_LOCATION_HEADER = (
    "id(int,auto) ruid(string) username(string) domain(string,null) contact(string) "
    "received(string,null) path(string,null) expires(int) q(double) callid(string) "
    "cseq(int) last_modified(int) flags(int) cflags(int) user_agent(string) "
    "socket(string,null) methods(int,null) instance(string,null) reg_id(int) "
    "server_id(int) connection_id(int) keepalive(int) partition(int) \n"
)
_VERSION_TABLE = "id(int,auto) table_name(string) table_version(int) \n0:location:9\n"


@dataclass(frozen=True, slots=True)
class WorkerSpec:
    """One media worker in dispatcher set 1."""

    worker_id: str
    sip_uri: str
    max_load: int = 1

    def attrs(self) -> str:
        return f"duid={self.worker_id};maxload={self.max_load}"


@dataclass(frozen=True, slots=True)
class EdgeSettings:
    """Everything that varies between edge deployments (see docs/sip-edge.md)."""

    secret: bytes
    runtime_dir: Path
    sip_port: int
    bind_host: str = "127.0.0.1"
    tcp: bool = True
    tls_port: int | None = None
    tls_cert: Path | None = None
    tls_key: Path | None = None
    realm: str = "callcenter"
    aliases: tuple[str, ...] = ()
    children: int = 2
    log_level: int = 1  # -1 quiet ... 3 debug; 1 = NOTICE
    fr_timer_ms: int = 2000
    fr_inv_timer_ms: int = 60000
    max_expires: int = 3600
    ds_hash_expire_s: int = 14400  # about the longest call
    ds_hash_initexpire_s: int = 120  # longest time from INVITE to answer
    ds_ping_interval_s: int = 2
    ds_probing_mode: int = 1  # 1: probe every worker; 0: only those marked probing
    max_failovers: int = 2
    # Issue 19: a new call that finds no free worker is answered 503 with Retry-After
    # (seconds); while the coordinator is away (no heartbeat for coordinator_ttl_s: it
    # is restarting) the caller is held ringing and retried every second for up to
    # gap_hold_s first.
    retry_after_s: int = 10
    coordinator_ttl_s: int = 2  # the coordinator beats every second (supervisor.py)
    gap_hold_s: int = 15
    calls_per_worker: int = 1  # maxload of workers added without an explicit max_load
    pike_unit_s: int = 2
    pike_density: int = 60
    pike_remove_latency_s: int = 10
    shm_mb: int = 64
    pkg_mb: int = 8
    workers: tuple[WorkerSpec, ...] = field(default=())

    @property
    def tls_enabled(self) -> bool:
        return self.tls_port is not None

    @property
    def config_path(self) -> Path:
        return self.runtime_dir / "kamailio.cfg"

    @property
    def dispatcher_list_path(self) -> Path:
        return self.runtime_dir / "dispatcher.list"

    @property
    def tls_config_path(self) -> Path:
        return self.runtime_dir / "tls.cfg"

    @property
    def jsonrpc_socket(self) -> Path:
        return self.runtime_dir / "jsonrpc.sock"

    @property
    def ctl_socket(self) -> Path:
        return self.runtime_dir / "ctl.sock"

    @property
    def location_db_dir(self) -> Path:
        """db_text directory holding the registrations (kept across edge restarts)."""
        return self.runtime_dir / "location-db"

    @property
    def log_path(self) -> Path:
        return self.runtime_dir / "kamailio.log"

    def validate(self) -> None:
        """Raise ValueError for settings Kamailio would reject or misread."""
        if not _SAFE_SECRET.match(self.secret.decode("ascii", errors="replace")):
            raise ValueError("secret must be printable ASCII without quotes or backslashes")
        for word in (self.bind_host, self.realm, *self.aliases):
            if not _SAFE_WORD.match(word):
                raise ValueError(f"unsafe value for the config: {word!r}")
        if self.tls_enabled and (self.tls_cert is None or self.tls_key is None):
            raise ValueError("TLS needs tls_cert and tls_key")
        if self.tls_enabled and not self.tcp:
            raise ValueError("TLS needs TCP enabled")
        for path in (self.jsonrpc_socket, self.ctl_socket):
            if len(str(path)) > _MAX_UNIX_PATH:
                raise ValueError(f"runtime dir too long for a unix socket path: {path}")
        for worker in self.workers:
            validate_worker(worker)


def validate_worker(worker: WorkerSpec) -> None:
    """Raise ValueError unless the worker can be written into a dispatcher line."""
    if not _SAFE_WORD.match(worker.worker_id):
        raise ValueError(f"unsafe worker id: {worker.worker_id!r}")
    if not worker.sip_uri.startswith("sip:") or any(c.isspace() for c in worker.sip_uri):
        raise ValueError(f"worker uri must be sip:host:port: {worker.sip_uri!r}")
    if worker.max_load < 1:
        raise ValueError("max_load must be at least 1")


def template_text() -> str:
    return resources.files("server_stub.edge").joinpath(TEMPLATE_NAME).read_text("utf-8")


def template_values(settings: EdgeSettings) -> dict[str, str]:
    """The value of every {{TOKEN}} in the template."""
    features = []
    if settings.tcp:
        features.append("#!define WITH_TCP")
    if settings.tls_enabled:
        features.append("#!define WITH_TLS")
    return {
        "FEATURES": "\n".join(features),
        "LOG_LEVEL": str(settings.log_level),
        "CHILDREN": str(settings.children),
        "RUNTIME_DIR": str(settings.runtime_dir),
        "BIND_HOST": settings.bind_host,
        "SIP_PORT": str(settings.sip_port),
        "TLS_PORT": str(settings.tls_port or 0),
        "ALIASES": "\n".join(f"alias={a}" for a in settings.aliases),
        "JSONRPC_SOCKET": str(settings.jsonrpc_socket),
        "CTL_SOCKET": str(settings.ctl_socket),
        "FR_TIMER_MS": str(settings.fr_timer_ms),
        "FR_INV_TIMER_MS": str(settings.fr_inv_timer_ms),
        "MAX_EXPIRES": str(settings.max_expires),
        "AUTH_SECRET": settings.secret.decode("ascii"),
        "REALM": settings.realm,
        "DISPATCHER_LIST": str(settings.dispatcher_list_path),
        "DS_HASH_EXPIRE": str(settings.ds_hash_expire_s),
        "DS_HASH_INITEXPIRE": str(settings.ds_hash_initexpire_s),
        "DS_PING_INTERVAL": str(settings.ds_ping_interval_s),
        "DS_PROBING_MODE": str(settings.ds_probing_mode),
        "MAX_FAILOVERS": str(settings.max_failovers),
        "RETRY_AFTER_S": str(settings.retry_after_s),
        "COORDINATOR_TTL_S": str(settings.coordinator_ttl_s),
        "GAP_HOLD_S": str(settings.gap_hold_s),
        "GAP_HOLD_TICKS": str(settings.gap_hold_s * 5),  # looks every 0.2 s
        "HOLD_FR_MS": str((settings.gap_hold_s + 5) * 1000),
        "PIKE_UNIT_S": str(settings.pike_unit_s),
        "PIKE_DENSITY": str(settings.pike_density),
        "PIKE_REMOVE_LATENCY_S": str(settings.pike_remove_latency_s),
        "TLS_CONFIG": str(settings.tls_config_path),
        "LOCATION_DB": str(settings.location_db_dir),
    }


def render_template(text: str, values: dict[str, str]) -> str:
    """Replace every {{TOKEN}}; a token without a value is an error."""
    missing = sorted({m.group(1) for m in _TOKEN.finditer(text)} - values.keys())
    if missing:
        raise KeyError(f"template tokens without a value: {missing}")
    return _TOKEN.sub(lambda m: values[m.group(1)], text)


def dispatcher_list(workers: tuple[WorkerSpec, ...] | list[WorkerSpec]) -> str:
    lines = ["# setid destination flags priority attrs (written by server_stub.edge)"]
    lines += [f"1 {w.sip_uri} 0 0 {w.attrs()}" for w in workers]
    return "\n".join(lines) + "\n"


def tls_config(settings: EdgeSettings) -> str:
    return (
        "[server:default]\n"
        "method = TLSv1.2+\n"
        "verify_certificate = no\n"
        "require_certificate = no\n"
        f"certificate = {settings.tls_cert}\n"
        f"private_key = {settings.tls_key}\n\n"
        "[client:default]\n"
        "method = TLSv1.2+\n"
        "verify_certificate = no\n"
        "require_certificate = no\n"
    )


def prepare_location_db(directory: Path) -> None:
    """Create the db_text tables usrloc writes through to; keep rows already there."""
    directory.mkdir(mode=0o700, exist_ok=True)
    location = directory / "location"
    if not location.exists() or not location.read_text("utf-8").startswith("id(int,auto)"):
        location.write_text(_LOCATION_HEADER, "utf-8")
    (directory / "version").write_text(_VERSION_TABLE, "utf-8")


def render_config(
    settings: EdgeSettings, workers: tuple[WorkerSpec, ...] | list[WorkerSpec] | None = None
) -> Path:
    """Write kamailio.cfg, dispatcher.list (and tls.cfg) into the runtime dir."""
    settings.validate()
    chosen = tuple(settings.workers if workers is None else workers)
    for worker in chosen:
        validate_worker(worker)
    settings.runtime_dir.mkdir(parents=True, exist_ok=True)
    settings.runtime_dir.chmod(0o700)
    text = render_template(template_text(), template_values(settings))
    settings.config_path.write_text(text, "utf-8")
    settings.config_path.chmod(0o600)  # holds the secret
    settings.dispatcher_list_path.write_text(dispatcher_list(chosen), "utf-8")
    prepare_location_db(settings.location_db_dir)
    if settings.tls_enabled:
        settings.tls_config_path.write_text(tls_config(settings), "utf-8")
    return settings.config_path
