"""Voicemail (and leads' callbacks) in the desktop: list, play, mark handled, call back."""
