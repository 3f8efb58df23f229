"""SQLAlchemy 2.0 typed tables of a workspace; the schema itself changes only through migrations."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    """A fresh random UUID as text: records keep it across machines and years."""
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    """The current time in UTC (stored naive, always UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Quantity(TypeDecorator[Decimal]):
    """A decimal quantity stored as an integer count of thousandths.

    SQLite has no exact decimal type; integers keep sums exact in both SQLite and PostgreSQL.
    """

    impl = BigInteger
    cache_ok = True
    SCALE = 1000

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        """Convert a Decimal to thousandths."""
        if value is None:
            return None
        return int((Decimal(str(value)) * self.SCALE).to_integral_value())

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        """Convert thousandths back to a Decimal without trailing zeros."""
        if value is None:
            return None
        result = Decimal(int(value)) / self.SCALE
        return (
            result.quantize(Decimal(1))
            if result == result.to_integral_value()
            else (result.normalize())
        )


class Base(DeclarativeBase):
    """Declarative base with stable constraint names (needed for batch migrations on SQLite)."""

    metadata = MetaData(naming_convention=NAMING)


class Workspace(Base):
    """The single row describing this workspace: whose it is and what it does."""

    __tablename__ = "workspace"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    unit_code: Mapped[str] = mapped_column(String(10))
    unit_name: Mapped[str] = mapped_column(String(200))
    unit_level: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(10))
    parent_unit_code: Mapped[str | None] = mapped_column(String(10))
    parent_unit_name: Mapped[str | None] = mapped_column(String(200))
    standing_body: Mapped[str] = mapped_column(String(30), default="mttq")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Setting(Base):
    """Workspace settings as key/value text (names and titles on forms, options)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Unit(Base):
    """An administrative unit known to this workspace: itself, its children, villages, parents."""

    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    name_sort: Mapped[bytes] = mapped_column(LargeBinary)
    level: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(40), default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    parent: Mapped[Unit | None] = relationship(remote_side=[id])


class Organisation(Base):
    """A body that owns or coordinates models (chi bộ, hội, thôn, trường…)."""

    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300), index=True)
    name_sort: Mapped[bytes] = mapped_column(LargeBinary)
    org_type: Mapped[str] = mapped_column(String(30))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    unit: Mapped[Unit] = relationship(foreign_keys=[unit_id])
    village: Mapped[Unit | None] = relationship(foreign_keys=[village_id])
    __table_args__ = (UniqueConstraint("unit_id", "name", name="uq_organisation_unit_name"),)


class Person(Base):
    """A leader, signatory or individual-model holder: minimal personal data (brief §7)."""

    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    full_name: Mapped[str] = mapped_column(String(150))
    name_folded: Mapped[str] = mapped_column(String(150), index=True)
    name_sort: Mapped[bytes] = mapped_column(LargeBinary)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str | None] = mapped_column(String(10))
    position: Mapped[str] = mapped_column(String(200), default="")
    workplace: Mapped[str] = mapped_column(String(300), default="")
    village_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    phone: Mapped[str] = mapped_column(String(30), default="")
    is_official: Mapped[bool] = mapped_column(Boolean, default=False)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    # Sensitive fields (brief §7): off by default, collected only when the workspace enables them.
    ethnicity: Mapped[str | None] = mapped_column(String(50))
    religion: Mapped[str | None] = mapped_column(String(50))
    party_member: Mapped[bool | None] = mapped_column(Boolean)
    village: Mapped[Unit | None] = relationship(foreign_keys=[village_id])


class IndicatorCatalogue(Base):
    """The indicator catalogue of this workspace (starts from the brief's §3.2 list)."""

    __tablename__ = "indicator_catalogue"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40))
    group: Mapped[str] = mapped_column(String(100), default="")


class DvkModel(Base):
    """One registration of a "Dân vận khéo" model for one year (a maintained model links back)."""

    __tablename__ = "dvk_model"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    version: Mapped[int] = mapped_column(
        Integer, default=1
    )  # the commune's part (domain.ownership)
    # The upper level's part (review, decided statuses, change-request outcomes): raised by it
    # at the upper level, copied from its decisions packages at the commune (migration 0009).
    upper_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    source_unit_code: Mapped[str] = mapped_column(String(20), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(300))
    name_folded: Mapped[str] = mapped_column(String(300))
    name_sort: Mapped[bytes] = mapped_column(LargeBinary)
    search_text: Mapped[str] = mapped_column(Text, default="")
    model_type: Mapped[str] = mapped_column(String(10), index=True)
    field: Mapped[str] = mapped_column(String(40), index=True)
    sub_topics: Mapped[str] = mapped_column(String(300), default="")
    novelty: Mapped[str] = mapped_column(String(20), default="moi")
    continues_id: Mapped[int | None] = mapped_column(ForeignKey("dvk_model.id"))
    replicated_from_id: Mapped[int | None] = mapped_column(ForeignKey("dvk_model.id"))
    replicated_from_text: Mapped[str] = mapped_column(String(300), default="")
    year: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(30), index=True, default="dang_ky")
    owner_org_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    holder_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    lead_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    place: Mapped[str] = mapped_column(String(500), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    evaluation_date: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    target_group: Mapped[str] = mapped_column(Text, default="")
    forces: Mapped[str] = mapped_column(Text, default="")
    other_resources: Mapped[str] = mapped_column(Text, default="")
    schedule: Mapped[str] = mapped_column(Text, default="")
    outputs: Mapped[str] = mapped_column(Text, default="")
    sustainability: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    budget_state: Mapped[int] = mapped_column(BigInteger, default=0)
    budget_social: Mapped[int] = mapped_column(BigInteger, default=0)
    budget_people: Mapped[int] = mapped_column(BigInteger, default=0)
    budget_other: Mapped[int] = mapped_column(BigInteger, default=0)
    labour_days: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[Decimal | None] = mapped_column(Quantity)
    grade: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)

    owner_org: Mapped[Organisation | None] = relationship(foreign_keys=[owner_org_id])
    holder: Mapped[Person | None] = relationship(foreign_keys=[holder_person_id])
    lead: Mapped[Person | None] = relationship(foreign_keys=[lead_person_id])
    village: Mapped[Unit | None] = relationship(foreign_keys=[village_id])
    continues: Mapped[DvkModel | None] = relationship(foreign_keys=[continues_id], remote_side=[id])
    replicated_from: Mapped[DvkModel | None] = relationship(
        foreign_keys=[replicated_from_id], remote_side=[id]
    )
    indicators: Mapped[list[ModelIndicator]] = relationship(
        back_populates="model", cascade="all, delete-orphan", order_by="ModelIndicator.position"
    )
    coordinators: Mapped[list[ModelCoordinator]] = relationship(
        back_populates="model", cascade="all, delete-orphan"
    )
    __table_args__ = (
        UniqueConstraint("source_unit_code", "code", name="uq_dvk_model_unit_code"),
        Index("ix_dvk_model_name_sort", "name_sort"),
        Index("ix_dvk_model_name_folded", "name_folded"),
    )


class ModelCoordinator(Base):
    """An organisation coordinating a model, with its role."""

    __tablename__ = "model_coordinator"
    model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    role: Mapped[str] = mapped_column(String(300), default="")
    model: Mapped[DvkModel] = relationship(back_populates="coordinators")
    organisation: Mapped[Organisation] = relationship()


class ModelIndicator(Base):
    """A measurable indicator of a model: target and actual, optionally split by village."""

    __tablename__ = "model_indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(40))
    target: Mapped[Decimal | None] = mapped_column(Quantity)
    actual: Mapped[Decimal | None] = mapped_column(Quantity)
    model: Mapped[DvkModel] = relationship(back_populates="indicators")
    villages: Mapped[list[IndicatorVillageValue]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan"
    )
    __table_args__ = (UniqueConstraint("model_id", "code", name="uq_model_indicator_code"),)


class IndicatorVillageValue(Base):
    """The share of one indicator in one village (brief §3.2: indicators are reported per thôn)."""

    __tablename__ = "indicator_village_value"
    indicator_id: Mapped[int] = mapped_column(
        ForeignKey("model_indicator.id", ondelete="CASCADE"), primary_key=True
    )
    village_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    target: Mapped[Decimal | None] = mapped_column(Quantity)
    actual: Mapped[Decimal | None] = mapped_column(Quantity)
    indicator: Mapped[ModelIndicator] = relationship(back_populates="villages")
    village: Mapped[Unit] = relationship()


class ProgressReport(Base):
    """A periodic update on a model: what was done, indicator actuals, lessons learned."""

    __tablename__ = "progress_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), index=True
    )
    report_date: Mapped[dt.date] = mapped_column(Date)
    period_label: Mapped[str] = mapped_column(String(100), default="")
    done: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    values: Mapped[list[ProgressValue]] = relationship(
        back_populates="report", cascade="all, delete-orphan"
    )


class ProgressValue(Base):
    """An indicator's actual value as of a progress report."""

    __tablename__ = "progress_value"
    report_id: Mapped[int] = mapped_column(
        ForeignKey("progress_report.id", ondelete="CASCADE"), primary_key=True
    )
    indicator_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    actual: Mapped[Decimal | None] = mapped_column(Quantity)
    report: Mapped[ProgressReport] = relationship(back_populates="values")


class Evidence(Base):
    """A piece of evidence (photo, minutes, list…) stored by content hash in the evidence store."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), index=True
    )
    progress_report_id: Mapped[int | None] = mapped_column(
        ForeignKey("progress_report.id", ondelete="SET NULL")
    )
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    original_name: Mapped[str] = mapped_column(String(255))
    caption: Mapped[str] = mapped_column(String(1000), default="")
    taken_on: Mapped[dt.date | None] = mapped_column(Date)
    shows_people: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("model_id", "sha256", name="uq_evidence_model_sha256"),)


class Decision(Base):
    """A decision of recognition, commendation… listing the models it applies to."""

    __tablename__ = "decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(60))
    signed_on: Mapped[dt.date] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(300))
    issuer_unit_code: Mapped[str] = mapped_column(String(20), default="")
    award_form: Mapped[str | None] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    models: Mapped[list[DecisionModel]] = relationship(
        back_populates="decision", cascade="all, delete-orphan"
    )
    __table_args__ = (UniqueConstraint("issuer", "number", name="uq_decision_issuer_number"),)


class DecisionModel(Base):
    """A model listed in a decision."""

    __tablename__ = "decision_model"
    decision_id: Mapped[int] = mapped_column(
        ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True
    )
    model_id: Mapped[int] = mapped_column(ForeignKey("dvk_model.id"), primary_key=True)
    decision: Mapped[Decision] = relationship(back_populates="models")
    model: Mapped[DvkModel] = relationship()


class StatusChange(Base):
    """One step of a model's lifecycle, kept for history and reports."""

    __tablename__ = "status_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[str] = mapped_column(String(30))
    to_status: Mapped[str] = mapped_column(String(30))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(150), default="")
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class RubricVersion(Base):
    """One version of a scoring rubric: criteria and grade thresholds, never changed once saved.

    ``issuer_unit_code`` is the unit whose rubric it is (this workspace's own, or its parent's
    as received in a decisions package); ``scope`` is the model type it applies to ("" for
    every type). Editing saves a new version; evaluations point at the version they used.
    """

    __tablename__ = "rubric"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    issuer_unit_code: Mapped[str] = mapped_column(String(20))
    scope: Mapped[str] = mapped_column(String(10), default="")
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200), default="")
    criteria_json: Mapped[str] = mapped_column(Text)
    excellent_from: Mapped[int] = mapped_column(Integer)
    good_from: Mapped[int] = mapped_column(Integer)
    pass_from: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(150), default="")
    __table_args__ = (
        UniqueConstraint("issuer_unit_code", "scope", "version", name="uq_rubric_version"),
    )


class ModelReview(Base):
    """One review (thẩm định) verdict on a model's dossier, kept as history (newest counts).

    ``origin_unit_code`` is the reviewing unit: this workspace at the upper level, the parent
    at a commune that received it in a decisions package (read-only there).
    """

    __tablename__ = "model_review"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[str] = mapped_column(String(30))
    comment: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(150), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    origin_unit_code: Mapped[str] = mapped_column(String(20), default="")


class Evaluation(Base):
    """One council member's score sheet for a model (editable by that member until a decision).

    ``member_key`` (the folded member name) makes one sheet per member, model and scoring unit;
    it is NULL on older sheets a member replaced before sheets were per member (kept as
    history, not averaged). ``origin_unit_code`` is the unit that scored.
    """

    __tablename__ = "evaluation"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), index=True
    )
    evaluated_on: Mapped[dt.date] = mapped_column(Date)
    evaluator: Mapped[str] = mapped_column(String(200), default="")
    scores_json: Mapped[str] = mapped_column(Text, default="{}")
    total: Mapped[Decimal] = mapped_column(Quantity)
    grade: Mapped[str] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    rubric_id: Mapped[int | None] = mapped_column(ForeignKey("rubric.id"))
    member_key: Mapped[str | None] = mapped_column(String(200))
    member_position: Mapped[str] = mapped_column(String(200), default="")
    origin_unit_code: Mapped[str] = mapped_column(String(20), default="")
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    __table_args__ = (
        UniqueConstraint("model_id", "origin_unit_code", "member_key", name="uq_evaluation_member"),
    )


class Tombstone(Base):
    """A deleted record, remembered so packages can carry the deletion."""

    __tablename__ = "tombstone"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only log of every change (database triggers refuse updates and deletes)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(150), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(36), default="", index=True)
    before_json: Mapped[str] = mapped_column(Text, default="")
    after_json: Mapped[str] = mapped_column(Text, default="")


class TrustedKey(Base):
    """A public key this workspace trusts: a child unit's (enrolled) or its parent's (pinned)."""

    __tablename__ = "trusted_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(20), index=True)
    unit_name: Mapped[str] = mapped_column(String(200), default="")
    relation: Mapped[str] = mapped_column(String(10))  # "child" or "parent"
    public_key: Mapped[str] = mapped_column(String(100))  # base64 Ed25519 public key
    key_id: Mapped[str] = mapped_column(String(16))  # minisign key id, hex
    age_recipient: Mapped[str] = mapped_column(String(100), default="")
    fingerprint: Mapped[str] = mapped_column(String(60))
    enrolled_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    revoked_reason: Mapped[str] = mapped_column(Text, default="")
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("trusted_key.id"))
    __table_args__ = (UniqueConstraint("public_key", name="uq_trusted_key_public_key"),)


class PackageLedger(Base):
    """Every package sent or imported: sender, sequence, hash chain, when and what it held."""

    __tablename__ = "package_ledger"
    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(4))  # "out" or "in"
    sender_unit_code: Mapped[str] = mapped_column(String(20), index=True)
    recipient_unit_code: Mapped[str] = mapped_column(String(20))
    sequence: Mapped[int] = mapped_column(Integer)
    package_sha256: Mapped[str] = mapped_column(String(64), index=True)
    previous_sha256: Mapped[str] = mapped_column(String(64), default="")
    kind: Mapped[str] = mapped_column(String(20), default="records")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    counts_json: Mapped[str] = mapped_column(Text, default="{}")
    # Bytes of the package file as sent or received (migration 0005; unknown before it).
    size: Mapped[int | None] = mapped_column(BigInteger)
    __table_args__ = (
        UniqueConstraint(
            "direction",
            "sender_unit_code",
            "recipient_unit_code",
            "sequence",
            name="uq_package_ledger_sequence",
        ),
    )


class EvidenceAck(Base):
    """Evidence a recipient has confirmed holding, so later packages only reference it by hash."""

    __tablename__ = "evidence_ack"
    recipient_unit_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    acked_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class EvidenceDerivative(Base):
    """A reduced copy of an evidence photo made for sending, remembered so it is made once.

    ``sha256`` equal to ``original_sha256`` records that the original itself is sent (too
    small to reduce, not smaller once reduced, or not readable as a photo).
    """

    __tablename__ = "evidence_derivative"
    original_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    max_edge: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ReportingDeadline(Base):
    """The date by which the upper level expects its communes' packages for a period."""

    __tablename__ = "reporting_deadline"
    period: Mapped[str] = mapped_column(String(20), primary_key=True)  # "2026-H1", "2026"…
    due_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ChangeRequest(Base):
    """A commune's change to a model the upper level has locked, waiting for (or past) a verdict.

    ``base_json`` and ``proposed_json`` are both sides as the side-by-side view shows them (a
    model record with ``status`` and ``evidence``); ``origin_unit_code`` is the commune that
    asked; the verdict, its comment, who and when come from the upper level. Never deleted: a
    rejected request stays in both histories.
    """

    __tablename__ = "change_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), index=True
    )
    origin_unit_code: Mapped[str] = mapped_column(String(20))
    base_version: Mapped[int] = mapped_column(Integer)
    base_json: Mapped[str] = mapped_column(Text)
    proposed_json: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(150), default="")
    state: Mapped[str] = mapped_column(String(20), default="cho_xem_xet", index=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    decided_by: Mapped[str] = mapped_column(String(150), default="")
    decision_comment: Mapped[str] = mapped_column(Text, default="")
    applied_version: Mapped[int | None] = mapped_column(Integer)


class ModelSignOff(Base):
    """A commune head's sign-off of one version of a model's registration (withdrawn: history)."""

    __tablename__ = "model_sign_off"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid, unique=True)
    model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    signer: Mapped[str] = mapped_column(String(150))
    position: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class UnitSuccession(Base):
    """Which of today's units a unit of before 1 July 2025 became (the official merger tables).

    Records keep the unit they were registered under; reports count them by that unit or, with
    this table, by today's. An old unit split between several new ones names its main successor.
    """

    __tablename__ = "unit_succession"
    old_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    old_name: Mapped[str] = mapped_column(String(300))
    old_district: Mapped[str] = mapped_column(String(300), default="")
    new_code: Mapped[str] = mapped_column(String(20), index=True)
    new_name: Mapped[str] = mapped_column(String(300))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class DuplicateFlag(Base):
    """Two models that may be one (similar name, shared evidence file, re-registered later).

    A flag never blocks anything; ``model_id`` < ``other_model_id`` so a pair is stored once
    per kind. A reviewer's "không trùng" sets ``dismissed_at`` and the pair stays quiet: the
    unique key keeps a later scan from raising it again.
    """

    __tablename__ = "duplicate_flag"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), index=True
    )
    other_model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), index=True
    )
    score: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str] = mapped_column(String(300), default="")
    found_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    dismissed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    dismissed_by: Mapped[str] = mapped_column(String(150), default="")
    dismissed_note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        UniqueConstraint("kind", "model_id", "other_model_id", name="uq_duplicate_flag_pair"),
    )


class ModelReplication(Base):
    """A model (the replica) replicating another (the origin), by identities that travel.

    Both ends are named by UUID and unit code, plus code, name, year and status, so the link
    still reads where only one end (or neither) is held: at the origin's commune, which learns
    of it from its upper level, and in an aggregate sent further up. ``received_from`` is the
    unit whose package brought the row ("" when this workspace made it).
    """

    __tablename__ = "model_replication"
    id: Mapped[int] = mapped_column(primary_key=True)
    replica_uuid: Mapped[str] = mapped_column(String(36), index=True)
    replica_unit_code: Mapped[str] = mapped_column(String(20))
    replica_code: Mapped[str] = mapped_column(String(40), default="")
    replica_name: Mapped[str] = mapped_column(String(300), default="")
    replica_year: Mapped[int] = mapped_column(Integer)
    replica_status: Mapped[str] = mapped_column(String(30), default="")
    origin_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    origin_unit_code: Mapped[str] = mapped_column(String(20))
    origin_code: Mapped[str] = mapped_column(String(40), default="")
    origin_name: Mapped[str] = mapped_column(String(300), default="")
    received_from: Mapped[str] = mapped_column(String(20), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (
        UniqueConstraint(
            "replica_uuid", "origin_unit_code", "origin_code", name="uq_model_replication_link"
        ),
        Index("ix_model_replication_origin", "origin_unit_code", "origin_code"),
    )


class ModelUnitHistory(Base):
    """The unit a model was registered under before the July 2025 reorganisation.

    ``old_*`` are the commune and district of the three-tier list (codes as they were);
    the model's ``source_unit_code`` stays the unit that sent it. ``new_unit_code`` is
    today's commune the old one became part of ("" when not known).
    """

    __tablename__ = "model_unit_history"
    model_id: Mapped[int] = mapped_column(
        ForeignKey("dvk_model.id", ondelete="CASCADE"), primary_key=True
    )
    old_unit_code: Mapped[str] = mapped_column(String(20))
    old_unit_name: Mapped[str] = mapped_column(String(200), default="")
    old_district_code: Mapped[str] = mapped_column(String(20), default="")
    old_district_name: Mapped[str] = mapped_column(String(200), default="")
    new_unit_code: Mapped[str] = mapped_column(String(20), default="", index=True)


class OfficeUser(Base):
    """A named user of a shared office: sign-in name, Argon2id password hash and roles."""

    __tablename__ = "office_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(300))
    roles: Mapped[str] = mapped_column(String(200), default="")  # "reviewer,council"
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
