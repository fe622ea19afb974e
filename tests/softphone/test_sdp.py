"""The softphone's own SDP edits (issue 22: it asks for 10 ms packets)."""

from __future__ import annotations

from agent_desktop.softphone.sdp import with_ptime

OFFER = (
    "v=0\r\no=- 1 2 IN IP4 10.0.0.2\r\ns=pjmedia\r\nc=IN IP4 10.0.0.2\r\nt=0 0\r\n"
    "m=audio 4000 RTP/AVP 8 0 101\r\na=rtpmap:8 PCMA/8000\r\na=sendrecv\r\n"
    "m=video 0 RTP/AVP 31\r\n"
)


def test_ptime_goes_into_audio_sections_only_once_and_not_when_off() -> None:
    edited = with_ptime(OFFER, 10)
    assert edited == OFFER.replace("a=sendrecv\r\n", "a=sendrecv\r\na=ptime:10\r\n")
    assert with_ptime(edited, 20) == edited  # a section that states a ptime keeps it
    assert with_ptime(OFFER, 0) == OFFER
    last = "v=0\nm=audio 4000 RTP/AVP 0\na=rtpmap:0 PCMU/8000"  # last section, no newline
    assert with_ptime(last, 10) == last + "\na=ptime:10"
