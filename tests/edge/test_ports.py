"""Issue 19: a SIP port held by another process stops the edge's start with one clear
line naming that process, not Kamailio's "Address already in use" in its log."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from server_stub.edge.ports import taken_ports
from server_stub.edge.supervisor import EdgePortTakenError, KamailioEdge
from tests.edge.conftest import needs_kamailio
from tests.support.net import free_port


def test_a_free_port_is_not_taken() -> None:
    port = free_port()
    assert taken_ports("127.0.0.1", [(port, "udp"), (port, "tcp")]) == []


def test_an_address_that_is_not_ours_is_left_to_kamailio_to_report() -> None:
    assert taken_ports("192.0.2.1", [(free_port(), "udp")]) == []  # TEST-NET-1


def test_taken_ports_name_their_holder() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, socket.socket() as tcp:
        udp.bind(("127.0.0.1", 0))
        tcp.bind(("127.0.0.1", 0))
        tcp.listen()
        udp_port, tcp_port = udp.getsockname()[1], tcp.getsockname()[1]
        (u,) = taken_ports("127.0.0.1", [(udp_port, "udp")])
        (t,) = taken_ports("127.0.0.1", [(tcp_port, "tcp")])
    for taken in (u, t):
        assert taken.holders == (os.getpid(),)
        assert f"pid {os.getpid()} (" in taken.describe()
    assert u.describe().startswith(f"udp port {udp_port} on 127.0.0.1 is taken by")
    assert (t.proto, t.port) == ("tcp", tcp_port)


@needs_kamailio
async def test_edge_start_names_who_holds_the_sip_port(
    make_edge: Callable[..., KamailioEdge],
) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as holder:
        holder.bind(("127.0.0.1", 0))
        edge = make_edge(sip_port=holder.getsockname()[1])
        with pytest.raises(EdgePortTakenError) as info:
            await edge.start()
    assert f"pid {os.getpid()}" in str(info.value) and "--sip-port" in str(info.value)
    assert edge.pid is None  # no Kamailio was started


@needs_kamailio
def test_run_with_the_sip_port_taken_exits_5_with_one_clear_line(tmp_path: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as holder:
        holder.bind(("127.0.0.1", 0))
        sip = holder.getsockname()[1]
        out = subprocess.run(
            [
                sys.executable, "-m", "server_stub", "run", "--data-dir", str(tmp_path / "d"),
                "--demo", "--sip-port", str(sip), "--http-port", str(free_port()),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )  # fmt: skip
    assert out.returncode == 5, out.stderr
    assert (
        f"callcenter-server: the SIP edge cannot start: udp port {sip} on 127.0.0.1 is "
        f"taken by pid {os.getpid()} ("
    ) in out.stderr
    assert "Traceback" not in out.stderr and "Address already in use" not in out.stderr
