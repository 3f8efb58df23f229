"""Reporting deadlines per period set by the upper level; the size of each package in the ledger

Revision ID: 0005_communes
Revises: 0004
Create Date: 2026-11-30 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_communes"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reporting_deadline",
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("period", name=op.f("pk_reporting_deadline")),
    )
    with op.batch_alter_table("package_ledger") as batch:
        batch.add_column(sa.Column("size", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("package_ledger") as batch:
        batch.drop_column("size")
    op.drop_table("reporting_deadline")
