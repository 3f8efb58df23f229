"""Ownership and locks: the upper level's part version, change requests, commune sign-offs

Existing models start with ``upper_version`` 0, no change request and no sign-off: nothing is
locked that was not locked before (statuses and reviews already say what the upper level did).

Revision ID: 0009_change_requests
Revises: 0010_cross_communes
Create Date: 2026-12-02 11:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_change_requests"
down_revision = "0008_office_users"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ALTER TABLE: a batch copy of dvk_model would drop the table, and with foreign keys
    # on, SQLite's drop deletes every row that cascades from it (reviews, evidence…).
    op.add_column(
        "dvk_model", sa.Column("upper_version", sa.Integer(), nullable=False, server_default="0")
    )
    op.create_table(
        "change_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("model_id", sa.Integer(), nullable=False),
        sa.Column("origin_unit_code", sa.String(length=20), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("base_json", sa.Text(), nullable=False),
        sa.Column("proposed_json", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=150), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=150), nullable=False),
        sa.Column("decision_comment", sa.Text(), nullable=False),
        sa.Column("applied_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["dvk_model.id"],
            name=op.f("fk_change_request_model_id_dvk_model"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_request")),
        sa.UniqueConstraint("uuid", name=op.f("uq_change_request_uuid")),
    )
    op.create_index(op.f("ix_change_request_model_id"), "change_request", ["model_id"])
    op.create_index(op.f("ix_change_request_state"), "change_request", ["state"])
    op.create_table(
        "model_sign_off",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("model_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("signer", sa.String(length=150), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["dvk_model.id"],
            name=op.f("fk_model_sign_off_model_id_dvk_model"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_model_sign_off")),
        sa.UniqueConstraint("uuid", name=op.f("uq_model_sign_off_uuid")),
    )
    op.create_index(op.f("ix_model_sign_off_model_id"), "model_sign_off", ["model_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_model_sign_off_model_id"), table_name="model_sign_off")
    op.drop_table("model_sign_off")
    op.drop_index(op.f("ix_change_request_state"), table_name="change_request")
    op.drop_index(op.f("ix_change_request_model_id"), table_name="change_request")
    op.drop_table("change_request")
    op.drop_column("dvk_model", "upper_version")  # SQLite >= 3.35 drops a column in place
