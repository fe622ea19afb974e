"""Customer records (CRM) and the screen-pop lookup by caller number."""
