"""``dvk info``, ``init``, ``demo``, ``units``, ``convert-to-province``: the workspace itself."""

from __future__ import annotations

import argparse
import sys

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import StderrReporter, print_json
from dvk_desktop.domain.text import format_number
from dvk_desktop.domain.vocab import StandingBody, UnitLevel, WorkspaceRole
from dvk_desktop.errors import StorageError

_COUNT_LABELS = {
    "models": "Mô hình",
    "organisations": "Tổ chức",
    "people": "Người",
    "evidence": "Minh chứng",
    "decisions": "Quyết định",
    "villages": "Thôn/tổ dân phố",
}


def _info(args: argparse.Namespace) -> None:
    from dvk_desktop.services.workspace_setup import workspace_summary
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        summary = workspace_summary(handle)
    if args.json:
        print_json(summary)
        return
    out = sys.stdout
    out.write(f"Vùng làm việc:   {summary['workspace']}\n")
    out.write(f"Đơn vị:          {summary['unit_name']} (mã {summary['unit_code']})\n")
    if summary["parent_unit_name"]:
        out.write(
            f"Cấp trên:        {summary['parent_unit_name']} (mã {summary['parent_unit_code']})\n"
        )
    out.write(f"Vai trò:         {summary['role_label']}\n")
    out.write(f"Phiên bản dữ liệu: {summary['schema_version']}\n")
    counts = summary["counts"]
    assert isinstance(counts, dict)
    for key, label in _COUNT_LABELS.items():
        out.write(f"  {label}: {format_number(counts[key])}\n")


def _init(args: argparse.Namespace) -> None:
    from dvk_desktop.services.workspace_setup import DistrictSpec, init_workspace, workspace_summary

    role = WorkspaceRole(args.role) if args.role else None
    district = DistrictSpec(args.district_code, args.district_name) if args.district_code else None
    root = workspace_dir(args)
    try:
        handle = init_workspace(
            root,
            unit_code=args.unit,
            role=role,
            standing_body=StandingBody(args.standing_body),
            district=district,
            database_url=args.database_url,
            reporter=StderrReporter("Tạo vùng làm việc") if args.database_url else None,
        )
    except KeyboardInterrupt:
        if not args.database_url:
            raise
        from dvk_desktop.errors import Cancelled
        from dvk_desktop.services.server_workspace import nothing_created

        raise Cancelled(nothing_created(root)) from None  # Ctrl-C: the creation was undone
    with handle:
        summary = workspace_summary(handle)
    sys.stdout.write(
        f"Đã tạo vùng làm việc cho {summary['unit_name']} (mã {summary['unit_code']}) tại {root}.\n"
    )


def _demo(args: argparse.Namespace) -> None:
    from dvk_desktop.services.demo import create_demo_workspace
    from dvk_desktop.services.workspace_setup import workspace_summary

    root = workspace_dir(args)
    if (root / "dvk.sqlite3").exists():
        raise StorageError(
            f"Thư mục “{root}” đã có vùng làm việc; dữ liệu mẫu chỉ tạo vào thư mục mới.",
            hint="Hãy dùng --workspace để chọn một thư mục trống.",
        )
    with create_demo_workspace(root, reporter=StderrReporter("Tạo dữ liệu mẫu")) as handle:
        summary = workspace_summary(handle)
    counts = summary["counts"]
    assert isinstance(counts, dict)
    sys.stdout.write(
        f"Đã tạo vùng làm việc mẫu của {summary['unit_name']} tại {root} "
        f"với {counts['models']} mô hình.\n"
    )


def _units(args: argparse.Namespace) -> None:
    from dvk_desktop.domain import units

    level = {"tinh": UnitLevel.PROVINCE, "xa": UnitLevel.COMMUNE}.get(args.level or "")
    found = units.search(args.text, level=level, limit=args.limit)
    if args.json:
        print_json([u.__dict__ | {"label": u.label} for u in found])
        return
    if not found:
        sys.stdout.write("Không tìm thấy đơn vị nào.\n")
    for unit in found:
        sys.stdout.write(f"{unit.code}  {unit.label}\n")


def _convert(args: argparse.Namespace) -> None:
    from dvk_desktop.services.unit_conversion import convert_to_province
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        ws = handle.info()
        if not args.yes:
            if not sys.stdin.isatty():
                raise StorageError(
                    "Chuyển vùng làm việc của huyện thành của tỉnh không hoàn tác được "
                    "(chỉ khôi phục bản sao lưu).",
                    hint="Thêm --yes để xác nhận khi chạy không tương tác.",
                )
            sys.stdout.write(
                f"Chuyển vùng làm việc của {ws.unit_name} thành vùng làm việc của "
                f"{ws.parent_unit_name}? Mọi hồ sơ được giữ nguyên. Gõ “co” để đồng ý: "
            )
            sys.stdout.flush()
            if sys.stdin.readline().strip().lower() not in ("co", "có", "y", "yes"):
                sys.stdout.write("Đã hủy; không có gì thay đổi.\n")
                return
        done = convert_to_province(handle)
    if done.backup is not None:
        sys.stdout.write(f"Đã sao lưu trước khi chuyển: {done.backup}\n")
    sys.stdout.write(
        f"Vùng làm việc của {done.district_name} (mã {done.district_code}) nay là của "
        f"{done.province_name} (mã {done.province_code}).\n"
        f"Giữ nguyên hồ sơ của {format_number(done.communes)} xã; "
        f"{format_number(done.models)} mô hình ghi nhớ xã và huyện nơi đăng ký.\n"
        "Gói các xã còn gửi cho huyện vẫn được nhận. Hãy gửi tệp đăng ký khóa mới "
        "(dvk keys export-enrolment) cho các xã, và xem lại chức danh người ký "
        "trên trang Cài đặt.\n"
    )


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the workspace commands."""
    p = sub.add_parser(
        "info",
        parents=[common],
        help="thông tin vùng làm việc / workspace information",
        description="Đơn vị, vai trò, phiên bản dữ liệu và số lượng bản ghi. / "
        "Unit, role, schema version and record counts.",
    )
    p.add_argument("--json", action="store_true", help="in dạng JSON / print JSON")
    p.set_defaults(handler=_info)

    p = sub.add_parser(
        "init",
        parents=[common],
        help="tạo vùng làm việc mới / create a workspace",
        description="Tạo vùng làm việc cho một xã (mã 5 chữ số) hoặc cấp trên (mã tỉnh 2 chữ "
        "số) theo QĐ 19/2025/QĐ-TTg. / Create a workspace for a commune or upper-level unit.",
    )
    p.add_argument(
        "--unit", required=True, metavar="MÃ", help="mã đơn vị chính thức / official code"
    )
    p.add_argument(
        "--role",
        choices=[r.value for r in WorkspaceRole],
        help="co_so (xã) hoặc cap_tren; mặc định theo cấp đơn vị / default from the unit level",
    )
    p.add_argument(
        "--standing-body",
        choices=[s.value for s in StandingBody],
        default=StandingBody.FRONT.value,
        help="cơ quan thường trực phong trào ở xã / the commune's standing body",
    )
    p.add_argument("--district-code", help="mã huyện (luồng 3 cấp trước 7/2025) / district code")
    p.add_argument("--district-name", default="", help="tên huyện / district name")
    p.add_argument(
        "--database-url",
        metavar="URL",
        help="cơ sở dữ liệu chung PostgreSQL của cơ quan (postgresql://người_dùng:mật_khẩu@"
        "máy_chủ:5432/tên); mật khẩu được cất ngoài thư mục vùng làm việc / a shared "
        "PostgreSQL database (the password is kept outside the workspace folder)",
    )
    p.set_defaults(handler=_init)

    p = sub.add_parser(
        "demo",
        parents=[common],
        help="tạo vùng làm việc mẫu / create a demo workspace",
        # services.demo.DEMO_UNIT, written out: importing services costs start-up time.
        description="Vùng làm việc của xã mẫu (mã 20791) với hơn 40 mô hình, chỉ tiêu, "
        "báo cáo tiến độ và ảnh minh chứng. / A commune workspace with demo data.",
    )
    p.set_defaults(handler=_demo)

    p = sub.add_parser(
        "convert-to-province",
        parents=[common],
        help="chuyển vùng làm việc của huyện thành của tỉnh / turn a district's workspace into "
        "its province's",
        description="Từ 01/7/2025 không còn cấp huyện: vùng làm việc của một huyện (luồng 3 "
        "cấp) trở thành của tỉnh, giữ nguyên mọi hồ sơ, đánh giá và quyết định; sao lưu trước. / "
        "The district level was abolished on 1 July 2025: the district's workspace becomes its "
        "province's, keeping every record (a backup is taken first).",
    )
    p.add_argument("--yes", action="store_true", help="không hỏi lại / do not ask")
    p.set_defaults(handler=_convert)

    p = sub.add_parser(
        "units",
        parents=[common],
        help="tra mã đơn vị hành chính / look up official unit codes",
        description="Tìm tỉnh, xã theo tên (không cần dấu). / Find units by name (no diacritics "
        "needed).",
    )
    p.add_argument("text", help="một phần tên / part of the name")
    p.add_argument("--level", choices=["tinh", "xa"], help="chỉ tỉnh hoặc chỉ xã")
    p.add_argument("--limit", type=int, default=30)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_units)
