"""Checks of what a signature cannot vouch for: evidence names, the sender's clock, the layout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from dvk_desktop.messages import _t
from dvk_desktop.services.exchange.format import HEADER, SHA256_RE

EVIDENCE_DIR = "data/evidence/"
# A clock this far off is a wrong date setting, not a slow courier.
CLOCK_PAST = dt.timedelta(days=365)
CLOCK_FUTURE = dt.timedelta(days=1)
REATTACH_HINT = _t(
    "Hãy mở mô hình đó, gỡ tệp minh chứng hỏng và đính kèm lại tệp gốc (hoặc khôi phục kho "
    "từ bản sao lưu), rồi xuất lại gói."
)


def misnamed_evidence(payload: Mapping[str, str]) -> list[str]:
    """Evidence files whose bytes do not hash to their name (``payload``: name → real hash).

    The bag's manifest proves the bytes arrived as the sender packed them, not that they are
    the file the name promises: a store keeps one file per hash and skips hashes it holds,
    so a wrong file under a right name would stay wrong for good.
    """
    problems = []
    for name, actual in sorted(payload.items()):
        if not name.startswith(EVIDENCE_DIR):
            continue
        sha = name.removeprefix(EVIDENCE_DIR)
        if SHA256_RE.fullmatch(sha) is None:
            problems.append(
                _t("tệp minh chứng “{sha}” không mang tên là mã SHA-256 của nó", sha=sha[:40])
            )
        elif actual != sha:
            problems.append(
                _t(
                    "nội dung tệp minh chứng {sha}… không khớp với tên (mã băm) của nó: tệp đã "
                    "bị thay hoặc bị hỏng trước khi ký",
                    sha=sha[:12],
                )
            )
    return problems


def rezipped_folder(names: Iterable[str]) -> str | None:
    """The folder a package was re-zipped inside (``folder/dvk-header.json``), if it was."""
    for name in names:
        parts = name.split("/")
        if parts[-1] == HEADER and len(parts) >= 2:
            return "/".join(parts[:-1])
    return None


def parse_created(header: Mapping[str, Any]) -> dt.datetime | None:
    """The header's ``created`` as a naive UTC time, None if it is not an ISO timestamp."""
    raw = header.get("created")
    if not isinstance(raw, str) or len(raw) < 19:
        return None
    try:
        when = dt.datetime.fromisoformat(raw)
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when


def clock_warnings(
    header: Mapping[str, Any], previous: Any, *, now: dt.datetime | None = None
) -> list[str]:
    """Say so when the sender's clock looks wrong; packages are ordered by sequence anyway.

    ``previous`` is the ledger entry of the sender's last imported package (or None).
    """
    created = parse_created(header)
    if created is None:
        return []
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    if created > now + CLOCK_FUTURE:
        return [
            _t(
                "gói ghi ngày tạo {created}, sau ngày hôm nay: đồng hồ máy của bên gửi có "
                "vẻ bị đặt sai; gói vẫn được xếp theo số thứ tự",
                created=f"{created:%d/%m/%Y}",
            )
        ]
    before = getattr(previous, "created_at", None)
    if isinstance(before, dt.datetime) and created < before - CLOCK_PAST:
        return [
            _t(
                "gói ghi ngày tạo {created}, sớm hơn nhiều so với gói số "
                "{sequence} đã nhập ({before}): đồng hồ máy của bên gửi có vẻ "
                "bị đặt sai; gói vẫn được xếp theo số thứ tự",
                created=f"{created:%d/%m/%Y}",
                sequence=previous.sequence,
                before=f"{before:%d/%m/%Y}",
            )
        ]
    return []


def describe_evidence(records: Mapping[str, Any], sha256: str) -> str:
    """“photo.jpg” of model “name” (code), as the records being sent name them."""
    parts = [records, *records.get("children", [])]
    for part in parts:
        models = {m.get("uuid"): m for m in part.get("models", []) if isinstance(m, dict)}
        for e in part.get("evidence", []):
            if isinstance(e, dict) and e.get("sha256") == sha256:
                model = models.get(e.get("model_uuid"), {})
                if model.get("code"):
                    return _t(
                        "“{file}” của mô hình “{model}” ({code})",
                        file=e.get("original_name", sha256[:12]),
                        model=model.get("name", "?"),
                        code=model["code"],
                    )
                return _t(
                    "“{file}” của mô hình “{model}”",
                    file=e.get("original_name", sha256[:12]),
                    model=model.get("name", "?"),
                )
    return f"{sha256[:12]}…"
