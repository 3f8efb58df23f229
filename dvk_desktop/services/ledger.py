"""The package ledger: sequence numbers, the hash chain per sender, evidence acks, quarantine."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from dvk_desktop.config import WorkspacePaths
from dvk_desktop.messages import _t, render
from dvk_desktop.storage.atomic import atomic_write_text
from dvk_desktop.storage.models import EvidenceAck, PackageLedger, Setting
from dvk_desktop.storage.serial import serialise
from dvk_desktop.storage.workspace import WorkspaceHandle


@dataclass(frozen=True)
class LedgerEntry:
    """A package sent or imported."""

    direction: str
    sender_unit_code: str
    recipient_unit_code: str
    sequence: int
    package_sha256: str
    previous_sha256: str
    kind: str
    file_name: str
    recorded_at: dt.datetime
    counts: dict[str, Any]


def reserve_sequence(handle: WorkspaceHandle, recipient: str) -> tuple[int, str]:
    """Take the next sequence number for ``recipient`` and commit it before anything is signed.

    A crash after this skips a number, and a number is never used twice (packages.md). Returns
    the sequence and the hash of the last package sent to that recipient (the chain link).
    """
    key = f"package_sequence:{recipient}"
    with handle.sessions() as session, session.begin():
        serialise(session, key)  # two clerks sending at once never take the same number
        row = session.get(Setting, key)
        last_sent = session.scalars(
            select(PackageLedger)
            .where(PackageLedger.direction == "out", PackageLedger.recipient_unit_code == recipient)
            .order_by(PackageLedger.sequence.desc())
        ).first()
        reserved = int(row.value) if row else 0
        sequence = max(reserved, last_sent.sequence if last_sent else 0) + 1
        if row is None:
            session.add(Setting(key=key, value=str(sequence)))
        else:
            row.value = str(sequence)
        previous = last_sent.package_sha256 if last_sent else ""
    return sequence, previous


def last_imported(session: Session, sender: str, recipient: str) -> PackageLedger | None:
    """The newest package imported from ``sender`` to ``recipient``."""
    return session.scalars(
        select(PackageLedger)
        .where(
            PackageLedger.direction == "in",
            PackageLedger.sender_unit_code == sender,
            PackageLedger.recipient_unit_code == recipient,
        )
        .order_by(PackageLedger.sequence.desc())
    ).first()


def find_by_hash(session: Session, package_sha256: str, direction: str) -> PackageLedger | None:
    """A ledger entry by the package's hash."""
    return session.scalars(
        select(PackageLedger).where(
            PackageLedger.package_sha256 == package_sha256, PackageLedger.direction == direction
        )
    ).first()


def record(
    session: Session,
    *,
    direction: str,
    sender: str,
    recipient: str,
    sequence: int,
    package_sha256: str,
    previous_sha256: str,
    kind: str,
    file_name: str,
    created_at: dt.datetime,
    counts: dict[str, Any],
    size: int | None = None,
) -> None:
    """Add a ledger entry in the caller's transaction (``size``: bytes of the package file)."""
    session.add(
        PackageLedger(
            direction=direction, sender_unit_code=sender, recipient_unit_code=recipient,
            sequence=sequence, package_sha256=package_sha256, previous_sha256=previous_sha256,
            kind=kind, file_name=file_name[:300], created_at=created_at,
            counts_json=json.dumps(counts, ensure_ascii=False, sort_keys=True), size=size,
        )
    )  # fmt: skip


def entries(handle: WorkspaceHandle, direction: str | None = None) -> list[LedgerEntry]:
    """Ledger entries, newest first."""
    with handle.sessions() as session:
        stmt = select(PackageLedger).order_by(
            PackageLedger.recorded_at.desc(), PackageLedger.id.desc()
        )
        if direction:
            stmt = stmt.where(PackageLedger.direction == direction)
        return [
            LedgerEntry(
                p.direction, p.sender_unit_code, p.recipient_unit_code, p.sequence,
                p.package_sha256, p.previous_sha256, p.kind, p.file_name, p.recorded_at,
                json.loads(p.counts_json or "{}"),
            )
            for p in session.scalars(stmt)
        ]  # fmt: skip


def acknowledged(session: Session, recipient: str) -> set[str]:
    """Evidence hashes ``recipient`` has confirmed holding."""
    return set(
        session.scalars(
            select(EvidenceAck.sha256).where(EvidenceAck.recipient_unit_code == recipient)
        )
    )


def add_acks(session: Session, recipient: str, hashes: set[str]) -> int:
    """Remember that ``recipient`` holds these evidence files; return how many were new."""
    known = acknowledged(session, recipient)
    new = sorted(hashes - known)
    session.add_all(EvidenceAck(recipient_unit_code=recipient, sha256=h) for h in new)
    return len(new)


def drop_acks(session: Session, recipient: str, hashes: set[str]) -> int:
    """``recipient`` asks again for these files: the next package carries them."""
    if not hashes:
        return 0
    result = session.execute(
        delete(EvidenceAck).where(
            EvidenceAck.recipient_unit_code == recipient, EvidenceAck.sha256.in_(sorted(hashes))
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)


def quarantine(paths: WorkspacePaths, package: Path, problems: list[str], title: str) -> Path:
    """Keep a refused package with a report of every problem found (in the current language)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = paths.quarantine / f"{stamp}-{package.name[:80]}"
    folder.mkdir(parents=True, exist_ok=True)
    if package.is_file():
        shutil.copy2(package, folder / package.name)
    # In the language of the program that refused it: the clerk reads it beside the message.
    now = dt.datetime.now().strftime("%d/%m/%Y %H:%M")
    lines = [
        _t("BÁO CÁO GÓI DỮ LIỆU BỊ TỪ CHỐI"),
        _t("Tệp: {name}", name=package.name),
        _t("Thời điểm kiểm tra: {when}", when=now),
        _t("Kết luận: {title}", title=title),
        "",
        _t("Các vấn đề phát hiện:"),
        *(f"  {n}. {render(p)}" for n, p in enumerate(problems, 1)),
        "",
        _t("Dữ liệu trên máy không bị thay đổi. Hãy liên hệ đơn vị gửi để nhận lại gói đúng,"),
        _t("hoặc báo cán bộ phụ trách nếu nghi ngờ gói bị giả mạo."),
    ]
    lines = [render(line) for line in lines]
    report = folder / "bao-cao-kiem-tra.txt"
    atomic_write_text(report, "\n".join(lines) + "\n")
    return report
