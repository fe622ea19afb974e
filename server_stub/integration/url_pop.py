"""URL pop: a queue's (or an inbound number's) CRM URL template, checked when an admin saves
it and filled with the call's fields, each URL-encoded, when the call is offered."""

from __future__ import annotations

import logging
import string
from collections.abc import Mapping
from urllib.parse import quote

from agent_desktop.protocol import CallRecord, Customer
from server_stub.integration.signing import url_problem

log = logging.getLogger(__name__)
# The fields a template may use, e.g. https://crm.example/pop?ani={ani}&call={call_id}
FIELDS = ("ani", "dnis", "call_id", "queue", "agent_id", "customer_id", "direction")
POP_ON = ("ring", "answer")
MAX_TEMPLATE_LENGTH = 2000


def template_problem(template: str) -> str | None:
    """Why `template` cannot be a URL pop (None: it can)."""
    if len(template) > MAX_TEMPLATE_LENGTH:
        return f"the URL template may have at most {MAX_TEMPLATE_LENGTH} characters"
    try:
        parts = [(name, spec, conv) for _, name, spec, conv in string.Formatter().parse(template)]
    except ValueError as exc:
        return f"the URL template has an unclosed or stray brace: {exc}"
    fields = [p for p in parts if p[0] is not None]  # None: literal text only
    names = [name for name, _, _ in fields]
    specs = [(spec, conv) for _, spec, conv in fields]
    unknown = sorted({n or "" for n in names if n not in FIELDS})
    if unknown:
        return (
            f"unknown field(s) {', '.join('{' + n + '}' for n in unknown)} in the URL template; "
            f"known: {', '.join('{' + f + '}' for f in FIELDS)}"
        )
    if any(spec or conv for spec, conv in specs):
        return "write fields as {name}, without a format or conversion"
    problem = url_problem(render(template, {f: "x" for f in FIELDS}))
    return f"the URL template {problem[0].lower()}{problem[1:]}" if problem else None


def render(template: str, fields: Mapping[str, object]) -> str:
    """`template` with each field URL-encoded (an unknown value is empty)."""
    values = {
        name: quote("" if fields.get(name) is None else str(fields[name]), safe="")
        for name in FIELDS
    }
    return template.format(**values)


def offer_pop(
    template: tuple[str, str] | None, record: CallRecord, queue: str, customer: Customer | None
) -> tuple[str, str] | None:
    """The offer's URL pop: the template filled with the call's fields, and when."""
    if template is None:
        return None
    fields = {
        "ani": record.ani,
        "dnis": record.dnis,
        "call_id": record.id,
        "queue": queue,
        "agent_id": record.agent_id,
        "customer_id": customer.id if customer else record.customer_id,
        "direction": record.direction,
    }
    try:
        return render(template[0], fields), template[1]
    except (ValueError, IndexError, KeyError):  # saved before today's checks: never fail a call
        log.warning("URL pop template of queue %s cannot be filled in; skipped", queue)
        return None
