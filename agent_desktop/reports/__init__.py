"""The Reports tab (leads, admins) and "My day" (agents) over `/api/v1/reports`."""
