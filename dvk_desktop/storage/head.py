"""The newest schema revision, importable without SQLAlchemy (the fast read paths check it)."""

# The newest revision in migrations/versions; tests assert it equals Alembic's head. Knowing it
# here lets a workspace that is already current open without loading Alembic (start-up time).
SCHEMA_HEAD = "0011_unit_history"
