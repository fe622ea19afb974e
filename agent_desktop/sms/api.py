"""The SMS endpoints (/api/v1/sms) over the app's `CtiClient`; no Qt."""

from __future__ import annotations

from agent_desktop.cti import CtiClient
from agent_desktop.protocol.sms import SmsMessage, SmsMessageList, SmsSendRequest, SmsTemplate


class SmsApi:
    """Every method raises `CtiError` subclasses (the server's error id and message)."""

    def __init__(self, client: CtiClient) -> None:
        self.client = client

    async def templates(self) -> list[SmsTemplate]:
        raw = await self.client.request("GET", "/sms/templates", feature=True)
        return [SmsTemplate.model_validate(t) for t in raw]

    async def send(self, body: SmsSendRequest) -> SmsMessage:
        raw = await self.client.request(
            "POST", "/sms", json=body.model_dump(exclude_none=True), feature=True
        )
        return SmsMessage.model_validate(raw)

    async def log(self, customer_id: int) -> SmsMessageList:
        raw = await self.client.request(
            "GET", "/sms", params={"customer_id": customer_id, "limit": 20}, feature=True
        )
        return SmsMessageList.model_validate(raw)
