"""``dvk evaluate`` (one council member's sheet) and ``dvk rubric …`` (the rubric as data)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import print_json
from dvk_desktop.domain.rubric import Criterion, Rubric, rubric_from_json, rubric_to_json
from dvk_desktop.domain.text import format_date, format_number, parse_date, parse_number
from dvk_desktop.domain.vocab import ModelType
from dvk_desktop.errors import ValidationError

if TYPE_CHECKING:
    from dvk_desktop.services.rubrics import RubricInfo


def _scope(text: str | None) -> ModelType | None:
    if not text:
        return None
    try:
        return ModelType(ModelType.from_text(text))
    except KeyError:
        raise ValidationError(
            f"Loại mô hình “{text}” không hợp lệ.", hint="Chọn tap_the hoặc ca_nhan."
        ) from None


def _evaluate(args: argparse.Namespace) -> None:
    from dvk_desktop.services import evaluations
    from dvk_desktop.storage.workspace import open_workspace

    member = args.member or args.evaluator or ""
    with open_workspace(workspace_dir(args), reading=not (args.remove or args.score)) as handle:
        if args.remove:
            evaluations.remove_score_sheet(handle, args.model, member)
            sys.stdout.write(f"Đã bỏ phiếu chấm của {member}.\n")
        elif args.score:
            scores: dict[str, object] = {}
            for item in args.score:
                code, _, value = item.partition("=")
                scores[code.strip()] = parse_number(value, label=f"Điểm {code.strip()}")
            when = parse_date(args.date, label="Ngày chấm") if args.date else dt.date.today()
            sheet = evaluations.score_model(
                handle, args.model, member or "Hội đồng thi đua", scores, evaluated_on=when,
                position=args.position or "", comment=args.comment or "",
            )  # fmt: skip
            sys.stdout.write(
                f"Phiếu của {sheet.member}: {format_number(sheet.total)} điểm, "
                f"xếp loại {sheet.grade.label}.\n"
            )
        scoring = evaluations.model_score(handle, args.model)
    if args.json:
        print_json(dataclasses.asdict(scoring))
        return
    total = scoring.rubric.rubric.total_points
    if scoring.sheets:
        sys.stdout.write(
            f"Mô hình {scoring.model_code}: điểm trung bình {format_number(scoring.average)}"
            f"/{total} của {len(scoring.sheets)} thành viên, xếp loại {scoring.grade_label}.\n"
        )
        for s in scoring.sheets:
            sys.stdout.write(
                f"  {s.member:<28} {format_date(s.evaluated_on)}  {format_number(s.total):>6}"
                f"  {s.comment[:60]}\n"
            )
    else:
        sys.stdout.write(f"Mô hình {scoring.model_code} chưa có phiếu chấm nào.\n")
    if scoring.open_problem:
        sys.stdout.write(f"({scoring.open_problem})\n")


def _print_rubric(info: RubricInfo) -> None:
    sys.stdout.write(f"{info.title}\n")
    if info.created_at:
        sys.stdout.write(f"Lưu ngày {format_date(info.created_at.date())}")
        sys.stdout.write(f" bởi {info.created_by}\n" if info.created_by else "\n")
    for n, c in enumerate(info.rubric.criteria, 1):
        sys.stdout.write(f"  {n}. {c.name} [{c.code}]: tối đa {c.max_points} điểm\n")
    sys.stdout.write(f"  Tổng: {info.rubric.total_points} điểm. {info.rubric.thresholds_text()}\n")
    if info.note:
        sys.stdout.write(f"  Ghi chú: {info.note}\n")


def _as_json(info: RubricInfo) -> dict[str, object]:
    return {
        "uuid": info.uuid, "version": info.version, "scope": info.scope.value if info.scope else "",
        "name": info.name, "issuer_unit_code": info.issuer_unit_code, "saved": info.saved,
        **rubric_to_json(info.rubric),
    }  # fmt: skip


def _show(args: argparse.Namespace) -> None:
    from dvk_desktop.services import rubrics
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        if args.parent:
            shown = rubrics.parent_rubrics(handle)
        elif args.type:
            shown = [rubrics.current_rubric(handle, _scope(args.type))]
        else:
            shown = rubrics.own_rubrics(handle)
    if args.json:
        print_json([_as_json(i) for i in shown])
        return
    if not shown:
        sys.stdout.write("Chưa nhận được bộ tiêu chí nào của cấp trên.\n")
    for n, info in enumerate(shown):
        if n:
            sys.stdout.write("\n")
        _print_rubric(info)


def _history(args: argparse.Namespace) -> None:
    from dvk_desktop.services import rubrics
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        versions = rubrics.rubric_history(handle, _scope(args.type))
    for info in versions:
        when = format_date(info.created_at.date()) if info.created_at else "mặc định"
        sys.stdout.write(
            f"Phiên bản {info.version}  {when:<10}  {info.rubric.total_points} điểm, "
            f"{len(info.rubric.criteria)} tiêu chí  {info.note}\n"
        )
    if not versions:
        sys.stdout.write("Chưa có bộ tiêu chí riêng cho loại mô hình này.\n")


def _points(text: str, label: str) -> int:
    value = parse_number(text, label=label)
    if value != value.to_integral_value():
        raise ValidationError(f"{label} phải là số nguyên: “{text}”.")
    return int(value)


def _edited(base: Rubric, args: argparse.Namespace) -> Rubric:
    criteria = {c.code: c for c in base.criteria}
    order = [c.code for c in base.criteria]
    for code in args.remove or []:
        if code not in criteria:
            raise ValidationError(f"Không có tiêu chí mã “{code}”.")
        del criteria[code]
        order.remove(code)
    for item in args.set or []:
        code, _, value = item.partition("=")
        if code not in criteria:
            raise ValidationError(f"Không có tiêu chí mã “{code}”.", hint="Xem dvk rubric show.")
        criteria[code] = Criterion(code, criteria[code].name, _points(value, f"Điểm {code}"))
    for item in args.rename or []:
        code, _, name = item.partition("=")
        if code not in criteria:
            raise ValidationError(f"Không có tiêu chí mã “{code}”.", hint="Xem dvk rubric show.")
        criteria[code] = Criterion(code, name, criteria[code].max_points)
    for item in args.add or []:
        code, _, rest = item.partition(":")
        points, _, name = rest.partition(":")
        if code in criteria:
            raise ValidationError(f"Đã có tiêu chí mã “{code}”.")
        criteria[code] = Criterion(code, name, _points(points, f"Điểm {code}"))
        order.append(code)
    marks = [
        _points(v, label) if v is not None else default
        for v, label, default in (
            (args.excellent, "Ngưỡng Xuất sắc", base.excellent_from),
            (args.good, "Ngưỡng Tốt", base.good_from),
            (args.pass_from, "Ngưỡng Đạt", base.pass_from),
        )
    ]
    return Rubric(tuple(criteria[c] for c in order), *marks)


def _edit(args: argparse.Namespace) -> None:
    from dvk_desktop.services import rubrics
    from dvk_desktop.storage.workspace import open_workspace

    scope = _scope(args.type)
    with open_workspace(workspace_dir(args)) as handle:
        base = rubrics.current_rubric(handle, scope)
        saved = rubrics.save_rubric(
            handle, _edited(base.rubric, args), scope=scope, name=args.name, note=args.note or ""
        )
    sys.stdout.write("Đã lưu bộ tiêu chí mới.\n")
    _print_rubric(saved)


def _import_json(args: argparse.Namespace) -> None:
    from dvk_desktop.packaging.strictjson import loads_strict
    from dvk_desktop.services import rubrics
    from dvk_desktop.storage.workspace import open_workspace

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise ValidationError(f"Không đọc được tệp {args.file}: {exc.strerror}.") from None
    document = loads_strict(data, max_bytes=1024 * 1024, source=f"Tệp {Path(args.file).name}")
    rubric = rubric_from_json(document, source=f"Tệp {Path(args.file).name}")
    name = document.get("name") if isinstance(document, dict) else None
    with open_workspace(workspace_dir(args)) as handle:
        saved = rubrics.save_rubric(
            handle, rubric, scope=_scope(args.type), name=name if isinstance(name, str) else None,
            note=args.note or f"Nhập từ tệp {Path(args.file).name}",
        )  # fmt: skip
    sys.stdout.write("Đã lưu bộ tiêu chí từ tệp.\n")
    _print_rubric(saved)


def _export_json(args: argparse.Namespace) -> None:
    from dvk_desktop.services import rubrics
    from dvk_desktop.storage.atomic import atomic_write_bytes
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        info = rubrics.current_rubric(handle, _scope(args.type))
    document = {"name": info.name, **rubric_to_json(info.rubric)}
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(Path(args.file), text.encode("utf-8"))
    sys.stdout.write(f"Đã ghi bộ tiêu chí phiên bản {info.version} ra {args.file}.\n")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk evaluate`` and ``dvk rubric …``."""
    p = sub.add_parser(
        "evaluate",
        parents=[common],
        help="chấm điểm mô hình (một thành viên hội đồng) / score a model as one council member",
        description="Mỗi thành viên hội đồng có một phiếu chấm cho mỗi mô hình; chấm lại thì "
        "phiếu được thay. Tiêu chí: xem dvk rubric show.",
    )
    p.add_argument("model", help="mã mô hình / model code or uuid")
    p.add_argument("--score", action="append", metavar="TIÊU_CHÍ=ĐIỂM")
    p.add_argument("--member", help="họ tên thành viên hội đồng / council member")
    p.add_argument("--evaluator", help=argparse.SUPPRESS)  # older name of --member
    p.add_argument("--position", help="chức vụ của thành viên / position")
    p.add_argument("--date", help="ngày chấm dd/mm/yyyy")
    p.add_argument("--comment", help="nhận xét")
    p.add_argument("--remove", action="store_true", help="bỏ phiếu của thành viên này")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_evaluate)

    rub = sub.add_parser("rubric", parents=[common], help="bộ tiêu chí chấm điểm / scoring rubric")
    rsub = rub.add_subparsers(
        dest="rubric_command", metavar="LỆNH", required=True, parser_class=type(rub)
    )
    type_help = "loại mô hình tap_the | ca_nhan (bỏ trống: dùng chung)"
    p = rsub.add_parser("show", parents=[common], help="xem bộ tiêu chí đang dùng / show")
    p.add_argument("--type", help=type_help)
    p.add_argument("--parent", action="store_true", help="bộ tiêu chí cấp trên đã gửi về")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_show)
    p = rsub.add_parser("history", parents=[common], help="các phiên bản / versions")
    p.add_argument("--type", help=type_help)
    p.set_defaults(handler=_history)
    p = rsub.add_parser("edit", parents=[common], help="sửa, lưu thành phiên bản mới / edit")
    p.add_argument("--type", help=type_help)
    p.add_argument("--name", help="tên bộ tiêu chí")
    p.add_argument("--set", action="append", metavar="MÃ=ĐIỂM", help="điểm tối đa mới")
    p.add_argument("--rename", action="append", metavar="MÃ=TÊN", help="đổi tên tiêu chí")
    p.add_argument("--add", action="append", metavar="MÃ:ĐIỂM:TÊN", help="thêm tiêu chí")
    p.add_argument("--remove", action="append", metavar="MÃ", help="bỏ tiêu chí")
    p.add_argument("--excellent", help="điểm tối thiểu xếp loại Xuất sắc")
    p.add_argument("--good", help="điểm tối thiểu xếp loại Tốt")
    p.add_argument("--pass", dest="pass_from", help="điểm tối thiểu xếp loại Đạt")
    p.add_argument("--note", help="ghi chú thay đổi")
    p.set_defaults(handler=_edit)
    p = rsub.add_parser("import-json", parents=[common], help="nạp từ tệp JSON / load from JSON")
    p.add_argument("file", help="tệp JSON (như dvk rubric export-json ghi ra)")
    p.add_argument("--type", help=type_help)
    p.add_argument("--note", help="ghi chú thay đổi")
    p.set_defaults(handler=_import_json)
    p = rsub.add_parser("export-json", parents=[common], help="ghi ra tệp JSON để sửa")
    p.add_argument("file", help="tệp JSON sẽ ghi")
    p.add_argument("--type", help=type_help)
    p.set_defaults(handler=_export_json)
