"""Inbound flows (IVR as data): documents, time groups, simulate, look-ups, voicemail."""
