"""View-models: QObjects with signals and async work, no widgets (QtCore only)."""
