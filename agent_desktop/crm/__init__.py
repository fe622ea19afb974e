"""The Customers tab (客户资料): search, the card with custom fields, follow-ups, owners,
appointment reminders."""
