"""Unit history: which of today's units each unit of before 1 July 2025 became

A table only: records keep the unit they were registered under (``source_unit_code``), and the
reports count them by that unit or by today's through this table. Existing data is untouched.

Revision ID: 0011_unit_history
Revises: 0009_change_requests
Create Date: 2026-12-02 22:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_unit_history"
down_revision = "0009_change_requests"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unit_succession",
        sa.Column("old_code", sa.String(length=20), nullable=False),
        sa.Column("old_name", sa.String(length=300), nullable=False),
        sa.Column("old_district", sa.String(length=300), nullable=False),
        sa.Column("new_code", sa.String(length=20), nullable=False),
        sa.Column("new_name", sa.String(length=300), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("old_code", name=op.f("pk_unit_succession")),
    )
    op.create_index(
        op.f("ix_unit_succession_new_code"), "unit_succession", ["new_code"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_unit_succession_new_code"), table_name="unit_succession")
    op.drop_table("unit_succession")
