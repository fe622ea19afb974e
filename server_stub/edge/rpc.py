"""Asyncio JSON-RPC client for Kamailio's jsonrpcs unix datagram socket."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import socket
import tempfile
from pathlib import Path
from typing import Any


class EdgeRpcError(RuntimeError):
    """Kamailio answered a JSON-RPC call with an error, or did not answer."""

    def __init__(self, method: str, message: str, code: int | None = None) -> None:
        super().__init__(f"{method}: {message}" + (f" (code {code})" if code is not None else ""))
        self.method = method
        self.code = code


class KamailioRpc:
    """Sends one JSON-RPC request at a time to ``server_path`` and awaits its reply.

    The client binds its own datagram socket (Kamailio replies to the sender's
    address), created in ``client_dir`` and removed by :meth:`close`.
    """

    _MAX_REPLY = 1 << 20

    def __init__(self, server_path: Path, client_dir: Path, timeout: float = 2.0) -> None:
        self._server_path = str(server_path)
        self._client_dir = client_dir
        self._timeout = timeout
        self._sock: socket.socket | None = None
        self._client_path: str | None = None
        self._lock = asyncio.Lock()
        self._ids = itertools.count(1)

    def _open(self) -> socket.socket:
        if self._sock is None:
            fd, path = tempfile.mkstemp(prefix="rpc-", suffix=".sock", dir=self._client_dir)
            os.close(fd)
            os.unlink(path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            sock.bind(path)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, self._MAX_REPLY)
            sock.setblocking(False)
            self._sock, self._client_path = sock, path
        return self._sock

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        if self._client_path is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._client_path)
            self._client_path = None

    async def call(self, method: str, *params: Any, timeout: float | None = None) -> Any:
        """Return the ``result`` of ``method(params)``; raise EdgeRpcError otherwise."""
        loop = asyncio.get_running_loop()
        async with self._lock:
            sock = self._open()
            request_id = next(self._ids)
            payload: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
            payload |= {"params": list(params), "id": request_id}
            try:
                await loop.sock_sendto(sock, json.dumps(payload).encode(), self._server_path)
            except OSError as exc:
                raise EdgeRpcError(method, f"control socket unreachable: {exc}") from exc
            deadline = loop.time() + (timeout or self._timeout)
            while True:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    raise EdgeRpcError(method, "no answer from the control socket")
                try:
                    data = await asyncio.wait_for(loop.sock_recv(sock, self._MAX_REPLY), remaining)
                except TimeoutError:
                    raise EdgeRpcError(method, "no answer from the control socket") from None
                reply = json.loads(data.decode("utf-8", errors="replace"))
                if reply.get("id") != request_id:
                    continue  # late answer to an earlier call that timed out
                if "error" in reply:
                    err = reply["error"]
                    raise EdgeRpcError(method, str(err.get("message")), err.get("code"))
                return reply.get("result")
