"""Tickets (工单), announcements (公告) and SMS (短信) tests."""
