"""Phone numbers (no Qt): caller region from the prefix table, tel:/callto:/sip: links."""
