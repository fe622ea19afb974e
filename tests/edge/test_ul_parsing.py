"""ul.dump parsing: contact URIs per agent (lists) and registration tokens (PhoneWatch)
come from one walk over the same result."""

from __future__ import annotations

from server_stub.edge.status import parse_ul_dump, parse_ul_registrations

DUMP = {
    "Domains": [
        {
            "Domain": {
                "AoRs": [
                    {
                        "Info": {
                            "AoR": "1001",
                            "Contacts": [
                                {"Contact": {"Address": "sip:1001@a", "Call-ID": "x", "CSeq": 3}},
                                {"Contact": {"Address": "sip:1001@b", "Call-ID": "y", "CSeq": 1}},
                            ],
                        }
                    },
                    {"Info": {"AoR": "1002", "Contacts": []}},
                ]
            }
        }
    ]
}


def test_contacts_and_registration_tokens() -> None:
    assert parse_ul_dump(DUMP) == {"1001": ["sip:1001@a", "sip:1001@b"], "1002": []}
    assert parse_ul_registrations(DUMP) == {"1001": "sip:1001@a x 3; sip:1001@b y 1"}
    assert parse_ul_dump(None) == {} and parse_ul_registrations({}) == {}
