"""Maps service errors and validation failures to JSON bodies `{error_id, message, details}`."""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from server_stub.errors import DatabaseBusy, RateLimited, ServiceError

log = logging.getLogger(__name__)


def _body(
    error_id: str, message: str, details: list[dict[str, object]] | None = None
) -> dict[str, object]:
    return {"error_id": error_id, "message": message, "details": details or []}


def install(app: FastAPI) -> None:
    @app.exception_handler(ServiceError)
    async def service_error(_: Request, exc: ServiceError) -> JSONResponse:
        headers = {}
        if isinstance(exc, (RateLimited, DatabaseBusy)):
            headers["Retry-After"] = str(max(1, int(exc.retry_after + 0.999)))
        if exc.status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        return JSONResponse(
            _body(exc.error_id, exc.message, [exc.details] if exc.details else None),
            status_code=exc.status,
            headers=headers,
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        # Never echo the submitted values back: they may hold a password.
        details = [
            {"loc": list(e.get("loc", ())), "type": e.get("type"), "msg": e.get("msg")}
            for e in exc.errors()
        ]
        kinds = {e["type"] for e in details}
        error_id = "malformed_json" if "json_invalid" in kinds else "invalid_input"
        return JSONResponse(
            _body(error_id, "the request body or parameters are invalid", details), status_code=422
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:  # FastAPI could not parse the body (not even as JSON)
            return JSONResponse(
                _body("malformed_json", "the request body is not valid JSON"), status_code=422
            )
        error_id = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = _allowed_methods(app, request)
        return JSONResponse(
            _body(error_id, str(exc.detail)), status_code=exc.status_code, headers=headers
        )

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return JSONResponse(_body("internal_error", "internal server error"), status_code=500)


def _allowed_methods(app: FastAPI, request: Request) -> str:
    """Every method the OpenAPI document lists for this path (Starlette's own 405 names
    only the first matching route's methods)."""
    path = request.url.path
    methods: set[str] = set()
    for template, operations in app.openapi().get("paths", {}).items():
        if re.fullmatch(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)), path):
            methods |= {m.upper() for m in operations if m.upper() in _METHODS}
    return ", ".join(sorted(methods))


_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
