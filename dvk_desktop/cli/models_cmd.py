"""``dvk models list|show|add|edit|status``: the model register from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import print_json
from dvk_desktop.domain.lifecycle import allowed_targets
from dvk_desktop.domain.model import TEXT_FIELDS, IndicatorInput, ModelInput
from dvk_desktop.domain.text import (
    clean,
    fold,
    format_date,
    format_money,
    format_number,
    parse_date,
    parse_money,
    parse_number,
)
from dvk_desktop.domain.vocab import (
    Field,
    LabelledEnum,
    ModelType,
    Novelty,
    Status,
    SubTopic,
    WorkspaceRole,
)
from dvk_desktop.errors import NotFoundError, ValidationError
from dvk_desktop.messages import render

if TYPE_CHECKING:
    from dvk_desktop.storage.queries.models import ModelFilter
    from dvk_desktop.storage.workspace import WorkspaceHandle


def _enum(cls: type[LabelledEnum], text: str, what: str) -> Any:
    try:
        return cls.from_text(text)
    except KeyError:
        choices = ", ".join(f"{m.value} ({m.label})" for m in cls)
        raise ValidationError(
            f"{what} “{text}” không hợp lệ.", hint=f"Chọn một trong: {choices}."
        ) from None


def _filter(args: argparse.Namespace) -> ModelFilter:
    from dvk_desktop.storage.queries.models import ModelFilter

    return ModelFilter(**_filter_values(args))


def resolve(handle: WorkspaceHandle, ref: str) -> str:
    """The model ``ref`` names; a bare code several communes use is asked about at a terminal.

    In a script (no terminal) the ambiguity is an error listing the qualified codes.
    """
    from dvk_desktop.services import models as model_service
    from dvk_desktop.services.models import AmbiguousModelError

    try:
        return str(model_service.get_model(handle, ref)["uuid"])
    except AmbiguousModelError as exc:
        if not sys.stdin.isatty():
            raise
        sys.stderr.write(f"{exc.message}\n")
        for n, (code, name, unit) in enumerate(exc.candidates, 1):
            sys.stderr.write(f"  {n:>2}. {code}  {name} ({unit})\n")
        answer = input(f"Chọn số 1–{len(exc.candidates)} (Enter để thôi): ").strip()
        if not answer.isdigit() or not 1 <= int(answer) <= len(exc.candidates):
            raise ValidationError("Chưa chọn mô hình nào; không có gì thay đổi.") from None
        return str(model_service.get_model(handle, exc.candidates[int(answer) - 1][0])["uuid"])


def _list(args: argparse.Namespace) -> None:
    from dvk_desktop.storage.queries.fast_list import fast_listing

    flt = _filter_values(args)
    result = fast_listing(
        workspace_dir(args), flt, offset=args.offset, limit=args.limit, order=args.order,
        descending=args.desc,
    )  # fmt: skip
    if result is None:  # not a current SQLite workspace: the ordinary (migrating) path
        result = _list_orm(args)
    total, rows = result["total"], result["models"]
    if args.json:
        print_json({"total": total, "models": rows})
        return
    from dvk_desktop.domain.codes import qualified

    own, names = result["own"], result["unit_names"]
    out = sys.stdout
    many = any(r["source_unit_code"] != own for r in rows)
    for r in rows:
        target, actual = r["indicator_target"], r["indicator_actual"]
        progress = f"{round(100 * (actual or 0) / target)}%" if target else "—"
        # At an upper level codes restart in every commune: show them qualified, with the name.
        unit_code = r["source_unit_code"]
        code = r["code"] if unit_code == own else qualified(unit_code, r["code"])
        unit = f"{names.get(unit_code, unit_code)[:22]:<22} " if many else ""
        out.write(
            f"{code:<{18 if many else 12}} {unit}{r['name'][:60]:<60} "
            f"{Field(r['field']).label:<28} {ModelType(r['model_type']).label:<8} "
            f"{Status(r['status']).label:<20} {progress:>5}\n"
        )
    shown = len(rows)
    out.write(f"— {format_number(shown)}/{format_number(total)} mô hình\n")


def _filter_values(args: argparse.Namespace) -> dict[str, Any]:
    """The filter as plain values (validated), for either listing path."""
    return {
        "search": args.search or "",
        "year": args.year,
        "field": _enum(Field, args.field, "Lĩnh vực").value if args.field else None,
        "model_type": _enum(ModelType, args.type, "Loại").value if args.type else None,
        "status": _enum(Status, args.status, "Trạng thái").value if args.status else None,
        "novelty": _enum(Novelty, args.novelty, "Tính mới").value if args.novelty else None,
        "source_unit_code": getattr(args, "commune", None) or None,
    }


def _list_orm(args: argparse.Namespace) -> dict[str, Any]:
    from dvk_desktop.storage.queries.communes import unit_names
    from dvk_desktop.storage.queries.models import count_models, list_models
    from dvk_desktop.storage.workspace import open_workspace

    flt = _filter(args)
    with open_workspace(workspace_dir(args), reading=True) as handle, handle.sessions() as session:
        own = handle.info().unit_code
        names = unit_names(session)
        total = count_models(session, flt)
        rows = list_models(
            session,
            flt,
            offset=args.offset,
            limit=args.limit,
            order=args.order,
            descending=args.desc,
        )
    return {
        "total": total,
        "models": [dict(r.__dict__) for r in rows],
        "own": own,
        "unit_names": {c: n for c, n in names.items() if c in {r.source_unit_code for r in rows}},
    }


def _show(args: argparse.Namespace) -> None:
    from dvk_desktop.services import locks, unit_history
    from dvk_desktop.services import models as model_service
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        snap = model_service.get_model(handle, resolve(handle, args.model))
        role = WorkspaceRole(handle.info().role)
        signed = locks.sign_off_of(handle, snap["uuid"])
        registered = unit_history.registered_under(handle, snap["uuid"])
    if args.json:
        print_json(snap)
        return
    out = sys.stdout
    out.write(f"{snap['code']} — {snap['name']}\n")
    out.write(f"  Mã định danh: {snap['uuid']} (phiên bản {snap['version']})\n")
    out.write(
        f"  Loại: {ModelType(snap['model_type']).label}; lĩnh vực: "
        f"{Field(snap['field']).label}; năm {snap['year']}; "
        f"{Novelty(snap['novelty']).label.lower()}\n"
    )
    out.write(f"  Trạng thái: {Status(snap['status']).label}\n")
    out.write(f"  Ký duyệt: {render(locks.sign_off_text(signed))}\n")
    if registered is not None:
        out.write(f"  Đăng ký tại: {render(registered)}\n")
    owner = snap["owner_name"] or snap["holder_name"] or "—"
    out.write(f"  Chủ trì: {owner}\n")
    out.write(f"  Địa bàn: {snap['place'] or '—'}\n")
    out.write(
        f"  Thời gian: {format_date(snap['start_date'])} – {format_date(snap['end_date'])};"
        f" đánh giá {format_date(snap['evaluation_date'])}\n"
    )
    budget = sum(
        snap[k] for k in ("budget_state", "budget_social", "budget_people", "budget_other")
    )
    out.write(
        f"  Kinh phí: {format_money(budget)}; ngày công: {format_number(snap['labour_days'])}\n"
    )
    for key, (label, _limit) in TEXT_FIELDS.items():
        if key not in ("name", "place") and snap[key]:
            out.write(f"  {label}: {snap[key]}\n")
    if snap["indicators"]:
        out.write("  Chỉ tiêu:\n")
        for ind in snap["indicators"]:
            out.write(
                f"    - {ind['name']}: {format_number(ind['actual'])} / "
                f"{format_number(ind['target'])} {ind['unit']}\n"
            )
    steps = allowed_targets(Status(snap["status"]), role)
    if steps:
        out.write(
            "  Có thể chuyển: " + "; ".join(f"{t.verb} → {t.target.value}" for t in steps) + "\n"
        )


def _find(handle: WorkspaceHandle, model: Any, text: str, what: str) -> str:
    """Resolve an organisation, person or village by uuid or (diacritic-free) name."""
    from sqlalchemy import select

    with handle.sessions() as session:
        rows: Sequence[Any] = session.scalars(select(model).where(model.uuid == text)).all()
        if not rows:
            rows = session.scalars(select(model).where(model.name_folded == fold(text))).all()
        if not rows:
            rows = session.scalars(
                select(model).where(model.name_folded.contains(fold(text)))
            ).all()
    if not rows:
        raise NotFoundError(f"Không tìm thấy {what} “{text}”.")
    if len(rows) > 1:
        names = "; ".join(getattr(r, "name", None) or r.full_name for r in rows[:5])
        raise ValidationError(
            f"Có nhiều {what} khớp với “{text}”: {names}.", hint="Hãy gõ tên đầy đủ hơn."
        )
    return str(rows[0].uuid)


def _indicator(text: str) -> IndicatorInput:
    """Parse ``CODE=TARGET`` or ``CODE=TARGET:UNIT:NAME`` (name and unit for new codes)."""
    if "=" not in text:
        raise ValidationError(
            f"Chỉ tiêu “{text}” không đúng dạng.",
            hint="Dạng đúng: MÃ=MỤC_TIÊU hoặc MÃ=MỤC_TIÊU:ĐƠN_VỊ:TÊN, ví dụ DEN_CHIEU_SANG=270.",
        )
    code, rest = text.split("=", 1)
    parts = rest.split(":", 2)
    target = parse_number(parts[0], label=f"Mục tiêu của chỉ tiêu {code}")
    unit = parts[1] if len(parts) > 1 else ""
    name = parts[2] if len(parts) > 2 else ""
    return IndicatorInput(clean(code).upper(), clean(name), clean(unit), target)


def _apply_args(handle: WorkspaceHandle, data: ModelInput, args: argparse.Namespace) -> ModelInput:
    from dvk_desktop.storage.models import Organisation, Person, Unit

    if args.name is not None:
        data.name = args.name
    if args.type:
        data.model_type = _enum(ModelType, args.type, "Loại")
    if args.field:
        data.field = _enum(Field, args.field, "Lĩnh vực")
    if args.topic:
        data.sub_topics = [_enum(SubTopic, t, "Chủ đề") for t in args.topic]
    if args.novelty:
        data.novelty = _enum(Novelty, args.novelty, "Tính mới")
    if args.year is not None:
        data.year = args.year
    if args.owner:
        data.owner_org_uuid = _find(handle, Organisation, args.owner, "tổ chức")
    if args.holder:
        data.holder_person_uuid = _find(handle, Person, args.holder, "cá nhân")
    if args.village:
        data.village_uuid = _find(handle, Unit, args.village, "thôn/tổ dân phố")
    for key, label in (
        ("start", "Ngày bắt đầu"),
        ("end", "Ngày kết thúc"),
        ("evaluation", "Ngày đánh giá"),
    ):
        value = getattr(args, key)
        if value is not None:
            attr = {"start": "start_date", "end": "end_date", "evaluation": "evaluation_date"}[key]
            setattr(data, attr, parse_date(value, label=label) if value else None)
    for key in TEXT_FIELDS:
        if key != "name" and getattr(args, key, None) is not None:
            setattr(data, key, getattr(args, key))
    for key, label in (
        ("budget_state", "Kinh phí ngân sách"),
        ("budget_social", "Kinh phí xã hội hóa"),
        ("budget_people", "Nhân dân đóng góp"),
        ("budget_other", "Nguồn khác"),
    ):
        value = getattr(args, key)
        if value is not None:
            setattr(data, key, parse_money(value, label=label))
    if args.labour_days is not None:
        days = parse_number(args.labour_days, label="Ngày công")
        if days < 0 or days != days.to_integral_value():
            raise ValidationError("Ngày công phải là số nguyên không âm.")
        data.labour_days = int(days)
    if args.indicator:
        data.indicators = [_indicator(t) for t in args.indicator]
    return data


def _add(args: argparse.Namespace) -> None:
    from dvk_desktop.services import models as model_service
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        data = _apply_args(handle, ModelInput(year=args.year or 0), args)
        if not data.year:
            raise ValidationError("Thiếu năm đăng ký (--year).")
        uuid = model_service.create_model(handle, data)
        code = model_service.get_model(handle, uuid)["code"]
    sys.stdout.write(f"Đã đăng ký mô hình {code} (mã định danh {uuid}).\n")


def _edit(args: argparse.Namespace) -> None:
    from dvk_desktop.services import models as model_service
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        uuid = resolve(handle, args.model)
        data = model_service.get_input(handle, uuid)
        data = _apply_args(handle, data, args)
        model_service.update_model(handle, uuid, data)
    sys.stdout.write("Đã lưu thay đổi.\n")


def _status(args: argparse.Namespace) -> None:
    from dvk_desktop.services import models as model_service
    from dvk_desktop.storage.workspace import open_workspace

    target = _enum(Status, args.target, "Trạng thái")
    with open_workspace(workspace_dir(args)) as handle:
        model_service.change_status(
            handle,
            resolve(handle, args.model),
            target,
            decision_uuid=args.decision,
            note=args.note or "",
        )
    sys.stdout.write(f"Đã chuyển sang “{target.label}”.\n")


def _model_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--name", help="tên mô hình / model name")
    p.add_argument("--type", help="tap_the | ca_nhan")
    p.add_argument(
        "--field",
        help="kinh_te | van_hoa_xa_hoi | quoc_phong_an_ninh | xay_dung_he_thong_chinh_tri",
    )
    p.add_argument("--topic", action="append", help="chủ đề phụ (lặp lại được) / sub-topic")
    p.add_argument("--novelty", help="moi | duy_tri | nhan_rong_tu")
    p.add_argument("--year", type=int, help="năm đăng ký / registration year")
    p.add_argument("--owner", help="tổ chức chủ trì (tên hoặc mã) / owner organisation")
    p.add_argument("--holder", help="cá nhân thực hiện (mô hình cá nhân) / individual holder")
    p.add_argument("--village", help="thôn/tổ dân phố / village")
    p.add_argument("--start", help="ngày bắt đầu dd/mm/yyyy / start date")
    p.add_argument("--end", help="ngày kết thúc dd/mm/yyyy / end date")
    p.add_argument("--evaluation", help="ngày đánh giá dd/mm/yyyy / evaluation date")
    for key, (label, _limit) in TEXT_FIELDS.items():
        if key != "name":
            p.add_argument(f"--{key.replace('_', '-')}", dest=key, help=label)
    for key in ("budget_state", "budget_social", "budget_people", "budget_other"):
        p.add_argument(f"--{key.replace('_', '-')}", dest=key, help="số đồng / whole đồng")
    p.add_argument("--labour-days", dest="labour_days", help="ngày công / labour days")
    p.add_argument(
        "--indicator",
        action="append",
        metavar="MÃ=MỤC_TIÊU[:ĐƠN_VỊ:TÊN]",
        help="chỉ tiêu (lặp lại được) / indicator (repeatable)",
    )


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk models …``."""
    models = sub.add_parser(
        "models", parents=[common], help="danh sách và đăng ký mô hình / list and register models"
    )
    msub = models.add_subparsers(
        dest="models_command", metavar="LỆNH", required=True, parser_class=type(models)
    )

    p = msub.add_parser("list", parents=[common], help="liệt kê, tìm kiếm / list and search")
    p.add_argument("--search", "-s", help="tìm không cần dấu / search, diacritics optional")
    p.add_argument("--year", type=int)
    p.add_argument("--field")
    p.add_argument("--type")
    p.add_argument("--status")
    p.add_argument("--novelty")
    p.add_argument("--commune", metavar="MÃ_XÃ", help="mô hình của một xã / one commune's models")
    p.add_argument(
        "--order",
        default="name",
        choices=[
            "code",
            "commune",
            "name",
            "field",
            "model_type",
            "owner",
            "village",
            "year",
            "status",
            "updated",
        ],
    )
    p.add_argument("--desc", action="store_true", help="sắp xếp giảm dần / descending")
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)

    p = msub.add_parser("show", parents=[common], help="xem một mô hình / show a model")
    p.add_argument("model", help="mã (MH-2026-001) hoặc mã định danh / code or uuid")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_show)

    p = msub.add_parser("add", parents=[common], help="đăng ký mô hình mới / register a model")
    _model_options(p)
    p.set_defaults(handler=_add)

    p = msub.add_parser("edit", parents=[common], help="sửa bản đăng ký / edit a registration")
    p.add_argument("model", help="mã hoặc mã định danh / code or uuid")
    _model_options(p)
    p.set_defaults(handler=_edit)

    from dvk_desktop.cli.changes_cmd import add_sign_off  # no SQLAlchemy: handlers import lazily

    add_sign_off(msub, common)

    p = msub.add_parser(
        "status", parents=[common], help="chuyển trạng thái / move through the lifecycle"
    )
    p.add_argument("model", help="mã hoặc mã định danh / code or uuid")
    p.add_argument("target", help="trạng thái mới, ví dụ dang_thuc_hien / new status")
    p.add_argument("--decision", help="mã định danh quyết định / decision uuid")
    p.add_argument("--note", help="ghi chú / note")
    p.set_defaults(handler=_status)
