"""Model search index: an FTS5 trigram index over the folded search text (SQLite)

Substring search ("thap sang" inside "thắp sáng đường quê") over 100,000 models must answer
while the user types; a trigram index answers LIKE '%…%' patterns of three or more characters
without scanning the table. PostgreSQL scans fast enough and keeps the plain column.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 21:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE dvk_model_fts USING fts5(search_text, content='dvk_model', "
        "content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER dvk_model_fts_insert AFTER INSERT ON dvk_model BEGIN "
        "INSERT INTO dvk_model_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER dvk_model_fts_delete AFTER DELETE ON dvk_model BEGIN "
        "INSERT INTO dvk_model_fts(dvk_model_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER dvk_model_fts_update AFTER UPDATE OF search_text ON dvk_model BEGIN "
        "INSERT INTO dvk_model_fts(dvk_model_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO dvk_model_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    # Index the models that already exist.
    op.execute("INSERT INTO dvk_model_fts(dvk_model_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER dvk_model_fts_{trigger}")
    op.execute("DROP TABLE dvk_model_fts")
