"""Announcements (公告) on the desktop: the agents' banner and the leads' posting page."""
