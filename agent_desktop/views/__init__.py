"""Widgets only: they render presenters' state and forward user actions to them."""
