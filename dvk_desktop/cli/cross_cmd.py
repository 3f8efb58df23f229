"""``dvk duplicates`` and ``dvk replication``: models across communes (duplicates, copies)."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import print_json
from dvk_desktop.domain import codes
from dvk_desktop.domain.period import parse_period
from dvk_desktop.errors import ValidationError


def _duplicates(args: argparse.Namespace) -> None:
    from dvk_desktop.services import duplicates
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        if args.dismiss is not None:
            view = duplicates.dismiss(handle, args.dismiss, note=args.note or "", actor=args.by)
            sys.stdout.write(
                f"Đã đánh dấu “không trùng”: {view.model.code} và {view.other.code}; "
                "cảnh báo này sẽ không hiện lại.\n"
            )
            return
        found = duplicates.scan(handle, commune=args.commune)
        flags = duplicates.list_flags(handle, commune=args.commune, include_dismissed=args.all)
    if args.json:
        print_json(
            [dataclasses.asdict(f) | {"kind": f.kind.value, "reason": f.reason} for f in flags]
        )
        return
    out = sys.stdout
    if found:
        out.write(f"Tìm thấy {found} cặp mới có thể trùng.\n")
    if not flags:
        out.write("Không có cặp mô hình nào có thể trùng.\n")
        return
    for f in flags:
        mark = " [không trùng]" if f.dismissed else ""
        out.write(
            f"#{f.id:<5} {f.kind.label}{mark}: {f.reason}\n"
            f"       {codes.qualified(f.model.unit_code, f.model.code)} “{f.model.name}” "
            f"({f.model.unit_name}, {f.model.year})\n"
            f"       {codes.qualified(f.other.unit_code, f.other.code)} “{f.other.name}” "
            f"({f.other.unit_name}, {f.other.year})\n"
        )
    still = sum(1 for f in flags if not f.dismissed)
    out.write(
        f'— {still} cặp cần xem; đánh dấu không trùng: dvk duplicates --dismiss SỐ --note "lý do"\n'
    )


def _link(args: argparse.Namespace) -> None:
    from dvk_desktop.services import replication
    from dvk_desktop.storage.workspace import open_workspace

    unit, code = codes.split(args.origin)
    if unit is None and len(code) == 36:
        kwargs = {"origin_uuid": code.lower()}
    elif unit is None:
        raise ValidationError(
            f"Mô hình gốc “{args.origin}” cần cả mã đơn vị, ví dụ 20194/MH-2026-001.",
        )
    else:
        kwargs = {"origin_unit_code": unit, "origin_code": code}
    with open_workspace(workspace_dir(args)) as handle:
        origin = replication.link(
            handle, args.model, origin_name=args.name or "", actor=args.by, **kwargs
        )
    sys.stdout.write(
        f"Đã ghi: {args.model} nhân rộng từ {codes.qualified(origin.unit_code, origin.code)}"
        + (f" “{origin.name}”" if origin.name else "")
        + ". Liên kết đi kèm gói gửi cấp trên.\n"
    )


def _show(args: argparse.Namespace) -> None:
    from dvk_desktop.services import replication
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        where = replication.replicated_at(handle, args.model)
        try:
            origins = replication.origins_of(handle, args.model)
        except ValidationError:
            origins = []
    if args.json:
        print_json(
            {
                "replicated_at": [dataclasses.asdict(w) for w in where],
                "replicates": [dataclasses.asdict(o) for o in origins],
            }
        )
        return
    out = sys.stdout
    for o in origins:
        out.write(f"Nhân rộng từ: {codes.qualified(o.unit_code, o.code)} {o.name}\n")
    if not where:
        out.write("Chưa có đơn vị nào ghi nhân rộng mô hình này.\n")
    for w in where:
        out.write(
            f"{w.unit_name} ({w.unit_code})  {w.code}  “{w.name}”  năm {w.year}  "
            f"{w.status_label or '—'}\n"
        )


def _completeness(args: argparse.Namespace) -> None:
    from dvk_desktop.services import communes, completeness
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        period = parse_period(args.period) if args.period else communes.current_period()
        rows = communes.overview(handle, period).rows
        missing = completeness.missing_evidence(handle, commune=args.commune)
    out = sys.stdout
    out.write(f"Kỳ {period.label}\n")
    for r in rows:
        if args.commune not in (None, r.code) or not (r.packages or r.sequence_gaps):
            continue
        gaps = ", ".join(str(n) for n in r.sequence_gaps) or "—"
        out.write(
            f"{r.code} {r.name}: {r.packages} gói, {r.models} mô hình, "
            f"{r.period_state.label}; thiếu gói số: {gaps}\n"
        )
    if not missing:
        out.write("Đã có đủ tệp minh chứng các mô hình nhắc tới.\n")
    for m in missing:
        out.write(
            f"Thiếu minh chứng: {codes.qualified(m.unit_code, m.model_code)} “{m.model_name}”: "
            f"{m.original_name} ({m.sha256[:12]}…)\n"
        )


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk duplicates`` and ``dvk replication …``."""
    p = sub.add_parser(
        "duplicates", parents=[common],
        help="mô hình có thể trùng giữa các xã / possible duplicates",
    )  # fmt: skip
    p.add_argument("--commune", help="chỉ mô hình của một xã (mã 5 chữ số)")
    p.add_argument("--all", action="store_true", help="cả cặp đã đánh dấu không trùng")
    p.add_argument("--dismiss", type=int, metavar="SỐ", help="đánh dấu cặp số này không trùng")
    p.add_argument("--note", help="lý do / note")
    p.add_argument("--by", help="người đánh dấu / who")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_duplicates)
    top = sub.add_parser(
        "replication", parents=[common], help="nhân rộng mô hình giữa các xã / replication"
    )
    rsub = top.add_subparsers(
        dest="replication_command", metavar="LỆNH", required=True, parser_class=type(top)
    )
    p = rsub.add_parser("link", parents=[common], help="ghi mô hình gốc / set the original")
    p.add_argument("model", help="mã mô hình nhân rộng (MH-2026-003)")
    p.add_argument("--origin", required=True, help="mô hình gốc: MÃ_XÃ/MH-2026-001 hoặc UUID")
    p.add_argument("--name", help="tên mô hình gốc (nếu máy này không có nó)")
    p.add_argument("--by", help="người ghi / who")
    p.set_defaults(handler=_link)
    p = sub.add_parser(
        "completeness", parents=[common],
        help="đơn vị nào đã gửi gì, thiếu gói, thiếu minh chứng / completeness",
    )  # fmt: skip
    p.add_argument("--period", help="kỳ, ví dụ 2026-H2 (mặc định: nửa năm hiện tại)")
    p.add_argument("--commune", help="chỉ một xã (mã 5 chữ số)")
    p.set_defaults(handler=_completeness)
    p = rsub.add_parser("show", parents=[common], help="nơi đã nhân rộng / where replicated")
    p.add_argument("model", help="mã mô hình (MH-2026-001 hoặc 20194/MH-2026-001)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_show)
