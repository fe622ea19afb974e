"""The campaign shapes of `/api/v1/campaigns` as the desktop reads and sends them (no Qt).

Responses ignore fields they do not know, so a newer server's additions do not break the
desktop; every figure defaults, so a campaign without calls yet still reads."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Mode = Literal["preview", "progressive", "predictive", "broadcast"]
MODES: tuple[Mode, ...] = ("preview", "progressive", "predictive", "broadcast")
STATES = ("draft", "running", "paused", "stopped", "done")
RESULTS = ("busy", "no_answer", "failed", "machine")  # the retry rules, one per result
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Figures(_Response):
    contacts_total: int = 0
    contacts_left: int = 0
    dialled: int = 0
    answered: int = 0
    dropped: int = 0
    drop_rate: float = 0.0  # 0..1
    answer_rate: float = 0.0  # 0..1
    dial_rate_per_min: float = 0.0
    agents: int = 0

    @property
    def progress(self) -> float:
        """Share of the list done (0..1)."""
        if self.contacts_total <= 0:
            return 0.0
        return max(0.0, min(1.0, 1 - self.contacts_left / self.contacts_total))


class Campaign(_Response):
    id: int
    name: str
    mode: str = "preview"
    state: str = "draft"
    queue: str | None = None
    caller_id: str | None = None
    figures: Figures = Field(default_factory=Figures)
    dispositions: list[str] = Field(default_factory=list)
    script: str | None = None
    message: str | None = None
    dialling: bool = True  # false: running but not dialling now (`reason`, e.g. hours)
    reason: str | None = None


class RetryRule(BaseModel):
    max: int = Field(ge=1, le=20)
    spacing_s: int = Field(ge=0, le=7 * 86400)


class CampaignInput(BaseModel):
    """The body of `POST /campaigns` (the wizard's answers)."""

    name: str = Field(min_length=1, max_length=200)
    mode: Mode
    queue: str = Field(min_length=1)
    caller_id: str = ""
    hours: dict[str, list[list[str]]] = Field(default_factory=dict)
    timezone: str | None = None
    retry: dict[str, RetryRule] = Field(default_factory=dict)
    dispositions: list[str] = Field(default_factory=list)
    script: str = ""
    message: str = ""
    drop_ceiling: float = Field(default=0.03, ge=0, le=1)
    transfer_queue: str | None = None
    permission: str | None = None  # local | national | international; None: its agents'
    amd: bool = False  # answering-machine detection (predictive, broadcast)
    machine_message: bool = False  # a machine hears the message (else: hung up)


class RowError(_Response):
    row: int = 0
    error: str = ""


class ImportReport(_Response):
    """An import's (or a dry run's) counts; a dry run also lists the rows it would refuse."""

    imported: int = 0
    duplicates: int = 0
    invalid: int = 0
    errors: list[RowError] = Field(default_factory=list)


class StartAnswer(_Response):
    state: str = ""
    dialling: bool = True
    reason: str | None = None


class Contact(_Response):
    id: int
    number: str
    name: str | None = None
    fields: dict[str, Any] | None = None
    attempts: int = 0


class MyCampaign(Campaign):
    """`GET /campaigns/mine`: a campaign I joined and the contact being called for me."""

    current: dict[str, Any] | None = None

    def current_contact(self) -> Contact | None:
        contact = (self.current or {}).get("contact")
        return Contact.model_validate(contact) if contact else None


class Preview(_Response):
    """The next contact reserved for this agent, with what happened on earlier attempts."""

    contact: Contact
    history: list[dict[str, Any]] = Field(default_factory=list)


class DncEntry(_Response):
    """A do-not-call number (禁呼): never dialled by any campaign."""

    number: str
    note: str | None = None
    added_by: str | None = None
    added_at: float | None = None
