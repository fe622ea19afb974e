"""Calls: the ACD call lifecycle (`service.py`, around the live calls of `live.py`),
transfers, click-to-dial, monitoring, call records (CDR) and dispositions, and their
endpoints."""
