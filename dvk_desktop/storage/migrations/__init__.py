"""Alembic migration scripts of the workspace schema (shipped as package data)."""
