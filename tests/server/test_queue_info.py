"""`GET /queues` and the sign-in answer describe a queue the same way (one queue_info)."""

from __future__ import annotations

from tests.server.conftest import Server


def test_queue_list_matches_the_sign_in_answer(server: Server) -> None:
    session = server.login("1001")
    listed = server.client.get(
        "/api/v1/queues", headers={"Authorization": f"Bearer {session['token']}"}
    ).json()
    by_name = {q["name"]: q for q in listed}
    assert by_name["sales"]["disposition_required"] is True
    assert by_name["support"]["dids"] == ["4008002000"]
    for mine in session["queues"]:
        assert {**mine, "level": None} == by_name[mine["name"]]
