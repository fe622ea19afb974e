"""Webhooks and the URL pop (issue 18, 对接接口)."""
