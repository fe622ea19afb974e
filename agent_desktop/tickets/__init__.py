"""Tickets (工单) on the desktop: the Tickets tab and "New ticket" on the screen-pop."""
