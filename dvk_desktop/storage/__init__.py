"""Storage: SQLAlchemy models, engine set-up, migrations and the evidence file store."""
