"""Packaging: the signed package format, keys, verification and safe extraction."""
