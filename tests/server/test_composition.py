"""The composition root wires the call path at construction: the ACD's call control is the
CallPath from the start (no control set later); until the path runs, commands answer as
without a SIP side."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from server_stub.calls.control import NoCallControl
from server_stub.config import ServerConfig
from server_stub.errors import Unavailable
from server_stub.services import build_services


def _config(tmp_path: Path) -> ServerConfig:
    return ServerConfig(data_dir=tmp_path / "data", http_port=0, sip_port=5999)


def test_the_call_path_is_the_acds_call_control_from_construction(tmp_path: Path) -> None:
    services = build_services(_config(tmp_path), sip=True)
    try:
        path = services.call_path
        assert path is not None and not path.running
        assert services.acd.book.control is path
        # Not started: nothing runs, and a call that needs the SIP side is refused clearly.
        assert path.telephony is None and not path.edge.running
        with pytest.raises(Unavailable):
            asyncio.run(path.dial("c1", "1001", "13800000000", "4008001000"))
        asyncio.run(path.stop())  # stopping what never started is harmless
    finally:
        services.runner.close()


def test_without_the_sip_side_there_is_no_call_path(tmp_path: Path) -> None:
    services = build_services(_config(tmp_path))
    try:
        assert services.call_path is None
        assert isinstance(services.acd.book.control, NoCallControl)
    finally:
        services.runner.close()
