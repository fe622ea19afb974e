"""Malformed SIP and floods leave the edge alive; TCP and TLS listeners answer."""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from server_stub.edge.credentials import issue_sip_credentials
from server_stub.edge.supervisor import KamailioEdge
from tests.edge.conftest import SECRET, free_port, needs_kamailio
from tests.edge.sipclient import SipMessage, SipUA, digest, parse
from tests.support.certs import self_signed

pytestmark = [pytest.mark.e2e, needs_kamailio]

GARBAGE: list[bytes] = [
    b"",
    b"\x00" * 200,
    os.urandom(1400),
    b"INVITE\r\n\r\n",
    b"INVITE sip:1@127.0.0.1 SIP/2.0\r\n\r\n",  # no Via, From, To, Call-ID, CSeq
    b"INVITE sip:1@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:1;branch=z9hG4bKx\r\n"
    b"From: <sip:a@b>;tag=1\r\nTo: <sip:1@127.0.0.1>\r\nCall-ID: x\r\nCSeq: abc INVITE\r\n"
    b"Content-Length: 99999\r\n\r\nv=0",
    b"REGISTER sip:127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:1;branch=z9hG4bKy\r\n"
    b"From: <sip:a@b\r\nTo: sip:\r\nCall-ID: y\r\nCSeq: 1 INVITE\r\nContact: <<<>>>\r\n"
    b"Max-Forwards: -5\r\nExpires: 99999999999999999999\r\n\r\n",
    b"OPTIONS sip:127.0.0.1 SIP/2.0\r\nVia: " + b"A" * 3000 + b"\r\n\r\n",
    b"SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bKnone\r\n\r\n",
    "INVITE sip:\u00e9\u00e8@127.0.0.1 SIP/2.0\r\n".encode() + b"\xff\xfe\r\n\r\n",
]


async def test_garbage_leaves_edge_alive(
    edge: KamailioEdge, ua_factory: Callable[..., SipUA]
) -> None:
    ua = ua_factory(edge)
    for _ in range(20):
        for datagram in GARBAGE:
            ua.sock.sendto(datagram, ua.edge)
    for datagram in GARBAGE:  # and over TCP; the edge may close the connection on us
        with (
            socket.create_connection(ua.edge, timeout=2) as tcp,
            contextlib.suppress(BrokenPipeError, ConnectionResetError),
        ):
            tcp.sendall(datagram * 3)
    time.sleep(0.3)
    assert edge.running and edge.restarts == 0
    assert ua.options() == 200


async def test_flood_is_dropped_and_edge_keeps_answering(
    make_edge: Callable[..., KamailioEdge], ua_factory: Callable[..., SipUA]
) -> None:
    edge = make_edge(pike_density=20, pike_unit_s=2)
    await edge.start()
    try:
        attacker = ua_factory(edge)
        host, port = attacker.edge
        options = attacker.request(
            "OPTIONS", f"sip:{host}:{port}", from_hdr="<sip:x@127.0.0.1>;tag=1",
            to_hdr=f"<sip:{host}>", call_id="flood", cseq=1,
        )  # fmt: skip
        for i in range(2000):  # ~10,000 requests/s, paced so the socket buffer keeps up
            attacker.send(options)
            if i % 50 == 49:
                time.sleep(0.005)
        time.sleep(0.5)
        answered = 0
        while attacker.recv(0.2) is not None:
            answered += 1
        assert answered < 200  # pike let the first ones through, then dropped
        stats = await edge.stats()
        assert stats["edge_flood_dropped"] > 1500
        other = ua_factory(edge, bind_host="127.0.0.2")  # another source still served
        assert other.options() == 200
        assert edge.running and edge.restarts == 0
    finally:
        await edge.stop()


def _options_over(stream: socket.socket, port: int) -> str:
    local = stream.getsockname()
    msg = (
        f"OPTIONS sip:127.0.0.1:{port} SIP/2.0\r\n"
        f"Via: SIP/2.0/TCP {local[0]}:{local[1]};branch=z9hG4bKtcp{local[1]}\r\n"
        "Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=1\r\nTo: <sip:127.0.0.1>\r\n"
        "Call-ID: tcp-probe\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n"
    )
    stream.sendall(msg.encode())
    return stream.recv(4096).decode(errors="replace").split("\r\n")[0]


async def test_tcp_and_tls_listeners(
    make_edge: Callable[..., KamailioEdge], tmp_path: Path
) -> None:
    cert, key = self_signed(tmp_path, "edge")
    edge = make_edge(tls_port=free_port(socket.SOCK_STREAM), tls_cert=cert, tls_key=key)
    await edge.start()
    try:
        port, tls_port = edge.settings.sip_port, edge.settings.tls_port
        assert tls_port is not None
        with socket.create_connection(("127.0.0.1", port), timeout=2) as tcp:
            assert _options_over(tcp, port) == "SIP/2.0 200 Keepalive"
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        with (
            socket.create_connection(("127.0.0.1", tls_port), timeout=2) as raw,
            context.wrap_socket(raw) as tls,
        ):
            assert tls.version() in ("TLSv1.2", "TLSv1.3")
            assert _options_over(tls, tls_port) == "SIP/2.0 200 Keepalive"
    finally:
        await edge.stop()


def _read_sip(stream: socket.socket) -> SipMessage:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = stream.recv(4096)
        assert chunk, "connection closed"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(parse(head + b"\r\n\r\n").header("Content-Length", "0") or 0)
    while len(body) < length:
        body += stream.recv(4096)
    return parse(head + b"\r\n\r\n" + body)


async def test_agent_registered_over_tls_is_reached_over_tls(
    make_edge: Callable[..., KamailioEdge], ua_factory: Callable[..., SipUA], tmp_path: Path
) -> None:
    cert, key = self_signed(tmp_path, "edge")
    edge = make_edge(tls_port=free_port(socket.SOCK_STREAM), tls_cert=cert, tls_key=key)
    await edge.start()
    try:
        tls_port = edge.settings.tls_port
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        with (
            socket.create_connection(("127.0.0.1", tls_port), timeout=3) as raw,
            context.wrap_socket(raw) as tls,
        ):
            host, port = tls.getsockname()
            creds = issue_sip_credentials(SECRET, "agent5", ttl_seconds=300, now=time.time())
            ruri = f"sip:127.0.0.1:{tls_port};transport=tls"

            def register(cseq: int, extra: str = "") -> SipMessage:
                tls.sendall((
                    f"REGISTER {ruri} SIP/2.0\r\n"
                    f"Via: SIP/2.0/TLS {host}:{port};rport;branch=z9hG4bKreg{cseq}\r\n"
                    "Max-Forwards: 70\r\nFrom: <sip:agent5@127.0.0.1>;tag=r1\r\n"
                    "To: <sip:agent5@127.0.0.1>\r\nCall-ID: tls-reg\r\n"
                    f"CSeq: {cseq} REGISTER\r\n"
                    f"Contact: <sip:agent5@{host}:{port};transport=tls>\r\nExpires: 300\r\n"
                    f"{extra}Content-Length: 0\r\n\r\n"
                ).encode())  # fmt: skip
                return _read_sip(tls)

            challenge = register(1)
            assert challenge.status == 401
            authz = digest(challenge.header("WWW-Authenticate"), "REGISTER", ruri,
                           creds.username, creds.password)  # fmt: skip
            assert register(2, authz + "\r\n").status == 200

            worker = ua_factory(edge)
            await edge.add_worker("w1", worker.uri)
            statuses: list[int] = []
            agent_uri = f"sip:agent5@127.0.0.1:{edge.settings.sip_port}"
            call = threading.Thread(
                target=lambda: statuses.append(worker.invite(agent_uri).final.status)
            )
            call.start()
            invite = _read_sip(tls)
            assert invite.start.startswith("INVITE sip:agent5@")
            assert "TLS" in invite.header("Via").upper()
            tls.sendall((
                "SIP/2.0 486 Busy Here\r\n"
                + "".join(f"Via: {v}\r\n" for v in invite.all("Via"))
                + f"From: {invite.header('From')}\r\nTo: {invite.header('To')};tag=a5\r\n"
                f"Call-ID: {invite.header('Call-ID')}\r\nCSeq: {invite.header('CSeq')}\r\n"
                "Content-Length: 0\r\n\r\n"
            ).encode())  # fmt: skip
            call.join()
            assert statuses == [486]
    finally:
        await edge.stop()
