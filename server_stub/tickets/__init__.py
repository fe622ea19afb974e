"""Tickets (工单): work orders about customers and calls that move between people."""
