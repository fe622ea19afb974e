"""Agents: live state (the state machine applied), profiles, and their HTTP endpoints."""
