"""Helpers shared by tests: tone generation and detection, free ports, process control."""
