"""Ownership on the exchange path: change requests and part versions in both kinds of package.

Up (records package): the commune's own change requests, and ``upper_seen``, the upper level's
part version the commune had received for each model. The upper level stores new requests,
never a verdict from below, and :func:`status_gate` decides what a commune status means: a
step it may take, a commune that has not caught up yet, or a change the lock forbids, which
becomes a change request instead of replacing the upper level's status.

Down (decisions package): every request of the child's models with its verdict, and
``upper_versions``. The commune stores them and applies an accepted change to its registration.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid as uuidlib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvk_desktop.domain import ownership
from dvk_desktop.domain.ownership import ChangeState
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.text import clean
from dvk_desktop.domain.vocab import Status, WorkspaceRole
from dvk_desktop.messages import _t
from dvk_desktop.services import audit
from dvk_desktop.storage.models import ChangeRequest, DvkModel, Evidence, utcnow

MAX_REQUESTS = 100_000
FORCED_REASON = (
    "Gói dữ liệu của đơn vị thay đổi mô hình cấp trên đã khóa; được ghi thành yêu cầu thay đổi."
)


def side_of(session: Session, row: DvkModel) -> dict[str, Any]:
    """A model as one side of a change request: its record, status and evidence held."""
    from dvk_desktop.services.exchange.records.collect import model_record  # collect uses us

    record = model_record(row)
    evidence = session.scalars(
        select(Evidence)
        .where(Evidence.model_id == row.id, Evidence.removed_at.is_(None))
        .order_by(Evidence.id)
    )
    record["evidence"] = [
        {"sha256": e.sha256, "name": e.original_name, "caption": e.caption} for e in evidence
    ]
    return record


def request_record(cr: ChangeRequest, model_uuid: str) -> dict[str, Any]:
    """One request as a package carries it (the verdict is filled at the upper level only)."""
    return {
        "uuid": cr.uuid, "model_uuid": model_uuid, "origin_unit_code": cr.origin_unit_code,
        "base_version": cr.base_version, "base": json.loads(cr.base_json),
        "proposed": json.loads(cr.proposed_json), "reason": cr.reason,
        "created_at": cr.created_at.isoformat(), "created_by": cr.created_by, "state": cr.state,
        "decided_at": cr.decided_at.isoformat() if cr.decided_at else None,
        "decided_by": cr.decided_by, "decision_comment": cr.decision_comment,
        "applied_version": cr.applied_version,
    }  # fmt: skip


def collect(session: Session, models: list[DvkModel], *, own_only: bool) -> dict[str, Any]:
    """The sections for a package about ``models``: their requests and part versions."""
    uuid_of = {m.id: m.uuid for m in models}
    ids = sorted(uuid_of)
    requests: list[ChangeRequest] = []
    for start in range(0, len(ids), 500):
        stmt = select(ChangeRequest).where(ChangeRequest.model_id.in_(ids[start : start + 500]))
        requests += session.scalars(stmt.order_by(ChangeRequest.id))
    if own_only:  # a commune sends the requests it made, not those its parent recorded
        codes = {m.id: m.source_unit_code for m in models}
        requests = [r for r in requests if r.origin_unit_code == codes[r.model_id]]
    return {
        "change_requests": [request_record(r, uuid_of[r.model_id]) for r in requests],
        "upper_versions": {m.uuid: m.upper_version for m in models},
    }


def problems_in(records: dict[str, Any], unit: str = "") -> list[str]:
    """What is wrong with what a snapshot's change requests name, in Vietnamese.

    Verify runs this before anything is written, on records whose fields passed their specs
    (``schema.SECTIONS["change_requests"]``), so a request naming a model the package does not
    carry, or twice the same request, refuses the package instead of being left out on import.
    """
    out: list[str] = []
    of = _t(" của đơn vị {unit}", unit=unit[:20]) if unit else ""
    held = {m["uuid"] for m in records.get("models", [])}
    seen: set[str] = set()
    for n, r in enumerate(records.get("change_requests", []), 1):
        where = _t("Yêu cầu thay đổi thứ {n}{of}", n=n, of=of)
        what = ""
        if r["uuid"] in seen:
            what = _t("mã định danh bị trùng trong gói")
        elif r["model_uuid"] not in held:
            what = _t("mô hình của yêu cầu không có trong gói")
        if what:
            out.append(_t("{where}: {what}", where=where, what=what))
        seen.add(r["uuid"])
        if len(out) >= 50:
            break
    return out


def requests_in(records: dict[str, Any]) -> list[dict[str, Any]]:
    """The change requests of a package (verified: each has the fields of its spec)."""
    return list(records.get("change_requests", []))


def seen_versions(records: dict[str, Any]) -> dict[str, int]:
    """The part versions a package names, by model uuid (verified: whole numbers)."""
    return dict(records.get("upper_versions", {}))


def store_incoming(
    session: Session, records: dict[str, Any], models: dict[str, DvkModel], sender: str, side: Any
) -> int:
    """Store a child's new change requests at the upper level (a verdict from below is ignored).

    The base shown is the upper level's own copy (``side``), which is what it decided on.
    """
    held = {
        r.uuid
        for r in session.scalars(
            select(ChangeRequest).where(
                ChangeRequest.uuid.in_([r["uuid"] for r in requests_in(records)][:MAX_REQUESTS])
            )
        )
    }
    added = 0
    arriving = _arriving_evidence(records)
    for r in requests_in(records):
        model = models.get(r["model_uuid"])
        if model is None or model.source_unit_code != sender or r["uuid"] in held:
            continue
        base = side(session, model)
        # The package's evidence is stored after its requests: what the commune's own base
        # held counts as held here too, or a model's first package would show every photo as
        # "added" by the request; a photo the request itself adds still shows as added.
        have = {e["sha256"] for e in base["evidence"]}
        theirs = {e.get("sha256") for e in r["base"].get("evidence", []) if isinstance(e, dict)}
        base["evidence"] += [
            e
            for sha, e in arriving.get(model.uuid, {}).items()
            if sha not in have and sha in theirs
        ]
        session.add(
            ChangeRequest(
                uuid=r["uuid"], model_id=model.id, origin_unit_code=sender,
                base_version=r["base_version"], base_json=_dump(base),
                proposed_json=_dump(r["proposed"]), reason=clean(r["reason"]),
                created_at=_when(r.get("created_at")) or utcnow(),
                created_by=clean(str(r.get("created_by", "")))[:150],
                state=ChangeState.PENDING.value, decided_by="", decision_comment="",
            )
        )  # fmt: skip
        added += 1
    return added


def _arriving_evidence(records: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """The evidence a package carries, by model uuid and hash, as a request side lists it."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for e in records.get("evidence", []):
        out.setdefault(e["model_uuid"], {})[e["sha256"]] = {
            "sha256": e["sha256"], "name": clean(e["original_name"]),
            "caption": clean(e.get("caption", "")),
        }  # fmt: skip
    return out


def forced_request(
    session: Session, model: DvkModel, proposed: dict[str, Any], side: Any, *, sender: str
) -> bool:
    """Record what a package changed on a locked model as a change request; False if held.

    The uuid comes from the model and the content, so the same forced change arriving in
    every later package is one request, not one per import.
    """
    base = side(session, model)
    proposed = {**base, **proposed, "evidence": base["evidence"]}
    if not ownership.diff(base, proposed):
        return False
    digest = hashlib.sha256(_dump({**proposed, "version": None}).encode()).hexdigest()
    uuid = str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, f"dvk:{model.uuid}:{digest}"))
    if session.scalars(select(ChangeRequest.id).where(ChangeRequest.uuid == uuid)).first():
        return False
    session.add(
        ChangeRequest(
            uuid=uuid, model_id=model.id, origin_unit_code=sender, base_version=model.version,
            base_json=_dump(base), proposed_json=_dump(proposed), reason=FORCED_REASON,
            created_by=audit.package_actor(sender), state=ChangeState.PENDING.value, decided_by="",
            decision_comment="",
        )
    )  # fmt: skip
    return True


def status_gate(
    local: Status, incoming: Status, review: ReviewState | None, *, seen: int, held: int,
    reachable: Any,
) -> str:  # fmt: skip
    """What the upper level does with a commune's status: "apply", "keep" or "request".

    ``seen`` is the upper level's part version the commune had received, ``held`` the current
    one. A commune that had not seen the latest verdict and sends an earlier status is behind
    (keep); a step the commune may take is applied; anything else undoes the upper level's
    work and becomes a change request.
    """
    if local is incoming:
        return "keep"
    behind = reachable(incoming, local, {WorkspaceRole.COMMUNE, WorkspaceRole.UPPER})
    if seen < held and behind:
        return "keep"
    if reachable(local, incoming, {WorkspaceRole.COMMUNE}) and ownership.commune_step_allowed(
        local, incoming, review
    ):
        return "apply"
    return "keep" if behind else "request"


def apply_outcomes(
    session: Session, records: dict[str, Any], mine: dict[str, DvkModel], *, actor: str
) -> list[str]:
    """Store the parent's requests and verdicts at the commune; apply those newly accepted."""
    from dvk_desktop.services.change_requests import apply_accepted

    notes: list[str] = []
    incoming = [r for r in requests_in(records) if r["model_uuid"] in mine]
    held = {
        r.uuid: r
        for r in session.scalars(
            select(ChangeRequest).where(ChangeRequest.uuid.in_([r["uuid"] for r in incoming]))
        )
    }
    for r in incoming:
        model = mine[r["model_uuid"]]
        row = held.get(r["uuid"])
        if row is None:
            row = ChangeRequest(
                uuid=r["uuid"], model_id=model.id,
                origin_unit_code=str(r.get("origin_unit_code", model.source_unit_code))[:20],
                base_version=r["base_version"], base_json=_dump(r["base"]),
                proposed_json=_dump(r["proposed"]), reason=clean(r["reason"]),
                created_at=_when(r.get("created_at")) or utcnow(),
                created_by=clean(str(r.get("created_by", "")))[:150],
                state=ChangeState.PENDING.value, decided_by="", decision_comment="",
            )  # fmt: skip
            session.add(row)
        try:
            state = ChangeState(str(r.get("state")))
        except ValueError:
            continue
        if row.state != ChangeState.PENDING.value or state is ChangeState.PENDING:
            continue  # a verdict, once given, never changes
        row.state, row.decided_at = state.value, _when(r.get("decided_at")) or utcnow()
        row.decided_by = clean(str(r.get("decided_by", "")))[:150]
        row.decision_comment = clean(str(r.get("decision_comment", "")))[:4000]
        version = r.get("applied_version")
        if state is ChangeState.ACCEPTED and isinstance(version, int):
            if version > model.version:
                apply_accepted(session, model, row, actor=actor, version=version)
            row.applied_version = version
        # The news of the import: the verdict and the upper level's words, as it wrote them.
        if row.decision_comment:
            notes.append(
                _t(
                    "{code}: yêu cầu thay đổi — {state}: “{comment}”.",
                    code=model.code,
                    state=state.label,
                    comment=row.decision_comment[:300],
                )
            )
        else:
            notes.append(
                _t("{code}: yêu cầu thay đổi — {state}.", code=model.code, state=state.label)
            )
        audit.record(
            session, action="change_request_" + state.value, entity="model",
            entity_uuid=model.uuid, actor=actor, after={"change_request": row.uuid},
        )  # fmt: skip
    versions = seen_versions(records)
    for uuid, model in mine.items():
        model.upper_version = max(model.upper_version, versions.get(uuid, 0))
    return notes


def _dump(values: dict[str, Any]) -> str:
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def _when(text: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(text)).replace(tzinfo=None) if text else None
    except ValueError:
        return None
