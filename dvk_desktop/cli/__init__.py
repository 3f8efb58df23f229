"""The dvk command line: every job a user or administrator can do headless."""
