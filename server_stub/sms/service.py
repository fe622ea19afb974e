"""SMS service (短信): every message is logged before it is handed to the gateway, then
marked sent or failed with the gateway's answer, so nothing is lost and a failed one can be
sent again. Gateway settings are an admin setting (`settings` key `sms_gateway`)."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agent_desktop.protocol.sms import (
    SmsGateway,
    SmsGatewayInput,
    SmsMessage,
    SmsMessageList,
    SmsSendRequest,
    SmsTemplate,
)
from server_stub.auth.access import Access
from server_stub.auth.service import Principal
from server_stub.errors import Conflict, InvalidInput, NotFound, ServiceError, Unavailable
from server_stub.sms.gateways import GatewayError, make_gateway
from server_stub.store import StoreRunner
from server_stub.store import messages as store
from server_stub.store.base import Row

log = logging.getLogger(__name__)
SETTING = "sms_gateway"
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class SmsGatewayFailed(ServiceError):
    error_id = "sms_gateway_error"
    status = 502


class SmsGatewayMissing(Unavailable):
    error_id = "sms_gateway_missing"


class SmsAlreadySent(Conflict):
    error_id = "sms_already_sent"


def render(template: str, values: dict[str, str]) -> str:
    missing = sorted({m for m in _PLACEHOLDER.findall(template) if m not in values})
    if missing:
        raise InvalidInput(
            "the template needs " + ", ".join("{" + m + "}" for m in missing),
            field="params",
            missing=missing,
        )
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


class SmsService:
    def __init__(
        self,
        runner: StoreRunner,
        access: Access,
        data_dir: Path,
        clock: Callable[[], float],
    ) -> None:
        self._runner = runner
        self._access = access
        self._data_dir = data_dir
        self._clock = clock

    # --- gateway ------------------------------------------------------------------------

    async def _settings(self) -> dict[str, Any] | None:
        raw = await self._runner.run(lambda s: s.get_setting(SETTING))
        return json.loads(raw) if raw else None

    async def gateway(self) -> SmsGateway:
        s = await self._settings() or {"kind": "none"}
        return SmsGateway(**{**s, "header_names": sorted(s.get("headers", {}))})

    async def set_gateway(self, body: SmsGatewayInput, actor: str) -> SmsGateway:
        value = json.dumps(body.model_dump(), ensure_ascii=False)
        await self._runner.run(lambda s: s.set_setting(SETTING, value))
        log.info("SMS gateway set by %s: %s %s", actor, body.kind, body.url or body.file_name or "")
        return await self.gateway()

    # --- templates ----------------------------------------------------------------------

    async def templates(self) -> list[SmsTemplate]:
        rows = await self._runner.run(store.list_templates)
        return [SmsTemplate(**r) for r in rows]

    async def save_template(self, name: str, text: str, actor: str) -> SmsTemplate:
        now = self._clock()
        await self._runner.run(lambda s: store.save_template(s, name, text, now))
        log.info("SMS template %s saved by %s", name, actor)
        return SmsTemplate(name=name, text=text, updated_at=now)

    async def delete_template(self, name: str, actor: str) -> None:
        if not await self._runner.run(lambda s: store.delete_template(s, name)):
            raise NotFound(f"no SMS template {name}")
        log.info("SMS template %s deleted by %s", name, actor)

    # --- sending ------------------------------------------------------------------------

    async def send(self, body: SmsSendRequest, me: Principal) -> SmsMessage:
        customer_id = body.customer_id
        phones = await self._runner.run(lambda s: store.customer_phones(s, customer_id))
        if phones is None:
            raise InvalidInput(f"no customer {customer_id}", field="customer_id")
        if body.phone is not None and body.phone not in phones:
            raise InvalidInput(
                f"{body.phone} is not a number of customer {customer_id}", field="phone"
            )
        phone = body.phone or (phones[0] if phones else None)
        if phone is None:
            raise InvalidInput(f"customer {customer_id} has no phone number", field="customer_id")
        text = body.text
        if body.template is not None:
            name = body.template
            template = await self._runner.run(lambda s: store.get_template(s, name))
            if template is None:
                raise InvalidInput(f"no SMS template {name}", field="template")
            customer = await self._runner.run(lambda s: store.customer_name(s, customer_id))
            text = render(
                template["text"], {"customer": customer, "agent": me.agent_id, **body.params}
            )
        assert text is not None
        if len(text) > 1000:
            raise InvalidInput("the message is longer than 1000 characters", field="text")
        settings = await self._settings()
        row: Row = {
            "customer_id": customer_id,
            "phone": phone,
            "text": text,
            "template": body.template,
            "sent_by": me.agent_id,
            "created_at": self._clock(),
            "status": "queued",
            "gateway": (settings or {}).get("kind", "none"),
        }
        message_id = await self._runner.run(lambda s: store.insert_message(s, row))
        log.info(
            "SMS %d to %s (customer %d) by %s queued (%d characters)",
            message_id,
            phone,
            customer_id,
            me.agent_id,
            len(text),
        )
        return await self._deliver(message_id, settings)

    async def _deliver(self, message_id: int, settings: dict[str, Any] | None) -> SmsMessage:
        row = await self._runner.run(lambda s: store.get_message(s, message_id))
        assert row is not None
        gateway = make_gateway(settings, self._data_dir)
        if gateway is None:
            error = "no SMS gateway is configured (an admin sets one)"
            await self._runner.run(
                lambda s: store.update_message(
                    s, message_id, {"status": "failed", "error": error, "gateway": "none"}
                )
            )
            log.warning("SMS %d not sent: %s", message_id, error)
            raise SmsGatewayMissing(error, message_id=message_id)
        try:
            gateway_id = await gateway.send(message_id, row["phone"], row["text"])
        except GatewayError as exc:
            error = str(exc)
            await self._runner.run(
                lambda s: store.update_message(
                    s, message_id, {"status": "failed", "error": error, "gateway": gateway.kind}
                )
            )
            log.warning("SMS %d to %s failed: %s", message_id, row["phone"], error)
            raise SmsGatewayFailed(
                f"the message was kept but not sent: {error}", message_id=message_id
            ) from None
        now = self._clock()
        await self._runner.run(
            lambda s: store.update_message(
                s,
                message_id,
                {
                    "status": "sent",
                    "error": None,
                    "gateway": gateway.kind,
                    "gateway_id": gateway_id,
                    "sent_at": now,
                },
            )
        )
        log.info(
            "SMS %d to %s sent via %s (%s)", message_id, row["phone"], gateway.kind, gateway_id
        )
        return await self.message(message_id)

    async def message(self, message_id: int) -> SmsMessage:
        row = await self._runner.run(lambda s: store.get_message(s, message_id))
        if row is None:
            raise NotFound(f"no SMS {message_id}")
        return SmsMessage(**row)

    def _senders(self, me: Principal) -> list[str] | None:
        if not me.is_supervisor:
            return [me.agent_id]
        scope = self._access.scope(me.agent_id, me.role)
        return None if scope is None else sorted(scope)

    async def retry(self, message_id: int, me: Principal) -> SmsMessage:
        found = await self.message(message_id)
        senders = self._senders(me)
        if senders is not None and found.sent_by not in senders:
            raise NotFound(f"no SMS {message_id}")
        if found.status == "sent":
            raise SmsAlreadySent(f"SMS {message_id} was sent already")
        log.info("SMS %d: sending again (by %s)", message_id, me.agent_id)
        return await self._deliver(message_id, await self._settings())

    async def messages(
        self, me: Principal, filters: Row, limit: int, offset: int
    ) -> SmsMessageList:
        senders = self._senders(me)
        rows, total = await self._runner.run(
            lambda s: store.list_messages(s, senders, filters, limit, offset)
        )
        return SmsMessageList(messages=[SmsMessage(**r) for r in rows], total=total)
