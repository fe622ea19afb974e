"""Tests of inbound flows (issue 14)."""
