"""Calls: the ACD call lifecycle, call records (CDR), dispositions, and their endpoints."""
