"""SIP edge: Kamailio registrar, dispatcher to media workers and flood guard."""

from server_stub.edge.config import EdgeSettings, WorkerSpec, render_config
from server_stub.edge.credentials import SipCredentials, issue_sip_credentials

__all__ = [
    "EdgeSettings",
    "SipCredentials",
    "WorkerSpec",
    "issue_sip_credentials",
    "render_config",
]
