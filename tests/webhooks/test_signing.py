"""The pure parts of webhook delivery: signature, retry delays, which URLs may receive."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from server_stub.integration.dispatcher import webhook_body
from server_stub.integration.signing import (
    backoff,
    safe_url,
    secret_hint,
    sign,
    url_problem,
    verify,
)


def test_signature_is_the_hex_hmac_sha256_of_the_body() -> None:
    # RFC 4231 test case 1: key 0x0b * 20, data "Hi There"
    assert sign("\x0b" * 20, b"Hi There") == (
        "sha256=b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
    )
    body = webhook_body("call_ended", {"id": "c1", "ani": "张三"}, 1.5, "e1", "d1")
    expected = hmac.new(b"s3cret-s3cret-s3cret", body, hashlib.sha256).hexdigest()
    assert sign("s3cret-s3cret-s3cret", body) == f"sha256={expected}"


def test_verify_accepts_the_body_and_refuses_any_change() -> None:
    body = webhook_body("call_ended", {"id": "c1"}, 1.5, "e1", "d1")
    signature = sign("secret-one-secret", body)
    assert verify("secret-one-secret", body, signature)
    assert verify("secret-one-secret", body, signature + " ")  # header whitespace
    assert not verify("secret-two-secret", body, signature)
    assert not verify("secret-one-secret", body.replace(b"c1", b"c2"), signature)
    assert not verify("secret-one-secret", body, "sha1=" + signature[7:])
    assert not verify("secret-one-secret", body, "")


def test_the_body_carries_the_schema_version_ids_and_the_event() -> None:
    body = webhook_body("call_answered", {"id": "c1", "ani": "13800138000"}, 17.25, "ev", "dl")
    assert json.loads(body) == {
        "version": 1,
        "id": "ev",
        "delivery_id": "dl",
        "type": "call_answered",
        "occurred_at": 17.25,
        "data": {"id": "c1", "ani": "13800138000"},
    }


def test_backoff_doubles_from_the_base_up_to_the_cap() -> None:
    assert [backoff(n, 5.0, 3600.0) for n in range(1, 12)] == [
        5,
        10,
        20,
        40,
        80,
        160,
        320,
        640,
        1280,
        2560,
        3600,
    ]
    assert backoff(0, 5.0, 60.0) == 0.0
    assert backoff(10_000, 0.5, 30.0) == 30.0  # no overflow far beyond the cap


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("ftp://crm.example/hook", "only http"),
        ("file:///etc/passwd", "only http"),
        ("javascript:alert(1)", "only http"),
        ("https:///path", "no host"),
        ("https://crm.example/a b", "spaces"),
        ("https://crm.example/\nx", "spaces"),
        ("https://user:pw@crm.example/", "credentials"),
        ("https://crm.example:99999/", "not a valid URL"),
        ("http://[::1/", "not a valid URL"),
    ],
)
def test_urls_that_cannot_receive_webhooks(url: str, problem: str) -> None:
    found = url_problem(url)
    assert found is not None and problem in found


def test_urls_that_can() -> None:
    for url in ("https://crm.example/hooks", "http://127.0.0.1:8080/x?token=1", "HTTPS://A.B/"):
        assert url_problem(url) is None, url


def test_secrets_and_queries_stay_out_of_sight() -> None:
    assert secret_hint("a-long-secret-value-1234") == "…1234"
    assert safe_url("https://crm.example/hooks?token=abc") == "https://crm.example/hooks"


def test_a_full_intake_drops_events_loudly_and_unwanted_ones_are_not_kept(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from agent_desktop.protocol import CallEnded, CallUpdated
    from server_stub.integration.dispatcher import DeliverySettings, WebhookDispatcher

    dispatcher = WebhookDispatcher(
        None,  # type: ignore[arg-type]  # not started: only the intake is used
        lambda: 0.0,
        DeliverySettings(queue_limit=2),
    )
    dispatcher.subscribe(
        [
            {"id": 1, "url": "https://a.example/", "events": ["call_ended"], "enabled": 1},
            {"id": 2, "url": "https://b.example/", "events": ["call_updated"], "enabled": 0},
        ]
    )
    ended = CallEnded(id="c1", direction="inbound", started_at=1.0)
    updated = CallUpdated(id="c1", direction="inbound", started_at=1.0)
    dispatcher.observe(updated, {}, 1.0)  # only a disabled webhook wants it: not kept
    assert dispatcher.backlog == 0
    for _ in range(3):
        dispatcher.observe(ended, {"id": "c1"}, 1.0)
    assert (dispatcher.backlog, dispatcher.dropped) == (2, 1)
    assert any(
        r.levelname == "ERROR" and "call_ended event dropped" in r.getMessage()
        for r in caplog.records
    )
