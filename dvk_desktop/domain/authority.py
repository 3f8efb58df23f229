"""Who may say what in a signed package: one table of package kind × sender role → what it carries.

A signature proves which installation sent a package, not that the sender may say what it
says. Every cadre of a commune holds the commune's key, so the upper level trusts a package
only as far as this table allows: which sections (record kinds) a package of each kind may
carry, which fields each record may have, which model statuses the sender may set, and for
whom (which units' records). ``services.exchange.records.authorise`` applies it in ``verify``
and therefore in ``import`` (which verifies first) before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from dvk_desktop.domain.lifecycle import TRANSITIONS
from dvk_desktop.domain.model import BUDGET_SOURCES, TEXT_FIELDS
from dvk_desktop.domain.vocab import DecisionKind, Status, WorkspaceRole


class SenderRole(StrEnum):
    """How the receiving workspace knows the sender (the trust relation of its key)."""

    CHILD = "child"  # a unit enrolled below this workspace (a commune, or a district)
    PARENT = "parent"  # the upper level this workspace has pinned


class StatusRule(StrEnum):
    """Which model statuses a package may carry."""

    COMMUNE = "commune"  # commune-owned states, or what this workspace already holds
    COMMUNE_OR_BACKED = "backed"  # ... or an upper state backed by the sender's own decision
    ANY = "any"  # the parent decides every status


class Subjects(StrEnum):
    """For whom a package may carry records."""

    SENDER = "sender"  # the sender's own records only
    SENDER_CHILDREN = "children"  # one snapshot per commune below the sender, each its own
    RECIPIENT = "recipient"  # the recipient's own models only


# --- fields of each record kind (a section of records.json is a list of such records)
_SNAPSHOT_TOP = frozenset({"format", "version", "sender"})
SENDER_FIELDS = frozenset({"unit_code", "unit_name", "level"})
VILLAGE_FIELDS = frozenset({"uuid", "code", "name", "kind"})
ORGANISATION_FIELDS = frozenset({"uuid", "name", "org_type", "village_uuid"})
PERSON_FIELDS = frozenset(
    {"uuid", "full_name", "birth_year", "gender", "position", "workplace", "village_uuid",
     "is_official", "consent"}
)  # fmt: skip
MODEL_FIELDS = frozenset(
    {"uuid", "code", "version", "source_unit_code", "model_type", "field", "sub_topics",
     "novelty", "continues_uuid", "replicated_from_uuid", "replicated_from_text", "year",
     "status", "owner_org_uuid", "holder_person_uuid", "lead_person_uuid",
     "coordinating_org_uuids", "village_uuid", "labour_days", "start_date", "end_date",
     "evaluation_date", "indicators", *TEXT_FIELDS, *BUDGET_SOURCES}
)  # fmt: skip
UPPER_MODEL_FIELDS = MODEL_FIELDS | {"score", "grade"}  # a score is the upper level's to give
INDICATOR_FIELDS = frozenset({"code", "name", "unit", "target", "actual", "by_village"})
PROGRESS_FIELDS = frozenset(
    {"uuid", "model_uuid", "report_date", "period_label", "done", "lessons", "values"}
)
EVIDENCE_FIELDS = frozenset(
    {"uuid", "model_uuid", "progress_report_uuid", "sha256", "size", "media_type",
     "original_name", "caption", "taken_on", "shows_people", "original_sha256", "original_size"}
)  # fmt: skip
EVALUATION_FIELDS = frozenset(
    {"uuid", "model_uuid", "evaluated_on", "evaluator", "scores", "total", "grade", "comment"}
)
DECISION_FIELDS = frozenset(
    {"uuid", "kind", "number", "signed_on", "issuer", "issuer_unit_code", "award_form",
     "summary", "model_uuids"}
)  # fmt: skip
TOMBSTONE_FIELDS = frozenset({"uuid", "entity", "deleted_at"})
REMOVED_EVIDENCE_FIELDS = frozenset({"uuid", "model_uuid", "removed_at"})
SIGN_OFF_FIELDS = frozenset(
    {"uuid", "model_uuid", "version", "signer", "position", "at", "withdrawn_at"}
)
REVIEW_FIELDS = frozenset({"uuid", "model_uuid", "state", "comment", "actor", "at"})
RUBRIC_FIELDS = frozenset(
    {"uuid", "scope", "version", "name", "criteria", "excellent_from", "good_from", "pass_from",
     "note", "created_at"}
)  # fmt: skip
SCORE_SHEET_FIELDS = frozenset(
    {"uuid", "model_uuid", "rubric_uuid", "member", "position", "evaluated_on", "scores",
     "total", "grade", "comment", "updated_at"}
)  # fmt: skip

# Links between a model and its replicas (services/replication.py checks them itself).
REPLICATION_FIELDS = frozenset(
    {"replica_uuid", "replica_unit_code", "replica_code", "replica_name", "replica_year",
     "replica_status", "origin_uuid", "origin_unit_code", "origin_code", "origin_name"}
)  # fmt: skip

# A commune's snapshot: what it registered, plus (carried, not applied) its own scoring and
# the decisions it received; reviews, rubrics and score sheets are never in it.
_CHILD_SECTIONS: Mapping[str, frozenset[str]] = {
    "villages": VILLAGE_FIELDS,
    "organisations": ORGANISATION_FIELDS,
    "people": PERSON_FIELDS,
    "models": MODEL_FIELDS,
    "progress_reports": PROGRESS_FIELDS,
    "evidence": EVIDENCE_FIELDS,
    "evaluations": EVALUATION_FIELDS,
    "decisions": DECISION_FIELDS,
    "tombstones": TOMBSTONE_FIELDS,
    "removed_evidence": REMOVED_EVIDENCE_FIELDS,
    "sign_offs": SIGN_OFF_FIELDS,
    "replications": REPLICATION_FIELDS,
}
_DECISION_SECTIONS: Mapping[str, frozenset[str]] = {
    "models": UPPER_MODEL_FIELDS,
    "decisions": DECISION_FIELDS,
    "reviews": REVIEW_FIELDS,
    "rubrics": RUBRIC_FIELDS,
    "score_sheets": SCORE_SHEET_FIELDS,
    "replicated_elsewhere": REPLICATION_FIELDS,
}
# Lists of evidence hashes the parent sends beside its sections: what it holds, what it awaits.
DOWN_LISTS = frozenset({"awaited_evidence", "acknowledged_evidence"})
# Change requests and the part versions each side has seen travel both ways; their shape is
# checked by services/exchange/records/change_records (a verdict from below is never applied).
CHANGE_LISTS = frozenset({"change_requests", "upper_versions"})
# The keys of one commune's snapshot (a records package, or one child of an aggregate).
CHILD_TOP = _SNAPSHOT_TOP | frozenset(_CHILD_SECTIONS) | CHANGE_LISTS
NESTED_FIELDS: Mapping[str, frozenset[str]] = {
    "sender": SENDER_FIELDS,
    "indicators": INDICATOR_FIELDS,
}


@dataclass(frozen=True)
class Grant:
    """One row of the table: what a package of ``kind`` from a ``sender`` may carry."""

    kind: str
    sender: SenderRole
    label: str  # the kind of package in Vietnamese, for messages
    top: frozenset[str]  # keys of records.json itself (sections included)
    sections: Mapping[str, frozenset[str]]  # section → the fields its records may have
    statuses: StatusRule
    subjects: Subjects
    sender_levels: frozenset[str]  # "commune" / "upper": what kind of unit may send it


AUTHORITY: tuple[Grant, ...] = (
    Grant(
        "records", SenderRole.CHILD, "gói dữ liệu của cấp xã",
        CHILD_TOP, _CHILD_SECTIONS, StatusRule.COMMUNE,
        Subjects.SENDER, frozenset({"commune", "upper"}),
    ),
    Grant(
        "aggregate", SenderRole.CHILD, "gói tổng hợp",
        _SNAPSHOT_TOP | {"children"}, _CHILD_SECTIONS, StatusRule.COMMUNE_OR_BACKED,
        Subjects.SENDER_CHILDREN, frozenset({"upper"}),
    ),
    Grant(
        "decisions", SenderRole.PARENT, "gói quyết định của cấp trên",
        _SNAPSHOT_TOP | frozenset(_DECISION_SECTIONS) | DOWN_LISTS | CHANGE_LISTS,
        _DECISION_SECTIONS, StatusRule.ANY, Subjects.RECIPIENT, frozenset({"upper"}),
    ),
)  # fmt: skip

# The sections only the parent sends (the review and scoring of a dossier).
PARENT_ONLY_SECTIONS = (
    frozenset({"reviews", "rubrics", "score_sheets", "replicated_elsewhere"}) | DOWN_LISTS
)


def grant_for(kind: str, sender: SenderRole) -> Grant | None:
    """The row for a package kind and sender role (None: such a sender may not send it)."""
    return next((g for g in AUTHORITY if g.kind == kind and g.sender is sender), None)


def _reach(start: Status, roles: set[WorkspaceRole]) -> frozenset[Status]:
    seen, frontier = {start}, [start]
    while frontier:
        current = frontier.pop()
        for t in TRANSITIONS:
            if t.source is current and t.roles & roles and t.target not in seen:
                seen.add(t.target)
                frontier.append(t.target)
    return frozenset(seen)


# What a commune can reach on its own from registration: the commune-owned states.
COMMUNE_STATUSES = _reach(Status.REGISTERED, {WorkspaceRole.COMMUNE})


def _backing() -> dict[Status, DecisionKind]:
    """For each upper-level state, the decision that puts a model there (or on its way)."""
    backing: dict[Status, DecisionKind] = {}
    frontier = [(Status.REGISTERED, None)]
    seen = {Status.REGISTERED}
    while frontier:  # breadth first: the shortest way, its last decision
        current, last = frontier.pop(0)
        for t in TRANSITIONS:
            if t.source is current and t.target not in seen:
                seen.add(t.target)
                decision = t.decision or last
                if decision is not None and t.target not in COMMUNE_STATUSES:
                    backing[t.target] = decision
                frontier.append((t.target, decision))  # type: ignore[arg-type]
    return backing


# cong_nhan ← a recognition decision, tieu_bieu ← exemplary, khen_thuong ← award, …
BACKING: Mapping[Status, DecisionKind] = _backing()


def status_rule_text(grant: Grant, status: Status) -> str:
    """Why ``status`` may not arrive in this kind of package (Vietnamese)."""
    if grant.statuses is StatusRule.COMMUNE_OR_BACKED and status in BACKING:
        return (
            f"trạng thái “{status.label}” do cấp trên quyết định: {grant.label} chỉ được mang "
            f"trạng thái này khi kèm quyết định “{BACKING[status].label}” của chính đơn vị gửi"
        )
    return (
        f"trạng thái “{status.label}” do cấp trên quyết định; {grant.label} chỉ được mang "
        "trạng thái do cấp xã tự chuyển (hoặc trạng thái cấp trên đã quyết định trước đó)"
    )
