"""Endpoints of the knowledge base under /api/v1/kb."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/kb", tags=["knowledge base"])
