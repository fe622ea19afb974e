"""Endpoints: recording metadata and audio, for leads/admins or the agent who took the call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.responses import FileResponse

from agent_desktop.protocol.admin import Permission
from server_stub.api.deps import AnyUser, ServicesDep
from server_stub.auth.service import Principal
from server_stub.errors import Forbidden, NotFound

router = APIRouter(prefix="/recordings", tags=["recordings"])


async def _recording(recording_id: str, me: Principal, svc: Any) -> tuple[dict[str, Any], Path]:
    row = await svc.runner.run(lambda s: s.get_recording(recording_id))
    if row is None:
        raise NotFound(f"no recording {recording_id}")
    call = await svc.runner.run(lambda s: s.get_call(row["call_id"]))
    own = call is not None and call["agent_id"] == me.agent_id
    if not own and not me.can(Permission.LISTEN_RECORDINGS):
        raise Forbidden("only leads, admins and the agent who took the call may hear it")
    root = svc.config.recordings_dir.resolve()
    path = Path(row["path"]).resolve()
    # The path comes from our own index, but never serve anything outside the folder.
    if not path.is_relative_to(root) or not path.is_file():
        raise NotFound(f"recording {recording_id} has no audio file")
    if path.stat().st_size <= 44:  # a header and nothing else is not a recording
        raise NotFound(f"recording {recording_id} is empty")
    return row, path


@router.get("/{recording_id}")
async def recording(recording_id: str, me: AnyUser, svc: ServicesDep) -> dict[str, Any]:
    row, _ = await _recording(recording_id, me, svc)
    return {k: row[k] for k in ("id", "call_id", "started_at", "duration", "size")}


@router.get("/{recording_id}/audio", response_class=FileResponse)
async def recording_audio(recording_id: str, me: AnyUser, svc: ServicesDep) -> FileResponse:
    row, path = await _recording(recording_id, me, svc)
    await svc.runner.run(
        lambda s: s.audit(
            svc.clock(), me.agent_id, "recording_played", recording_id, {"call_id": row["call_id"]}
        )
    )
    return FileResponse(path, media_type="audio/wav", filename=f"{row['call_id']}.wav")
