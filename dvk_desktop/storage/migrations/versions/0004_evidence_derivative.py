"""Evidence derivatives: reduced copies of photos made for sending, cached by original hash

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_derivative",
        sa.Column("original_sha256", sa.String(length=64), nullable=False),
        sa.Column("max_edge", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("original_sha256", "max_edge", name=op.f("pk_evidence_derivative")),
    )


def downgrade() -> None:
    op.drop_table("evidence_derivative")
