"""Across communes: duplicate flags, replication links that travel, units before July 2025

Existing in-database replication links (``dvk_model.replicated_from_id``) become links by
UUID and unit code, so they travel in packages from now on.

Revision ID: 0010_cross_communes
Revises: 0006_review_scoring
Create Date: 2026-12-02 11:40:00
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0010_cross_communes"
down_revision = "0006_review_scoring"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duplicate_flag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("model_id", sa.Integer(), nullable=False),
        sa.Column("other_model_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("detail", sa.String(length=300), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=True),
        sa.Column("dismissed_by", sa.String(length=150), nullable=False),
        sa.Column("dismissed_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"], ["dvk_model.id"],
            name=op.f("fk_duplicate_flag_model_id_dvk_model"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["other_model_id"], ["dvk_model.id"],
            name=op.f("fk_duplicate_flag_other_model_id_dvk_model"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_flag")),
        sa.UniqueConstraint("kind", "model_id", "other_model_id", name="uq_duplicate_flag_pair"),
    )  # fmt: skip
    op.create_index(op.f("ix_duplicate_flag_model_id"), "duplicate_flag", ["model_id"])
    op.create_index(op.f("ix_duplicate_flag_other_model_id"), "duplicate_flag", ["other_model_id"])
    op.create_table(
        "model_replication",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("replica_uuid", sa.String(length=36), nullable=False),
        sa.Column("replica_unit_code", sa.String(length=20), nullable=False),
        sa.Column("replica_code", sa.String(length=40), nullable=False),
        sa.Column("replica_name", sa.String(length=300), nullable=False),
        sa.Column("replica_year", sa.Integer(), nullable=False),
        sa.Column("replica_status", sa.String(length=30), nullable=False),
        sa.Column("origin_uuid", sa.String(length=36), nullable=True),
        sa.Column("origin_unit_code", sa.String(length=20), nullable=False),
        sa.Column("origin_code", sa.String(length=40), nullable=False),
        sa.Column("origin_name", sa.String(length=300), nullable=False),
        sa.Column("received_from", sa.String(length=20), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_model_replication")),
        sa.UniqueConstraint(
            "replica_uuid", "origin_unit_code", "origin_code", name="uq_model_replication_link"
        ),
    )
    op.create_index(
        op.f("ix_model_replication_replica_uuid"), "model_replication", ["replica_uuid"]
    )
    op.create_index(op.f("ix_model_replication_origin_uuid"), "model_replication", ["origin_uuid"])
    op.create_index(
        "ix_model_replication_origin", "model_replication", ["origin_unit_code", "origin_code"]
    )
    op.create_table(
        "model_unit_history",
        sa.Column("model_id", sa.Integer(), nullable=False),
        sa.Column("old_unit_code", sa.String(length=20), nullable=False),
        sa.Column("old_unit_name", sa.String(length=200), nullable=False),
        sa.Column("old_district_code", sa.String(length=20), nullable=False),
        sa.Column("old_district_name", sa.String(length=200), nullable=False),
        sa.Column("new_unit_code", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"], ["dvk_model.id"],
            name=op.f("fk_model_unit_history_model_id_dvk_model"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("model_id", name=op.f("pk_model_unit_history")),
    )  # fmt: skip
    op.create_index(
        op.f("ix_model_unit_history_new_unit_code"), "model_unit_history", ["new_unit_code"]
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT r.uuid, r.source_unit_code, r.code, r.name, r.year, r.status,"
            " o.uuid, o.source_unit_code, o.code, o.name FROM dvk_model r"
            " JOIN dvk_model o ON o.id = r.replicated_from_id"
        )
    ).all()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for row in rows:
        conn.execute(
            sa.text(
                "INSERT INTO model_replication (replica_uuid, replica_unit_code, replica_code,"
                " replica_name, replica_year, replica_status, origin_uuid, origin_unit_code,"
                " origin_code, origin_name, received_from, updated_at) VALUES (:a, :b, :c, :d,"
                " :e, :f, :g, :h, :i, :j, '', :now)"
            ),
            dict(zip("abcdefghij", row, strict=True), now=now),
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_model_unit_history_new_unit_code"), table_name="model_unit_history")
    op.drop_table("model_unit_history")
    op.drop_index("ix_model_replication_origin", table_name="model_replication")
    op.drop_index(op.f("ix_model_replication_origin_uuid"), table_name="model_replication")
    op.drop_index(op.f("ix_model_replication_replica_uuid"), table_name="model_replication")
    op.drop_table("model_replication")
    op.drop_index(op.f("ix_duplicate_flag_other_model_id"), table_name="duplicate_flag")
    op.drop_index(op.f("ix_duplicate_flag_model_id"), table_name="duplicate_flag")
    op.drop_table("duplicate_flag")
