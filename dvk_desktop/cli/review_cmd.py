"""``dvk decisions add|list`` and ``dvk evaluate``: recording reviews, recognitions and awards."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import print_json
from dvk_desktop.domain.rubric import DEFAULT_RUBRIC
from dvk_desktop.domain.text import format_date, format_number, parse_date, parse_number
from dvk_desktop.domain.vocab import AwardForm, DecisionKind
from dvk_desktop.errors import ValidationError
from dvk_desktop.services.decisions import DecisionInput, list_decisions, record_decision
from dvk_desktop.services.evaluations import evaluate
from dvk_desktop.storage.workspace import open_workspace


def _add(args: argparse.Namespace) -> None:
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
    )
    with open_workspace(workspace_dir(args)) as handle:
        record_decision(handle, data)
    sys.stdout.write(f"Đã ghi quyết định {data.number} cho {len(args.models)} mô hình.\n")


def _list(args: argparse.Namespace) -> None:
    with open_workspace(workspace_dir(args)) as handle:
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


def _evaluate(args: argparse.Namespace) -> None:
    scores: dict[str, float] = {}
    for item in args.score:
        code, _, value = item.partition("=")
        scores[code.strip()] = float(parse_number(value, label=f"Điểm {code}"))
    when = parse_date(args.date, label="Ngày chấm") if args.date else dt.date.today()
    with open_workspace(workspace_dir(args)) as handle:
        result = evaluate(
            handle,
            args.model,
            scores,
            evaluated_on=when,
            evaluator=args.evaluator or "",
            comment=args.comment or "",
        )
    sys.stdout.write(
        f"Tổng điểm {format_number(result.total)}/{DEFAULT_RUBRIC.total_points}: "
        f"xếp loại {result.grade.label}.\n"
    )


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk decisions …`` and ``dvk evaluate``."""
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
    p.add_argument("models", nargs="+", help="mã mô hình / model codes or uuids")
    p.set_defaults(handler=_add)
    p = dsub.add_parser("list", parents=[common], help="danh sách quyết định / list decisions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)

    criteria = ", ".join(f"{c.code} (tối đa {c.max_points})" for c in DEFAULT_RUBRIC.criteria)
    p = sub.add_parser(
        "evaluate",
        parents=[common],
        help="chấm điểm mô hình / score a model",
        description=f"Tiêu chí: {criteria}.",
    )
    p.add_argument("model", help="mã mô hình / model code or uuid")
    p.add_argument("--score", action="append", required=True, metavar="TIÊU_CHÍ=ĐIỂM")
    p.add_argument("--date", help="ngày chấm dd/mm/yyyy")
    p.add_argument("--evaluator", help="người/hội đồng chấm")
    p.add_argument("--comment", help="nhận xét")
    p.set_defaults(handler=_evaluate)
