"""Reusable widgets: evidence, progress timeline."""
