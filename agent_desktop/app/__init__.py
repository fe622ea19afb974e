"""The composition layer: `wiring.py` builds the desktop's object graph (presenters, views,
slices, platform pieces) for `__main__` and the UI tests; nothing else lives here."""
