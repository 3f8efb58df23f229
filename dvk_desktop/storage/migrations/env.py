"""Alembic environment: runs on the connection handed over by :mod:`dvk_desktop.storage.engine`."""

from __future__ import annotations

from alembic import context

from dvk_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used when a developer runs alembic by hand
    raise SystemExit("Run migrations through dvk_desktop.storage.engine.migrate().")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables safely
    compare_type=True,
    # A new workspace on a server reports each step and stops between them when cancelled.
    on_version_apply=context.config.attributes.get("on_version_apply", ()),
)
with context.begin_transaction():
    context.run_migrations()
