"""Agent desktop: the PySide6 agent workstation. This package root never imports Qt."""

__version__ = "0.1.0"
