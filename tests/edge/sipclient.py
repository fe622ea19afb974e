"""A small raw-UDP SIP user agent for the edge tests (REGISTER, INVITE, BYE, OPTIONS)."""

from __future__ import annotations

import hashlib
import re
import secrets
import socket
import time
from dataclasses import dataclass, field


@dataclass
class SipMessage:
    start: str
    headers: list[tuple[str, str]]
    body: str = ""
    source: tuple[str, int] | None = None

    @property
    def is_response(self) -> bool:
        return self.start.startswith("SIP/2.0")

    @property
    def status(self) -> int:
        return int(self.start.split()[1]) if self.is_response else 0

    @property
    def method(self) -> str:
        return self.start.split()[0] if not self.is_response else self.header("CSeq").split()[1]

    def header(self, name: str, default: str = "") -> str:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return default

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]


def parse(data: bytes, source: tuple[str, int] | None = None) -> SipMessage:
    head, _, body = data.decode("utf-8", errors="replace").partition("\r\n\r\n")
    lines = head.split("\r\n")
    headers = []
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers.append((name.strip(), value.strip()))
    return SipMessage(lines[0], headers, body, source)


def _uri_in(value: str) -> str:
    match = re.search(r"<([^>]+)>", value)
    return match.group(1) if match else value.split(";")[0]


@dataclass
class Dialog:
    final: SipMessage
    call_id: str
    from_hdr: str
    to_hdr: str = ""
    route: list[str] = field(default_factory=list)
    remote_target: str = ""
    cseq: int = 1


class SipUA:
    """One UDP socket; requests go to the edge at ``edge``."""

    def __init__(self, edge: tuple[str, int], bind_host: str = "127.0.0.1") -> None:
        self.edge = edge
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((bind_host, 0))
        self.host, self.port = self.sock.getsockname()
        self.uri = f"sip:{self.host}:{self.port}"

    def close(self) -> None:
        self.sock.close()

    def send(self, text: str, dest: tuple[str, int] | None = None) -> None:
        self.sock.sendto(text.encode(), dest or self.edge)

    def recv(self, timeout: float = 3.0) -> SipMessage | None:
        self.sock.settimeout(timeout)
        try:
            data, source = self.sock.recvfrom(65535)
        except TimeoutError:
            return None
        return parse(data, source)

    def _via(self) -> str:
        return f"SIP/2.0/UDP {self.host}:{self.port};rport;branch=z9hG4bK{secrets.token_hex(6)}"

    def request(
        self, method: str, ruri: str, *, from_hdr: str, to_hdr: str, call_id: str, cseq: int,
        extra: list[str] | None = None, body: str = "",
    ) -> str:  # fmt: skip
        lines = [
            f"{method} {ruri} SIP/2.0",
            f"Via: {self._via()}",
            "Max-Forwards: 70",
            f"From: {from_hdr}",
            f"To: {to_hdr}",
            f"Call-ID: {call_id}",
            f"CSeq: {cseq} {method}",
            *(extra or []),
            f"Content-Length: {len(body.encode())}",
        ]
        return "\r\n".join(lines) + "\r\n\r\n" + body

    def final_response(self, method: str, timeout: float = 4.0) -> SipMessage | None:
        """Wait for the final response to ``method``, skipping 1xx and strays."""
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            msg = self.recv(remaining)
            if msg is None:
                return None
            if msg.is_response and msg.method == method and msg.status >= 200:
                return msg
        return None

    # ---- REGISTER ----------------------------------------------------------------
    def register(
        self, aor_user: str, domain: str, auth: tuple[str, str] | None, expires: int = 300
    ) -> int:
        call_id, tag = secrets.token_hex(8), secrets.token_hex(4)
        aor = f"sip:{aor_user}@{domain}"
        base = {"from_hdr": f"<{aor}>;tag={tag}", "to_hdr": f"<{aor}>", "call_id": call_id}
        extra = [f"Contact: <sip:{aor_user}@{self.host}:{self.port}>", f"Expires: {expires}"]
        ruri = f"sip:{domain}"
        self.send(self.request("REGISTER", ruri, cseq=1, extra=extra, **base))
        reply = self.final_response("REGISTER")
        assert reply is not None, "no answer to REGISTER"
        if reply.status != 401 or auth is None:
            return reply.status
        challenge = reply.header("WWW-Authenticate")
        authz = digest(challenge, "REGISTER", ruri, *auth)
        self.send(self.request("REGISTER", ruri, cseq=2, extra=[*extra, authz], **base))
        reply = self.final_response("REGISTER")
        assert reply is not None, "no answer to authenticated REGISTER"
        return reply.status

    # ---- INVITE dialogs ----------------------------------------------------------
    def invite(self, ruri: str, from_user: str = "customer", timeout: float = 4.0,
               extra: list[str] | None = None, auth: tuple[str, str] | None = None,
               from_host: str | None = None) -> Dialog:  # fmt: skip
        """Place a call; with ``auth`` answer one 407 challenge (proactive dummy first)."""
        call_id = secrets.token_hex(10)
        from_hdr = f"<sip:{from_user}@{from_host or self.host}>;tag={secrets.token_hex(4)}"
        to_hdr = f"<{ruri}>"
        sdp = (
            f"v=0\r\no=- 1 1 IN IP4 {self.host}\r\ns=-\r\nc=IN IP4 {self.host}\r\nt=0 0\r\n"
            f"m=audio {self.port + 2} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n"
        )
        base = [f"Contact: <sip:{from_user}@{self.host}:{self.port}>",
                "Content-Type: application/sdp", *(extra or [])]  # fmt: skip
        headers = list(base)
        if auth is not None:
            headers.append(f'Proxy-Authorization: Digest username="{auth[0]}", realm="x", '
                           f'nonce="0", uri="{ruri}", response="0"')  # fmt: skip
        for cseq in (1, 2):
            invite = self.request("INVITE", ruri, from_hdr=from_hdr, to_hdr=to_hdr,
                                  call_id=call_id, cseq=cseq, extra=headers, body=sdp)  # fmt: skip
            self.send(invite)
            final = self.final_response("INVITE", timeout)
            assert final is not None, f"no final answer to INVITE {ruri}"
            dialog = Dialog(final, call_id, from_hdr, final.header("To"), cseq=cseq)
            if 200 <= final.status < 300:
                dialog.route = list(reversed([r for v in final.all("Record-Route")
                                              for r in v.split(",")]))  # fmt: skip
                dialog.remote_target = _uri_in(final.header("Contact"))
                self.send(self.in_dialog("ACK", dialog, cseq=cseq))
                return dialog
            via = invite.split("\r\n")[1]
            ack = [f"ACK {ruri} SIP/2.0", via, "Max-Forwards: 70", f"From: {from_hdr}",
                   f"To: {dialog.to_hdr}", f"Call-ID: {call_id}", f"CSeq: {cseq} ACK",
                   "Content-Length: 0"]  # fmt: skip
            self.send("\r\n".join(ack) + "\r\n\r\n")
            if final.status != 407 or auth is None:
                return dialog
            challenge = final.header("Proxy-Authenticate")
            headers = [*base, digest(challenge, "INVITE", ruri, *auth)]
        return dialog

    def in_dialog(self, method: str, dialog: Dialog, cseq: int) -> str:
        extra = [f"Route: {r.strip()}" for r in dialog.route]
        return self.request(method, dialog.remote_target, from_hdr=dialog.from_hdr,
                            to_hdr=dialog.to_hdr, call_id=dialog.call_id, cseq=cseq,
                            extra=extra)  # fmt: skip

    def bye(self, dialog: Dialog) -> int:
        dialog.cseq += 1
        self.send(self.in_dialog("BYE", dialog, dialog.cseq))
        reply = self.final_response("BYE")
        return reply.status if reply else 0

    # ---- misc ----------------------------------------------------------------------
    def options(self, timeout: float = 2.0) -> int:
        host, port = self.edge
        msg = self.request("OPTIONS", f"sip:{host}:{port}",
                           from_hdr=f"<sip:probe@{self.host}>;tag=1", to_hdr=f"<sip:{host}>",
                           call_id=secrets.token_hex(8), cseq=1)  # fmt: skip
        self.send(msg)
        reply = self.final_response("OPTIONS", timeout)
        return reply.status if reply else 0

    def reply(self, req: SipMessage, status: int, reason: str, extra: list[str] | None = None,
              body: str = "") -> None:  # fmt: skip
        to = req.header("To")
        if ";tag=" not in to:
            to += f";tag={secrets.token_hex(4)}"
        lines = [f"SIP/2.0 {status} {reason}", *(f"Via: {v}" for v in req.all("Via")),
                 *(f"Record-Route: {v}" for v in req.all("Record-Route")),
                 f"From: {req.header('From')}", f"To: {to}", f"Call-ID: {req.header('Call-ID')}",
                 f"CSeq: {req.header('CSeq')}", f"Contact: <{self.uri}>", *(extra or []),
                 f"Content-Length: {len(body.encode())}"]  # fmt: skip
        assert req.source is not None
        self.send("\r\n".join(lines) + "\r\n\r\n" + body, req.source)

    def next_request(self, method: str, timeout: float = 3.0) -> SipMessage | None:
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            msg = self.recv(remaining)
            if msg is None:
                return None
            if not msg.is_response and msg.method == method:
                return msg
        return None


def digest(challenge: str, method: str, uri: str, username: str, password: str) -> str:
    """An Authorization header answering a Digest MD5 challenge."""
    params = dict(re.findall(r'(\w+)="?([^",]*)"?', challenge))
    realm, nonce = params["realm"], params["nonce"]
    ha1 = hashlib.md5(f"{username}:{realm}:{password}".encode()).hexdigest()
    ha2 = hashlib.md5(f"{method}:{uri}".encode()).hexdigest()
    header = (f'Digest username="{username}", realm="{realm}", nonce="{nonce}", uri="{uri}", '
              'algorithm=MD5')  # fmt: skip
    if "qop" in params:
        cnonce, nc = secrets.token_hex(4), "00000001"
        response = hashlib.md5(f"{ha1}:{nonce}:{nc}:{cnonce}:auth:{ha2}".encode()).hexdigest()
        header += f', qop=auth, nc={nc}, cnonce="{cnonce}"'
    else:
        response = hashlib.md5(f"{ha1}:{nonce}:{ha2}".encode()).hexdigest()
    name = "Authorization" if method == "REGISTER" else "Proxy-Authorization"
    return f'{name}: {header}, response="{response}"'
