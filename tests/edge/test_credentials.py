"""auth_ephemeral credentials: a vector computed independently with hmac."""

from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from server_stub.edge.credentials import issue_sip_credentials


def test_known_vector() -> None:
    creds = issue_sip_credentials(b"s3cret", "agent7", ttl_seconds=600, now=1_700_000_000.9)
    assert creds.username == "1700000600:agent7"
    assert creds.expires_at == 1_700_000_600
    # openssl: printf '1700000600:agent7' | openssl dgst -sha1 -hmac s3cret -binary | base64
    assert creds.password == "w662YIKNVPZTHHKLTz1qwGx/gWM="


def test_matches_rfc_style_hmac() -> None:
    creds = issue_sip_credentials(b"k", "a1", ttl_seconds=1, now=0)
    expected = base64.b64encode(hmac.new(b"k", b"1:a1", hashlib.sha1).digest()).decode()
    assert creds.password == expected


@pytest.mark.parametrize("agent_id", ["", "a:b", "a@b"])
def test_rejects_ambiguous_agent_ids(agent_id: str) -> None:
    with pytest.raises(ValueError):
        issue_sip_credentials(b"k", agent_id, ttl_seconds=60, now=0)


def test_rejects_non_positive_ttl() -> None:
    with pytest.raises(ValueError):
        issue_sip_credentials(b"k", "a1", ttl_seconds=0, now=0)
