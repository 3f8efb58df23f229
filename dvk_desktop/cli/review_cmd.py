"""``dvk decisions add|list``: recording recognitions and awards (scoring is in scoring_cmd)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.models_cmd import resolve
from dvk_desktop.cli.output import print_json
from dvk_desktop.domain.text import format_date, parse_date
from dvk_desktop.domain.vocab import AwardForm, DecisionKind
from dvk_desktop.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from dvk_desktop.services.decisions import DecisionRow
    from dvk_desktop.storage.workspace import WorkspaceHandle


def _add(args: argparse.Namespace) -> None:
    from dvk_desktop.services.decisions import DecisionInput, record_decision
    from dvk_desktop.storage.workspace import open_workspace

    try:
        kind = DecisionKind.from_text(args.kind)
        form = AwardForm.from_text(args.award_form) if args.award_form else None
    except KeyError as exc:
        raise ValidationError(
            f"Loại quyết định hoặc hình thức khen “{exc.args[0]}” không hợp lệ.",
            hint="Xem dvk decisions add --help.",
        ) from None
    data = DecisionInput(
        kind=DecisionKind(kind),
        number=args.number,
        signed_on=parse_date(args.date, label="Ngày ký"),
        issuer=args.issuer,
        model_uuids=args.models,
        award_form=AwardForm(form) if form else None,
        summary=args.summary or "",
        scan=args.scan,
    )
    with open_workspace(workspace_dir(args)) as handle:
        data = replace(data, model_uuids=[resolve(handle, m) for m in args.models])
        record_decision(handle, data)
    kept = " (kèm bản quét)" if args.scan else ""
    sys.stdout.write(f"Đã ghi quyết định {data.number} cho {len(args.models)} mô hình{kept}.\n")


def _find_decision(handle: WorkspaceHandle, number: str) -> DecisionRow:
    from dvk_desktop.services.decisions import list_decisions

    rows = [r for r in list_decisions(handle) if r.number == number.strip()]
    if not rows:
        raise NotFoundError(f"Không có quyết định số “{number}”.")
    if len(rows) > 1:
        raise ValidationError(
            f"Có {len(rows)} quyết định cùng số “{number}” của các cơ quan khác nhau.",
            details=[f"{r.number} — {r.issuer}" for r in rows],
        )
    return rows[0]


def _attach(args: argparse.Namespace) -> None:
    from dvk_desktop.services.decisions import attach_scan
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        row = _find_decision(handle, args.number)
        linked = attach_scan(handle, row.uuid, args.scan)
    sys.stdout.write(f"Đã lưu bản quét quyết định {row.number} vào minh chứng {linked} mô hình.\n")


def _annex(args: argparse.Namespace) -> None:
    from dvk_desktop.services.reporting import print_decision_annex
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        row = _find_decision(handle, args.number)
        pages = print_decision_annex(handle, row.uuid, args.out)
    sys.stdout.write(
        f"Đã in danh sách kèm theo quyết định {row.number}: {args.out} ({pages} trang).\n"
    )


def _propose(args: argparse.Namespace) -> None:
    from dvk_desktop.services.decisions import propose_for_award
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        count = propose_for_award(
            handle, [resolve(handle, m) for m in args.models], note=args.note or ""
        )
    sys.stdout.write(f"Đã đề nghị khen thưởng {count} mô hình.\n")


def _list(args: argparse.Namespace) -> None:
    from dvk_desktop.services.decisions import list_decisions
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        rows = list_decisions(handle)
    if args.json:
        print_json([r.__dict__ for r in rows])
        return
    for r in rows:
        sys.stdout.write(
            f"{r.number:<16} {format_date(r.signed_on)}  {DecisionKind(r.kind).label:<12} "
            f"{r.issuer}  ({', '.join(r.model_codes)})\n"
        )
    if not rows:
        sys.stdout.write("Chưa có quyết định nào.\n")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk decisions …``."""
    dec = sub.add_parser(
        "decisions", parents=[common], help="quyết định công nhận, khen thưởng / decisions"
    )
    dsub = dec.add_subparsers(
        dest="decisions_command", metavar="LỆNH", required=True, parser_class=type(dec)
    )
    p = dsub.add_parser("add", parents=[common], help="ghi một quyết định / record a decision")
    p.add_argument(
        "--kind", required=True, help="cong_nhan | khong_dat | tieu_bieu | khen_thuong | nhan_rong"
    )
    p.add_argument("--number", required=True, help="số, ký hiệu, ví dụ 12/QĐ-UBND")
    p.add_argument("--date", required=True, help="ngày ký dd/mm/yyyy / signing date")
    p.add_argument("--issuer", required=True, help="cơ quan ban hành / issuing body")
    p.add_argument("--award-form", help=" | ".join(f.value for f in AwardForm))
    p.add_argument("--summary", help="trích yếu / summary")
    p.add_argument("--scan", type=Path, help="bản quét quyết định đã ký (PDF, ảnh) / the scan")
    p.add_argument(
        "models", nargs="+", help="mã mô hình (cấp trên: 20791/MH-2026-001) / model codes"
    )
    p.set_defaults(handler=_add)
    p = dsub.add_parser(
        "attach", parents=[common], help="đính kèm bản quét / attach the signed scan"
    )
    p.add_argument("number", help="số quyết định / decision number")
    p.add_argument("scan", type=Path)
    p.set_defaults(handler=_attach)
    p = dsub.add_parser(
        "annex", parents=[common], help="in danh sách kèm theo (PDF) / print the annex"
    )
    p.add_argument("number", help="số quyết định / decision number")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_annex)
    p = dsub.add_parser(
        "propose", parents=[common], help="đề nghị khen thưởng / propose for commendation"
    )
    p.add_argument("models", nargs="+", help="mã mô hình tiêu biểu / exemplary models")
    p.add_argument("--note", help="số tờ trình, ghi chú / proposal reference")
    p.set_defaults(handler=_propose)
    p = dsub.add_parser("list", parents=[common], help="danh sách quyết định / list decisions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
