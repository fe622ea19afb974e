"""CRM REST calls over the session's CtiClient, returning protocol models (no Qt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent_desktop.cti import CtiClient
from agent_desktop.protocol import Customer, CustomerInput, CustomerList
from agent_desktop.protocol.crm import (
    CustomField,
    FollowUp,
    FollowUpInput,
    OwnershipChange,
    PhonebookEntry,
    TransferRequest,
)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class CrmApi:
    def __init__(self, client: CtiClient) -> None:
        self._client = client

    async def _get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        return await self._client.request("GET", path, params=params)

    async def search(self, text: str, offset: int, limit: int) -> CustomerList:
        params = {"q": text, "offset": offset, "limit": limit}
        return CustomerList.model_validate(await self._get("/customers", params))

    async def fields(self) -> list[CustomField]:
        return [CustomField.model_validate(f) for f in await self._get("/admin/fields")]

    async def customer(self, customer_id: int) -> Customer:
        return Customer.model_validate(await self._get(f"/customers/{customer_id}"))

    async def save(self, customer_id: int, data: CustomerInput) -> Customer:
        body = data.model_dump(mode="json")
        answer = await self._client.request("PUT", f"/customers/{customer_id}", json=body)
        return Customer.model_validate(answer)

    async def follow_ups(self, customer_id: int) -> list[FollowUp]:
        rows = await self._get(f"/customers/{customer_id}/follow-ups")
        return [FollowUp.model_validate(r) for r in rows]

    async def add_follow_up(self, customer_id: int, data: FollowUpInput) -> FollowUp:
        body = data.model_dump(mode="json")
        answer = await self._client.request(
            "POST", f"/customers/{customer_id}/follow-ups", json=body
        )
        return FollowUp.model_validate(answer)

    async def appointments(self, until: float) -> list[FollowUp]:
        rows = await self._get("/appointments", {"until": until})
        return [FollowUp.model_validate(r) for r in rows]

    async def finish_appointment(self, follow_up_id: int) -> FollowUp:
        answer = await self._client.request("POST", f"/appointments/{follow_up_id}/done")
        return FollowUp.model_validate(answer)

    async def claim(self, customer_id: int) -> Customer:
        answer = await self._client.request("POST", f"/customers/{customer_id}/claim")
        return Customer.model_validate(answer)

    async def release(self, customer_id: int) -> Customer:
        answer = await self._client.request("POST", f"/customers/{customer_id}/release")
        return Customer.model_validate(answer)

    async def phonebook(self) -> list[PhonebookEntry]:
        rows = await self._get("/phonebook", {"limit": 2000})
        return [PhonebookEntry.model_validate(r) for r in rows]

    # -- leads and admins -------------------------------------------------------------
    async def transfer(self, customer_ids: list[int], to_agent: str | None) -> OwnershipChange:
        body = TransferRequest(customer_ids=customer_ids, to_agent=to_agent).model_dump()
        answer = await self._client.request("POST", "/customers/transfer", json=body)
        return OwnershipChange.model_validate(answer)

    async def export(self, target: Path) -> int:
        """Every customer the caller may see into `target` (XLSX by its suffix, else CSV)."""
        fmt = "xlsx" if target.suffix.lower() == ".xlsx" else "csv"
        return await self._client.download(f"/customers/export?format={fmt}", target)

    async def import_file(self, path: Path) -> int:
        """Upload a CSV/XLSX: the number imported; a 422 `ApiError` lists the bad lines."""
        mime = XLSX if path.suffix.lower() == ".xlsx" else "text/csv"
        answer = await self._client.request(
            "POST", "/customers/import", files={"file": (path.name, path.read_bytes(), mime)}
        )
        return int(answer["imported"])

    async def merge(self, keep_id: int, duplicate_id: int) -> Customer:
        answer = await self._client.request(
            "POST", f"/customers/{keep_id}/merge", json={"duplicate_id": duplicate_id}
        )
        return Customer.model_validate(answer)
