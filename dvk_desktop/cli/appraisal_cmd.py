"""``dvk review set|list|show``: the upper level's review (thẩm định) of proposed models."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import print_json
from dvk_desktop.domain.review import ReviewState
from dvk_desktop.errors import ValidationError

# Short words a clerk types, besides the codes and the labels.
ALIASES = {
    "tiep_nhan": ReviewState.RECEIVED,
    "bo_sung": ReviewState.NEEDS_INFO,
    "tra_lai": ReviewState.NEEDS_INFO,
    "chap_nhan": ReviewState.ACCEPTED,
    "dat": ReviewState.ACCEPTED,
    "khong_chap_nhan": ReviewState.NOT_ACCEPTED,
    "khong_dat": ReviewState.NOT_ACCEPTED,
}
CHOICES = " | ".join(s.value for s in ReviewState)


def _state(text: str) -> ReviewState:
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    if key in ALIASES:
        return ALIASES[key]
    try:
        return ReviewState.from_text(text)
    except KeyError:
        raise ValidationError(
            f"Trạng thái thẩm định “{text}” không hợp lệ.", hint=f"Chọn một trong: {CHOICES}."
        ) from None


def _set(args: argparse.Namespace) -> None:
    from dvk_desktop.services import review
    from dvk_desktop.storage.workspace import open_workspace

    state = _state(args.state)
    with open_workspace(workspace_dir(args)) as handle:
        if len(args.models) > 1:  # one batch: every model, or none if one may not take it
            entries = review.set_reviews(
                handle, args.models, state, comment=args.comment or "", actor=args.by
            )
            sys.stdout.write(
                f"Đã ghi thẩm định: {entries[0].state_label} cho {len(entries)} mô hình "
                f"({entries[0].actor}, {entries[0].when}).\n"
            )
            return
        entry = review.set_review(
            handle, args.models[0], state, comment=args.comment or "", actor=args.by
        )
    sys.stdout.write(f"Đã ghi thẩm định: {entry.state_label} ({entry.actor}, {entry.when}).\n")
    if entry.state is ReviewState.NEEDS_INFO:
        sys.stdout.write(
            "Mô hình được trả lại để bổ sung; nhận xét sẽ đến đơn vị trong gói quyết định.\n"
        )


def _list(args: argparse.Namespace) -> None:
    from dvk_desktop.services import review
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        rows = review.list_reviews(
            handle,
            state=_state(args.state) if args.state else None,
            unit_code=args.unit,
            include_closed=args.all,
        )
    if args.json:
        print_json([dataclasses.asdict(r) | {"state_label": r.state_label} for r in rows])
        return
    for r in rows:
        when = r.at.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M %d/%m/%Y") if r.at else ""
        sys.stdout.write(
            f"{r.unit_code}/{r.model_code:<12} {r.state_label:<28} {r.model_name[:40]:<40} "
            f"{r.unit_name}" + (f"  ({r.actor}, {when})" if r.actor else "") + "\n"
        )
        if r.comment:
            sys.stdout.write(f"    “{r.comment[:200]}”\n")
    if not rows:
        sys.stdout.write("Không có mô hình nào đang chờ thẩm định.\n")
    else:
        sys.stdout.write(f"Tổng cộng {len(rows)} mô hình.\n")


def _show(args: argparse.Namespace) -> None:
    from dvk_desktop.services.feedback import feedback_lines, model_feedback
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        feedback = model_feedback(handle, args.model)
    if args.json:
        print_json(dataclasses.asdict(feedback))
        return
    sys.stdout.write("\n".join(feedback_lines(feedback)) + "\n")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk review …``."""
    rev = sub.add_parser(
        "review", parents=[common], help="thẩm định mô hình đề nghị công nhận / review models"
    )
    rsub = rev.add_subparsers(
        dest="review_command", metavar="LỆNH", required=True, parser_class=type(rev)
    )
    p = rsub.add_parser("set", parents=[common], help="ghi kết quả thẩm định / set a verdict")
    p.add_argument(
        "models", nargs="+", help="mã mô hình; nhiều mã: ghi cả lô / model codes (a batch)"
    )
    p.add_argument("--state", required=True, help=f"{CHOICES} (hoặc bo_sung, chap_nhan…)")
    p.add_argument("--comment", help="nhận xét (bắt buộc khi cần bổ sung hoặc không đủ điều kiện)")
    p.add_argument("--by", help="người thẩm định / reviewer")
    p.set_defaults(handler=_set)
    p = rsub.add_parser("list", parents=[common], help="mô hình chờ thẩm định / models to review")
    p.add_argument("--state", help=CHOICES)
    p.add_argument("--unit", help="mã xã / commune code")
    p.add_argument("--all", action="store_true", help="cả mô hình đã thẩm định xong")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
    p = rsub.add_parser(
        "show", parents=[common], help="thẩm định, điểm và quyết định của một mô hình / show one"
    )
    p.add_argument("model", help="mã mô hình / model code or uuid")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_show)
