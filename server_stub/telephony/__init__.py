"""Telephony: the coordinator's side of real calls (edge + media workers + IVR + recording)."""
