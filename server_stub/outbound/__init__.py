"""Outbound campaigns (外呼任务, issue 17): preview, progressive, predictive and IVR
broadcast campaigns; the pure dialling logic (`engine`), contact-list import
(`contacts`), the service that runs campaigns and its endpoints (docs/outbound.md)."""
