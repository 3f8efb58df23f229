"""Reusable queries over the workspace database."""
