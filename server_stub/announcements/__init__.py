"""Announcements (公告): leads and admins post to teams; agents read; read receipts."""
