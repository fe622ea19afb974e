"""Request bodies of the campaign endpoints (shapes in docs/outbound.md). The settings'
meaning (hours, retries, mode) is checked by the service with a message naming the field."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class CampaignInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    mode: str
    queue: str = Field(min_length=1, max_length=64)
    caller_id: str = Field(min_length=1, max_length=32)
    hours: dict[str, Any] = Field(default_factory=dict)
    timezone: str | None = None
    retry: dict[str, Any] = Field(default_factory=dict)
    dispositions: list[str] = Field(default_factory=list, max_length=50)
    script: str = Field(default="", max_length=20000)
    message: str = Field(default="", max_length=2000)
    drop_ceiling: float = Field(default=0.03, ge=0.0, le=0.5)
    transfer_queue: str | None = None
    lines: int = Field(default=10, ge=1, le=200)  # broadcast: calls at once
    # the numbers its customer-first calls may reach (local, national, international);
    # None: the narrowest grant of its agents (docs/outbound.md, outbound permissions)
    permission: str | None = None
    # answering-machine detection on customer-first calls; a machine hears the message
    # (machine_message) or is hung up, and the contact follows the `machine` retry rule
    amd: bool = True
    machine_message: bool = False


class SkipRequest(BaseModel):
    reason: str = Field(min_length=1, max_length=200)


class ResultRequest(BaseModel):
    disposition: str = Field(min_length=1, max_length=100)
    callback_at: float | None = Field(default=None, ge=0)
    note: str = Field(default="", max_length=2000)


class DncRequest(BaseModel):
    numbers: list[str] = Field(min_length=1, max_length=10000)
    note: str = Field(default="", max_length=200)
