"""Application services (credentials, regions, links, diagnostics: no Qt) and the wiring
of presenters and views that the composition root uses (`wiring.py`, Qt)."""
