"""Coordination server: ACD queues, agent state, IVR flow logic, records, REST + WebSocket API."""

__version__ = "0.1.0"
