"""Plain views of Kamailio RPC answers: workers, registered agents, counters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class WorkerStatus:
    """A media worker as the dispatcher sees it right now."""

    worker_id: str
    sip_uri: str
    flags: str  # AP/AX active, IP/IX inactive, DX disabled, TP trying
    load: int  # calls the edge counts on it
    max_load: int

    @property
    def active(self) -> bool:
        return self.flags.startswith("A")

    @property
    def free_slots(self) -> int:
        return max(0, self.max_load - self.load) if self.active else 0


def parse_dispatcher_list(result: Any) -> list[WorkerStatus]:
    """Workers of set 1 from a ``dispatcher.list`` result."""
    workers: list[WorkerStatus] = []
    for record in (result or {}).get("RECORDS") or []:
        group = record.get("SET", {})
        if group.get("ID") != 1:
            continue
        for target in group.get("TARGETS") or []:
            dest = target.get("DEST", {})
            attrs = dest.get("ATTRS") or {}
            workers.append(
                WorkerStatus(
                    worker_id=str(attrs.get("DUID") or ""),
                    sip_uri=str(dest.get("URI")),
                    flags=str(dest.get("FLAGS")),
                    load=int((dest.get("RUNTIME") or {}).get("DLGLOAD") or 0),
                    max_load=int(attrs.get("MAXLOAD") or 0),
                )
            )
    return sorted(workers, key=lambda w: w.worker_id)


def _ul_contacts(result: Any) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(address of record, its contacts) for each AoR of a ``ul.dump`` result."""
    for domain in (result or {}).get("Domains") or []:
        for aor in domain.get("Domain", {}).get("AoRs") or []:
            info = aor.get("Info", {})
            yield str(info.get("AoR")), [c.get("Contact", {}) for c in info.get("Contacts") or []]


def parse_ul_dump(result: Any) -> dict[str, list[str]]:
    """Address of record -> contact URIs from a ``ul.dump`` result."""
    return {
        aor: [str(c.get("Address")) for c in contacts] for aor, contacts in _ul_contacts(result)
    }


def parse_ul_registrations(result: Any) -> dict[str, str]:
    """Address of record -> a token that changes whenever that phone (re-)registers:
    its contacts with Call-ID and CSeq, from a ``ul.dump`` result (issue 21)."""
    return {
        aor: "; ".join(
            sorted(
                " ".join(str(c.get(k)) for k in ("Address", "Call-ID", "CSeq")) for c in contacts
            )
        )
        for aor, contacts in _ul_contacts(result)
        if contacts
    }


def parse_statistics(result: Any) -> dict[str, int]:
    """``["script:edge_no_worker = 3", ...]`` -> ``{"edge_no_worker": 3}``."""
    stats: dict[str, int] = {}
    for line in result or []:
        name, _, value = str(line).partition(" = ")
        stats[name.split(":", 1)[-1].strip()] = int(value.strip() or 0)
    return stats
