"""Tests of the CRM (issue 18): Customers tab, reminders, the pop's custom fields."""
