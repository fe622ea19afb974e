"""The OpenAPI document told true: error responses each operation can give, one error body.

FastAPI lists only the success code and its own 422 shape; the API also answers 401/403
(token, role), 404 (unknown ids), 409 (state conflicts), 429 (sign-in limit) and 503 (the
SIP side is missing), every one with `ErrorBody`. `tests/server/test_schema_contract.py`
runs schemathesis over the document to keep it true.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from agent_desktop.protocol import ErrorBody

_PUBLIC = {"/health", "/auth/login"}
_WRITES = {"post", "put", "delete", "patch"}
_DESCRIPTIONS = {
    "401": "no, expired or revoked token (`unauthorized`, `token_expired`), or a wrong "
    "password (`invalid_credentials`)",
    "403": "the caller's role may not do this, or the account is disabled (`forbidden`)",
    "404": "no such id (`not_found`)",
    "409": "the state does not allow it (`conflict`, `illegal_state_transition`, `own_sign_out`)",
    "422": "invalid body or parameters (`invalid_input`, `malformed_json`); values outside "
    "the documented bounds included",
    "429": "too many failed sign-ins or wrong old passwords (`rate_limited`); see `Retry-After`",
    "503": "a part the request needs is not running or configured (`unavailable`)",
}


def _codes(prefix: str, path: str, method: str, op: dict[str, Any]) -> set[str]:
    local = path.removeprefix(prefix)
    codes: set[str] = set()
    if local not in _PUBLIC:
        codes |= {"401", "403"}
    if local == "/auth/login":
        codes |= {"401", "429"}
    if local == "/auth/password":
        codes.add("429")
    if (
        "{" in local
        or local.startswith("/calls/")
        or (method in _WRITES and local not in _PUBLIC and local != "/auth/logout")
    ):
        codes.add("404")  # an id in the path, or one a written body refers to
    if method in _WRITES and local not in _PUBLIC and local != "/auth/logout":
        codes.add("409")
    if op.get("parameters") or op.get("requestBody"):
        codes.add("422")
    if local.startswith("/calls/") and method in _WRITES:
        codes.add("503")
    return codes


def document(app: FastAPI, prefix: str) -> dict[str, Any]:
    """The app's OpenAPI document with every operation's error responses."""
    if app.openapi_schema is not None:
        return app.openapi_schema
    doc = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes
    )
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    schemas["ErrorBody"] = ErrorBody.model_json_schema(ref_template="#/components/schemas/{model}")
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    body = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    for path, operations in doc.get("paths", {}).items():
        for method, op in operations.items():
            responses = op.setdefault("responses", {})
            for code in sorted(_codes(prefix, path, method, op)):
                responses[code] = {"description": _DESCRIPTIONS[code], "content": body}
                if code == "429":
                    responses[code]["headers"] = {
                        "Retry-After": {
                            "description": "seconds to wait",
                            "schema": {"type": "integer"},
                        }
                    }
    app.openapi_schema = doc
    return doc


def install(app: FastAPI, prefix: str) -> None:
    app.openapi = lambda: document(app, prefix)  # type: ignore[method-assign]
