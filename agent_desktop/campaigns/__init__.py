"""Outbound campaigns (外呼) on the desktop: the agents' campaign bar and preview panel, the
leads' Campaigns tab with the wizard and the live monitor (docs/outbound.md)."""
