"""Queues: configuration listing and live metrics endpoints."""
