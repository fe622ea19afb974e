"""Voicemail and callbacks for agents and leads (issue 14): `/api/v1/voicemails` (the boxes
the caller sees: its own and its queues'; a lead's teams' agents and queues; an admin's
all), the audio, marking handled, one click call back; `/api/v1/callbacks` (leads: the
callbacks of their teams' queues). The admin listings stay under /admin (flows/http.py)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import FileResponse

from agent_desktop.protocol import CallRecord
from agent_desktop.protocol.flows import CallbackRequest, Voicemail, VoicemailUpdate
from server_stub.api.deps import AnyUser, ServicesDep, Supervisor
from server_stub.api.params import limit as limit_of
from server_stub.calls.http import dial_number

router = APIRouter(tags=["voicemail"])
VoicemailId = Annotated[str, Path(max_length=80, pattern=r"^[A-Za-z0-9_.-]+$")]
Status = Annotated[Literal["new", "handled"] | None, Query()]
CallbackStatus = Annotated[
    Literal["open", "queued", "calling", "retry", "done", "failed"] | None, Query()
]


@router.get("/voicemails", response_model=list[Voicemail])
async def voicemails(
    me: AnyUser,
    svc: ServicesDep,
    status: Status = None,
    box: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, limit_of(500)] = 100,
) -> list[Voicemail]:
    """The messages of the boxes I see, newest first (`status=new`: the unhandled ones)."""
    return await svc.voicemails.visible(me, status, box, limit)


@router.get("/voicemails/{voicemail_id}", response_model=Voicemail)
async def voicemail(voicemail_id: VoicemailId, me: AnyUser, svc: ServicesDep) -> Voicemail:
    return await svc.voicemails.get(me, voicemail_id)


@router.get("/voicemails/{voicemail_id}/audio", response_class=FileResponse)
async def voicemail_audio(voicemail_id: VoicemailId, me: AnyUser, svc: ServicesDep) -> FileResponse:
    """The message as WAV (the caller's own audio)."""
    return FileResponse(await svc.voicemails.audio(me, voicemail_id), media_type="audio/wav")


@router.patch("/voicemails/{voicemail_id}", response_model=Voicemail)
async def update_voicemail(
    voicemail_id: VoicemailId, body: VoicemailUpdate, me: AnyUser, svc: ServicesDep
) -> Voicemail:
    """`{"status": "handled"}` records who and when; `"new"` reopens it."""
    return await svc.voicemails.set_status(me, voicemail_id, body.status)


@router.post("/voicemails/{voicemail_id}/call-back", response_model=CallRecord, status_code=201)
async def call_back(voicemail_id: VoicemailId, me: AnyUser, svc: ServicesDep) -> CallRecord:
    """Call the caller back: my outbound call (my phone first, then theirs), as click-to-dial."""
    return await svc.voicemails.call_back(
        me, voicemail_id, lambda who, number: dial_number(svc, who, number)
    )


@router.get("/callbacks", response_model=list[CallbackRequest])
async def callbacks(
    me: Supervisor,
    svc: ServicesDep,
    status: CallbackStatus = None,
    limit: Annotated[int, limit_of(500)] = 100,
) -> list[CallbackRequest]:
    """Callback requests of the queues I see (a lead: its teams' queues), newest first, with
    their attempts and the outcome of the latest."""
    boxes = svc.voicemails.boxes_of(me)
    rows = await svc.flows.callbacks(500)
    return [
        r
        for r in rows
        if (boxes is None or r.queue in boxes) and (status is None or r.status == status)
    ][:limit]
