"""Integration with a centre's own systems (对接接口): webhooks and the CRM URL pop."""
