"""Feedback, complaints and suspicious-activity reports (not built yet)."""
