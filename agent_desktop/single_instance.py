"""One desktop per user and configuration: a second launch hands its `tel:` links to the
running instance over a local socket (QLocalServer / QLocalSocket) and exits.

Protocol: one UTF-8 JSON line `{"links": [...]}` per connection, then the client closes.
The client never waits for an answer, so both ends may even live in one thread (tests).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_MS = 500
MAX_MESSAGE = 64 * 1024


def instance_name(config_dir: Path) -> str:
    """Per user and per configuration directory (so tests and profiles do not meet)."""
    digest = hashlib.sha1(str(config_dir.resolve()).encode()).hexdigest()[:12]
    user = "".join(ch for ch in getpass.getuser() if ch.isalnum()) or "user"
    return f"agent-desktop-{user}-{digest}"


def forward(name: str, links: list[str], timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Give `links` to a running instance; False when none is listening under `name`."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(json.dumps({"links": links}).encode() + b"\n")
    sent = socket.waitForBytesWritten(timeout_ms) or socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return sent


class InstanceServer(QObject):
    """Listens for later launches; `links_received` carries each one's links (maybe [])."""

    links_received = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        """Start listening; a socket left by a crashed instance is removed first."""
        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # nobody answered forward(): it is stale
        if self._server.listen(self.name):
            return True
        log.warning(
            "single instance: cannot listen on %s: %s", self.name, self._server.errorString()
        )
        return False

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._on_disconnected(s))
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_MESSAGE:
            log.warning("single instance: message too long; dropped")
            self._buffers.pop(socket, None)
            socket.abort()
            return
        if b"\n" in buffer:
            line = bytes(buffer.split(b"\n", 1)[0])
            self._buffers.pop(socket, None)
            self._deliver(line)
            socket.disconnectFromServer()

    def _on_disconnected(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.pop(socket, None)
        if buffer:
            self._deliver(bytes(buffer))
        socket.deleteLater()

    def _deliver(self, line: bytes) -> None:
        try:
            links = json.loads(line.decode())["links"]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            log.warning("single instance: unreadable message dropped")
            return
        if isinstance(links, list) and all(isinstance(link, str) for link in links):
            self.links_received.emit(links)
