"""The records of a decisions package: collected for one child, applied at that child.

Besides statuses and decisions, the package carries the upper level's review verdicts (with
comment, who and when), each council member's score sheet, the rubric versions those sheets
used and the upper level's current rubrics (so the commune sees what it will be scored on).
At the commune they are stored under the parent's unit code and only read.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain import ownership
from dvk_desktop.domain.rubric import rubric_to_json
from dvk_desktop.domain.scoring import member_key
from dvk_desktop.domain.text import clean
from dvk_desktop.domain.vocab import ModelType, Status, WorkspaceRole
from dvk_desktop.errors import PackageError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.services import audit, replication, rubrics
from dvk_desktop.services.exchange.records import change_records
from dvk_desktop.services.exchange.records.apply import (
    ApplyReport,
    by_uuid,
    reachable,
    rows_by_uuid,
)
from dvk_desktop.services.exchange.records.collect import (
    FORMAT,
    VERSION,
    collect_records,
    decimal_text,
    model_record,
)
from dvk_desktop.services.exchange.records.decision_checks import check_decision_records
from dvk_desktop.storage.models import (
    Decision,
    DecisionModel,
    DvkModel,
    Evaluation,
    Evidence,
    ModelReview,
    RubricVersion,
    StatusChange,
    Workspace,
    utcnow,
)


def decision_records(session: Any, ws: Workspace, child: str) -> dict[str, Any]:
    """Review results for one child: statuses, reviews, scores, rubrics, decisions, plus acks."""
    models = list(session.scalars(select(DvkModel).where(DvkModel.source_unit_code == child)))
    if not models:
        raise ValidationError(
            _t("Chưa có mô hình nào của đơn vị mã {child} để gửi quyết định.", child=child)
        )
    ids = {m.id for m in models}
    uuid_of = {m.id: m.uuid for m in models}
    full = collect_records(session, unit_code=child, include_people=False)
    held = {
        e.sha256
        for e in session.scalars(
            select(Evidence).join(DvkModel).where(DvkModel.source_unit_code == child)
        )
        if e.removed_at is None and e.model_id in ids
    }
    reviews = session.scalars(
        select(ModelReview)
        .join(DvkModel)
        .where(DvkModel.source_unit_code == child, ModelReview.origin_unit_code == ws.unit_code)
        .order_by(ModelReview.at, ModelReview.id)
    ).all()
    sheets = session.scalars(
        select(Evaluation)
        .join(DvkModel)
        .where(
            DvkModel.source_unit_code == child,
            Evaluation.origin_unit_code == ws.unit_code,
            Evaluation.member_key.is_not(None),
        )
        .order_by(Evaluation.id)
    ).all()
    used: dict[int | None, rubrics.RubricInfo] = {
        r.id: rubrics.info_of(r)
        for r in session.scalars(
            select(RubricVersion).where(RubricVersion.id.in_({s.rubric_id for s in sheets}))
        )
    }
    if any(s.rubric_id is None for s in sheets):  # sheets older than rubric versions
        used[None] = rubrics.default_info(ws.unit_code)
    current = [rubrics.current_in_session(session, ws.unit_code, None)] + [
        rubrics.current_in_session(session, ws.unit_code, scope, fallback=False)
        for scope in ModelType
        if _has_scope(session, ws.unit_code, scope)
    ]
    sent = {i.uuid: i for i in [*used.values(), *current]}
    return {
        "format": FORMAT,
        "version": VERSION,
        "sender": {"unit_code": ws.unit_code, "unit_name": ws.unit_name, "level": ws.unit_level},
        "models": [upper_model_record(m) for m in models],
        "decisions": full["decisions"],
        "acknowledged_evidence": sorted(held),
        **replication.section(replication.DOWN_KEY, replication.links_to(session, child)),
        "reviews": [
            {
                "uuid": r.uuid, "model_uuid": uuid_of[r.model_id], "state": r.state,
                "comment": r.comment, "actor": r.actor, "at": r.at.isoformat(),
            }
            for r in reviews
        ],
        "rubrics": [rubric_record(i) for i in sent.values()],
        "score_sheets": [
            {
                "uuid": s.uuid, "model_uuid": uuid_of[s.model_id],
                "rubric_uuid": used[s.rubric_id].uuid,
                "member": s.evaluator, "position": s.member_position,
                "evaluated_on": s.evaluated_on.isoformat(),
                "scores": {k: decimal_text(Decimal(str(v)))
                           for k, v in json.loads(s.scores_json).items()},
                "total": decimal_text(s.total), "grade": s.grade, "comment": s.comment,
                "updated_at": s.updated_at.isoformat() if s.updated_at else None,
            }
            for s in sheets
        ],
        # Every change request of these models with its verdict, and the part versions.
        **change_records.collect(session, models, own_only=False),
    }  # fmt: skip


def _has_scope(session: Session, unit: str, scope: ModelType) -> bool:
    return (
        session.scalars(
            select(RubricVersion.id).where(
                RubricVersion.issuer_unit_code == unit, RubricVersion.scope == scope.value
            )
        ).first()
        is not None
    )


def rubric_record(info: rubrics.RubricInfo) -> dict[str, Any]:
    """One rubric version as a decisions package carries it."""
    return {
        "uuid": info.uuid,
        "scope": info.scope.value if info.scope else "",
        "version": info.version,
        "name": info.name,
        **rubric_to_json(info.rubric),
        "note": info.note,
        "created_at": info.created_at.isoformat() if info.created_at else None,
    }


def upper_model_record(m: DvkModel) -> dict[str, Any]:
    """A model record as the upper level sends it back (status, score and grade matter)."""
    record = model_record(m)
    record["score"] = decimal_text(m.score)
    record["grade"] = m.grade
    return record


def apply_decision_records(session: Session, records: dict[str, Any], *, actor: str) -> ApplyReport:
    """Apply the upper level's decisions, statuses, reviews and scores to this commune's models.

    The review and scoring records are checked here first (a package that fails is refused
    whole, nothing changes), whatever the caller checked before.
    """
    report = ApplyReport()
    ws = session.scalars(select(Workspace)).one()
    sender = str(records.get("sender", {}).get("unit_code", ""))
    problems = check_decision_records(
        records, sender_unit_code=sender, parent_unit_code=ws.parent_unit_code
    )
    if problems:
        raise PackageError(problems[0], details=problems)
    for d in records.get("decisions", []):
        row = by_uuid(session, Decision, d["uuid"])
        if row is None:
            row = Decision(
                uuid=d["uuid"],
                kind=d["kind"],
                number=clean(d["number"]),
                signed_on=dt.date.fromisoformat(d["signed_on"]),
                issuer=clean(d["issuer"]),
                issuer_unit_code=str(d.get("issuer_unit_code", ""))[:20],
                award_form=d.get("award_form"),
                summary=clean(d.get("summary", "")),
            )
            session.add(row)
            report.created += 1
        session.flush()
        linked = {dm.model_id for dm in row.models}
        for uuid in d["model_uuids"]:
            model = by_uuid(session, DvkModel, uuid)
            mine = model is not None and model.source_unit_code == ws.unit_code
            if mine and model.id not in linked:
                row.models.append(DecisionModel(model=model))
    own_models: dict[str, DvkModel] = {}
    versions = change_records.seen_versions(records)
    for m in records.get("models", []):
        model = by_uuid(session, DvkModel, m["uuid"])
        if model is None or model.source_unit_code != ws.unit_code:
            report.notes.append(
                _t("Mô hình {code} không thuộc đơn vị này: bỏ qua.", code=str(m.get("code"))[:40])
            )
            continue
        own_models[model.uuid] = model
        newer = versions.get(model.uuid)
        if newer is not None and newer <= model.upper_version and m["status"] != model.status:
            # The upper level's part has not changed since: the commune's later step stands.
            continue
        _apply_status(session, model, m, actor, report)
    _apply_review_records(session, records, own_models, sender)
    report.notes += change_records.apply_outcomes(session, records, own_models, actor=actor)
    return report


def _apply_status(
    session: Session, model: DvkModel, m: dict[str, Any], actor: str, report: ApplyReport
) -> None:
    local, incoming = Status(model.status), Status(m["status"])
    score = Decimal(m["score"]) if m.get("score") is not None else None
    grade = m.get("grade") if score is not None else None
    if score is None and _scored_here(session, model):
        score, grade = model.score, model.grade  # the parent has no score: keep the commune's
    if local is incoming:
        if (model.score, model.grade) != (score, grade):  # scored, no decision yet
            before = {"score": model.score, "grade": model.grade}
            model.score, model.grade, model.updated_at = score, grade, utcnow()
            audit.record(
                session, action="decision", entity="model", entity_uuid=model.uuid,
                actor=actor, before=before, after={"score": score, "grade": grade},
            )  # fmt: skip
            report.updated += 1
        else:
            report.unchanged += 1
        return
    owned_above = incoming in ownership.DECIDED or incoming is Status.STOPPED
    if not owned_above and not reachable(
        local, incoming, {WorkspaceRole.UPPER, WorkspaceRole.COMMUNE}
    ):
        report.notes.append(
            _t(
                "{code}: không thể chuyển từ “{source}” sang “{target}”.",
                code=model.code,
                source=local.label,
                target=incoming.label,
            )
        )
        return
    session.add(
        StatusChange(
            model_id=model.id,
            from_status=local.value,
            to_status=incoming.value,
            actor=actor,
            note="Theo quyết định của cấp trên",
        )
    )
    before = {"status": model.status, "score": model.score, "grade": model.grade}
    model.status = incoming.value
    if score is not None:
        model.score, model.grade = score, grade
    model.updated_at = utcnow()
    audit.record(
        session, action="decision", entity="model", entity_uuid=model.uuid, actor=actor,
        before=before, after={"status": incoming.value},
    )  # fmt: skip
    report.updated += 1


def _scored_here(session: Session, model: DvkModel) -> bool:
    """Whether the commune scored this model itself (its score is then its own)."""
    ws_code = session.scalars(select(Workspace.unit_code)).one()
    return (
        session.scalars(
            select(Evaluation.id).where(
                Evaluation.model_id == model.id,
                Evaluation.origin_unit_code.in_(("", ws_code)),
                Evaluation.member_key.is_not(None),
            )
        ).first()
        is not None
    )


def _apply_review_records(
    session: Session, records: dict[str, Any], mine: dict[str, DvkModel], sender: str
) -> None:
    """Store the parent's rubrics, reviews and score sheets of this commune's own models."""
    held_rubrics = rows_by_uuid(
        session, RubricVersion, [r["uuid"] for r in records.get("rubrics", [])]
    )
    for r in records.get("rubrics", []):
        if r["uuid"] in held_rubrics:
            continue  # a saved version never changes
        row = RubricVersion(
            uuid=r["uuid"], issuer_unit_code=sender, scope=r["scope"], version=r["version"],
            name=clean(r["name"]), criteria_json=json.dumps(
                [{"code": c["code"], "name": clean(c["name"]), "max_points": c["max_points"]}
                 for c in r["criteria"]], ensure_ascii=False),
            excellent_from=r["excellent_from"], good_from=r["good_from"],
            pass_from=r["pass_from"], note=clean(r.get("note", "")),
            created_at=_when(r.get("created_at")) or utcnow(), created_by=sender,
        )  # fmt: skip
        session.add(row)
        held_rubrics[row.uuid] = row
    held = rows_by_uuid(session, ModelReview, [r["uuid"] for r in records.get("reviews", [])])
    for r in records.get("reviews", []):
        model = mine.get(r["model_uuid"])
        if model is None or r["uuid"] in held:
            continue  # a verdict never changes once given
        session.add(
            ModelReview(
                uuid=r["uuid"],
                model_id=model.id,
                state=r["state"],
                comment=clean(r["comment"]),
                actor=clean(r["actor"]),
                at=_when(r["at"]),
                origin_unit_code=sender,
            )
        )
    session.flush()
    _apply_sheets(session, records.get("score_sheets", []), mine, sender, held_rubrics)


def _apply_sheets(
    session: Session,
    sheets: list[dict[str, Any]],
    mine: dict[str, DvkModel],
    sender: str,
    held_rubrics: dict[str, RubricVersion],
) -> None:
    """Mirror the parent's current sheets of each model (a withdrawn sheet disappears)."""
    ids = [m.id for m in mine.values()]
    existing: dict[str, Evaluation] = {}
    for start in range(0, len(ids), 500):
        stmt = select(Evaluation).where(
            Evaluation.model_id.in_(ids[start : start + 500]),
            Evaluation.origin_unit_code == sender,
        )
        existing.update((e.uuid, e) for e in session.scalars(stmt))
    wanted = {s["uuid"] for s in sheets if s["model_uuid"] in mine}
    for row in existing.values():
        if row.uuid not in wanted:
            session.delete(row)
    session.flush()
    for s in sheets:
        model = mine.get(s["model_uuid"])
        if model is None:
            continue
        held_row = existing.get(s["uuid"])
        if held_row is None:
            row = Evaluation(uuid=s["uuid"], model_id=model.id, origin_unit_code=sender)
            session.add(row)
        else:
            row = held_row
        rubric = held_rubrics[s["rubric_uuid"]]  # checked: every sheet's rubric travels too
        row.evaluator, row.member_key = clean(s["member"]), member_key(s["member"])
        row.member_position, row.comment = clean(s["position"]), clean(s["comment"])
        row.evaluated_on = dt.date.fromisoformat(s["evaluated_on"])
        row.scores_json = json.dumps(
            {k: float(Decimal(v)) if Decimal(v) % 1 else int(Decimal(v))
             for k, v in s["scores"].items()}, sort_keys=True,
        )  # fmt: skip
        row.total, row.grade, row.rubric_id = Decimal(s["total"]), s["grade"], rubric.id
        row.updated_at = _when(s.get("updated_at"))


def _when(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text).replace(tzinfo=None) if text else None
