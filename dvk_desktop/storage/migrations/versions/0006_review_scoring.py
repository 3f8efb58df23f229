"""Review and scoring: review states of a model, versioned rubrics, one score sheet per member

Older evaluations become the sheets of their evaluators (the newest one of each evaluator and
model; earlier ones are kept with no member key, as history), scored by this workspace's unit.

Revision ID: 0006_review_scoring
Revises: 0005_communes
Create Date: 2026-12-01 09:00:00
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0006_review_scoring"
down_revision = "0005_communes"
branch_labels = None
depends_on = None


def _member_key(name: str) -> str:
    """The folded name (as domain.scoring.member_key at the time of writing, frozen here)."""
    text = unicodedata.normalize("NFC", name or "").strip()
    decomposed = unicodedata.normalize("NFD", text.lower())
    base = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").replace("đ", "d")
    return " ".join(base.split())[:200]


def upgrade() -> None:
    op.create_table(
        "rubric",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("issuer_unit_code", sa.String(length=20), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("criteria_json", sa.Text(), nullable=False),
        sa.Column("excellent_from", sa.Integer(), nullable=False),
        sa.Column("good_from", sa.Integer(), nullable=False),
        sa.Column("pass_from", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=150), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rubric")),
        sa.UniqueConstraint("uuid", name=op.f("uq_rubric_uuid")),
        sa.UniqueConstraint("issuer_unit_code", "scope", "version", name="uq_rubric_version"),
    )
    op.create_table(
        "model_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("model_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=150), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("origin_unit_code", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["model_id"],
            ["dvk_model.id"],
            name=op.f("fk_model_review_model_id_dvk_model"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_model_review")),
        sa.UniqueConstraint("uuid", name=op.f("uq_model_review_uuid")),
    )
    op.create_index(op.f("ix_model_review_model_id"), "model_review", ["model_id"])
    with op.batch_alter_table("evaluation") as batch:
        batch.add_column(sa.Column("rubric_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("member_key", sa.String(length=200), nullable=True))
        batch.add_column(
            sa.Column("member_position", sa.String(length=200), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("origin_unit_code", sa.String(length=20), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
    conn = op.get_bind()
    unit = conn.execute(sa.text("SELECT unit_code FROM workspace")).scalar() or ""
    newest: dict[tuple[int, str], int] = {}
    rows = conn.execute(
        sa.text("SELECT id, model_id, evaluator FROM evaluation ORDER BY evaluated_on, id")
    ).all()
    for row_id, model_id, evaluator in rows:
        newest[(model_id, _member_key(evaluator))] = row_id  # later rows win
    conn.execute(sa.text("UPDATE evaluation SET origin_unit_code = :u"), {"u": unit})
    for (_model_id, key), row_id in newest.items():
        conn.execute(
            sa.text("UPDATE evaluation SET member_key = :k WHERE id = :i"), {"k": key, "i": row_id}
        )
    with op.batch_alter_table("evaluation") as batch:
        batch.alter_column("member_position", server_default=None)
        batch.alter_column("origin_unit_code", server_default=None)
        batch.create_foreign_key(
            op.f("fk_evaluation_rubric_id_rubric"), "rubric", ["rubric_id"], ["id"]
        )
        batch.create_unique_constraint(
            "uq_evaluation_member", ["model_id", "origin_unit_code", "member_key"]
        )


def downgrade() -> None:
    with op.batch_alter_table("evaluation") as batch:
        batch.drop_constraint("uq_evaluation_member", type_="unique")
        batch.drop_constraint(op.f("fk_evaluation_rubric_id_rubric"), type_="foreignkey")
        for column in ("updated_at", "origin_unit_code", "member_position", "member_key"):
            batch.drop_column(column)
        batch.drop_column("rubric_id")
    op.drop_index(op.f("ix_model_review_model_id"), table_name="model_review")
    op.drop_table("model_review")
    op.drop_table("rubric")
