"""REST client of the coordinator API (`/api/v1`) on one httpx.AsyncClient; token in memory."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from agent_desktop.cti.errors import (
    ApiError,
    InvalidCredentials,
    NotAvailable,
    RateLimited,
    ServerUnreachable,
    Unauthorized,
)
from agent_desktop.protocol import (
    API_PREFIX,
    AgentDirectory,
    AgentStateView,
    CallList,
    CallRecord,
    ConsultView,
    Customer,
    CustomerInput,
    CustomerList,
    DispositionRequest,
    Health,
    LoginRequest,
    LoginResponse,
    StateChangeRequest,
    TransferTargets,
    WrapUpRequest,
)

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def normalise_server_url(text: str) -> str:
    """`host:port` or a full URL → `http(s)://host:port` without a trailing slash or API path."""
    url = text.strip().rstrip("/")
    if not url:
        raise ValueError("empty server address")
    if "://" not in url:
        url = "http://" + url
    if url.endswith(API_PREFIX):
        url = url[: -len(API_PREFIX)]
    parsed = httpx.URL(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"not an http(s) server address: {text!r}")
    return url


class CtiClient:
    """One signed-in session's REST calls; raises `CtiError` subclasses, never httpx errors."""

    def __init__(
        self,
        server_url: str,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self.server_url = normalise_server_url(server_url)
        self._http = httpx.AsyncClient(
            base_url=self.server_url + API_PREFIX, timeout=timeout, transport=transport
        )
        self._token: str | None = None

    @property
    def token(self) -> str | None:
        return self._token

    @property
    def http(self) -> httpx.AsyncClient:
        """The session's HTTP client (base URL `…/api/v1`), shared with the KB panel."""
        return self._http

    @property
    def events_url(self) -> str:
        """WebSocket URL of the event stream (without token or `since`)."""
        base = self.server_url.replace("https://", "wss://", 1).replace("http://", "ws://", 1)
        return base + API_PREFIX + "/events"

    async def close(self) -> None:
        await self._http.aclose()

    # -- plumbing ---------------------------------------------------------------------
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        feature: bool = False,
        files: dict[str, Any] | None = None,
        data: dict[str, Any] | None = None,
    ) -> Any:
        """Any endpoint under /api/v1, with the session's token; errors as `CtiError`s.
        `feature=True` maps a 404/405 to `FeatureUnavailable` (an older server);
        `files` (+ `data`) send a multipart form instead of JSON."""
        return await self._request(
            method, path, json=json, params=params, feature=feature, files=files, data=data
        )

    async def download(self, path: str, target: Path) -> int:
        """Stream a file endpoint into `target` (written beside it, then renamed); bytes.
        On any failure (refusal, dropped connection, full disk, cancel) nothing is left
        behind: no target, no `<target>.part`."""
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        partial = target.with_name(target.name + ".part")
        size = 0
        try:
            async with self._http.stream("GET", path, headers=headers) as response:
                if response.status_code >= 400:
                    await response.aread()
                    raise _error(response, False)
                with partial.open("wb") as out:
                    async for chunk in response.aiter_bytes(65536):
                        out.write(chunk)
                        size += len(chunk)
            partial.replace(target)
        except httpx.HTTPError as exc:
            partial.unlink(missing_ok=True)
            raise ServerUnreachable(f"{type(exc).__name__}: {exc}") from exc
        except (asyncio.CancelledError, Exception):
            partial.unlink(missing_ok=True)
            raise
        return size

    async def _request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        feature: bool = False,
        files: dict[str, Any] | None = None,
        data: dict[str, Any] | None = None,
    ) -> Any:
        headers = {"Authorization": f"Bearer {self._token}"} if self._token else {}
        try:
            response = await self._http.request(
                method, path, json=json, params=params, headers=headers, files=files, data=data
            )
        except httpx.HTTPError as exc:  # connect, timeout, protocol, TLS
            raise ServerUnreachable(f"{type(exc).__name__}: {exc}") from exc
        if response.status_code < 400:
            return response.json() if response.content else None
        raise _error(response, feature)

    async def _model(self, model: type[M], method: str, path: str, **kwargs: Any) -> M:
        return model.model_validate(await self._request(method, path, **kwargs))

    # -- session ----------------------------------------------------------------------
    async def health(self) -> Health:
        return await self._model(Health, "GET", "/health")

    async def login(
        self, agent_id: str, password: str, device_id: str | None = None
    ) -> LoginResponse:
        body = LoginRequest(agent_id=agent_id, password=password, device_id=device_id).model_dump(
            exclude_none=True
        )
        response = await self._model(LoginResponse, "POST", "/auth/login", json=body)
        self._token = response.token
        return response

    async def logout(self) -> None:
        try:
            if self._token:
                await self._request("POST", "/auth/logout")
        finally:
            self._token = None

    async def me(self) -> LoginResponse:
        return await self._model(LoginResponse, "GET", "/agents/me")

    # -- agent state ------------------------------------------------------------------
    async def state(self) -> AgentStateView:
        return await self._model(AgentStateView, "GET", "/agents/me/state")

    async def set_state(
        self, state: str, reason: str | None = None, after_call: bool = False
    ) -> AgentStateView:
        body = StateChangeRequest(
            state=state,  # type: ignore[arg-type]
            reason=reason,
            after_call=after_call,
        ).model_dump()
        return await self._model(AgentStateView, "POST", "/agents/me/state", json=body)

    async def wrap_up(self, action: str, seconds: float = 30) -> AgentStateView:
        body = WrapUpRequest(action=action, seconds=seconds).model_dump()  # type: ignore[arg-type]
        return await self._model(AgentStateView, "POST", "/agents/me/wrap-up", json=body)

    async def my_calls(self) -> CallList:
        return await self._model(CallList, "GET", "/agents/me/calls")

    # -- calls --------------------------------------------------------------------------
    async def disposition(self, call_id: str, request: DispositionRequest) -> CallRecord:
        return await self._model(
            CallRecord, "POST", f"/calls/{call_id}/disposition", json=request.model_dump()
        )

    async def dial(self, number: str) -> CallRecord:
        return await self._model(
            CallRecord, "POST", "/calls/dial", json={"to": number}, feature=True
        )

    async def hold(self, call_id: str, on_hold: bool) -> Any:
        return await self._request(
            "POST", f"/calls/{call_id}/hold", json={"on_hold": on_hold}, feature=True
        )

    async def directory(self) -> AgentDirectory:
        """The presence directory: signed-in colleagues, their state, calls to pick up."""
        return await self._model(AgentDirectory, "GET", "/calls/directory", feature=True)

    async def internal_call(self, target: str) -> CallRecord:
        """Internal call (内线) to a colleague by agent ID: my phone rings first."""
        return await self._model(
            CallRecord, "POST", "/calls/internal", json={"target": target}, feature=True
        )

    async def pickup(self, call_id: str) -> None:
        """Pickup (代答): a colleague's ringing call rings my phone instead."""
        await self._request("POST", f"/calls/{call_id}/pickup", feature=True)

    async def transfer_targets(self, call_id: str) -> TransferTargets:
        return await self._model(TransferTargets, "GET", f"/calls/{call_id}/transfer-targets")

    async def transfer(self, call_id: str, kind: str, target: str, note: str = "") -> Any:
        body = {"kind": kind, "target": target}
        if note:  # to the receiving agent's screen-pop (older servers: no note)
            body["note"] = note
        return await self._request(
            "POST",
            f"/calls/{call_id}/transfer",
            json=body,
            feature=True,
        )

    async def consult(self, call_id: str, kind: str, target: str, note: str = "") -> ConsultView:
        """Consult (咨询): hold my caller and call `target`; see docs/call-control.md."""
        return await self._model(
            ConsultView,
            "POST",
            f"/calls/{call_id}/consult",
            json={"kind": kind, "target": target, "note": note},
            feature=True,
        )

    async def consult_step(self, call_id: str, step: str) -> ConsultView | None:
        """`complete` (attended transfer), `cancel` (back to the caller), `swap`, or
        `conference` (three-way): the consult as it is now (None once it is over)."""
        path = (
            f"/calls/{call_id}/conference"
            if step == "conference"
            else (f"/calls/{call_id}/consult/{step}")
        )
        body = await self._request("POST", path, feature=True)
        return ConsultView.model_validate(body) if body else None

    async def conference_drop(self, call_id: str, party: str) -> None:
        """Drop one party of my conference (an agent ID or a number; my own ID: I leave)."""
        await self._request("DELETE", f"/calls/{call_id}/conference/{party}", feature=True)

    # -- customers ------------------------------------------------------------------------
    async def match_customer(self, phone: str) -> Customer | None:
        found = await self._model(CustomerList, "GET", "/customers", params={"phone": phone})
        return found.customers[0] if found.customers else None

    async def get_customer(self, customer_id: int) -> Customer:
        return await self._model(Customer, "GET", f"/customers/{customer_id}")

    async def customer_history(self, customer_id: int) -> list[CallRecord]:
        rows = await self._request("GET", f"/customers/{customer_id}/history")
        return [CallRecord.model_validate(r) for r in rows]

    async def create_customer(self, data: CustomerInput) -> Customer:
        return await self._model(Customer, "POST", "/customers", json=data.model_dump())

    async def update_customer(self, customer_id: int, data: CustomerInput) -> Customer:
        return await self._model(
            Customer, "PUT", f"/customers/{customer_id}", json=data.model_dump()
        )


def _error(response: httpx.Response, feature: bool) -> ApiError:
    """Map an error response to the matching exception (body `{error_id, message}`)."""
    status = response.status_code
    details: list[dict[str, Any]] = []
    try:
        body = response.json()
        error_id, message = str(body.get("error_id", "")), str(body.get("message", ""))
        raw = body.get("details") or body.get("errors") or []
        details = [d for d in raw if isinstance(d, dict)] if isinstance(raw, list) else []
    except (ValueError, AttributeError):
        error_id, message = "http_error", response.text[:200]
    if status == 401:
        cls = InvalidCredentials if error_id == "invalid_credentials" else Unauthorized
        return cls(status, error_id, message)
    if status == 429:
        try:
            retry_after = float(response.headers.get("Retry-After", "60"))
        except ValueError:
            retry_after = 60.0
        return RateLimited(status, error_id, message, retry_after)
    if feature and (status == 405 or (status == 404 and message == "Not Found")):
        return NotAvailable(status, error_id, message)
    return ApiError(status, error_id, message, details)
