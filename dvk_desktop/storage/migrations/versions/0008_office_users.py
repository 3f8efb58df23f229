"""Named users of a shared office: sign-in name, Argon2id password hash, roles

Revision ID: 0008_office_users
Revises: 0010_cross_communes
Create Date: 2026-12-02 11:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_office_users"
down_revision = "0010_cross_communes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=False),
        sa.Column("roles", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_user")),
        sa.UniqueConstraint("name", name=op.f("uq_office_user_name")),
    )


def downgrade() -> None:
    op.drop_table("office_user")
