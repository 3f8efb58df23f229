"""``dvk db check|backup|restore|upgrade|connect|test``: integrity, backups, upgrades, servers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import StderrReporter
from dvk_desktop.config import WorkspacePaths
from dvk_desktop.domain.text import format_number
from dvk_desktop.errors import StorageError


def _check(args: argparse.Namespace) -> int:
    from dvk_desktop.services.integrity import check_workspace, collect_unreferenced
    from dvk_desktop.storage.workspace import open_workspace

    root = workspace_dir(args)
    with open_workspace(root, reading=True) as handle:
        report = check_workspace(handle)
        freed = collect_unreferenced(handle) if args.repair else None
    for line in report.lines:
        sys.stdout.write(line + "\n")
    if freed is not None:
        files, size = freed
        sys.stdout.write(
            f"Đã dọn {format_number(files)} tệp không dùng và các tệp tạm còn sót "
            f"({format_number(round(size / 1048576, 1))} MB).\n"
        )
    elif report.unreferenced:
        sys.stdout.write("Chạy dvk db check --repair để dọn các tệp không dùng.\n")
    if report.problems:
        sys.stderr.write(f"Phát hiện {len(report.problems)} vấn đề:\n")
        for problem in report.problems:
            sys.stderr.write(f"  - {problem}\n")
        return 2
    sys.stdout.write("Vùng làm việc không có lỗi.\n")
    return 0


def _backup(args: argparse.Namespace) -> None:
    from dvk_desktop.services.backup import backup_workspace, verify_backup
    from dvk_desktop.storage.workspace import open_workspace

    root = workspace_dir(args)
    dest = args.out or WorkspacePaths(root).backups
    with open_workspace(root) as handle:
        path = backup_workspace(handle, dest, reporter=StderrReporter("Sao lưu"))
    info = verify_backup(path)
    sys.stdout.write(
        f"Đã sao lưu và kiểm tra: {path} ({format_number(info.files)} tệp, "
        f"{format_number(round(info.total_bytes / 1048576, 1))} MB).\n"
    )
    if info.missing_evidence:
        sys.stdout.write(
            f"Lưu ý: kho chưa có {format_number(len(info.missing_evidence))} tệp minh chứng "
            "(đang chờ bên gửi gửi lại, hoặc đã mất), bản sao lưu ghi tên chúng:\n"
        )
        for text in info.missing_evidence[:20]:
            sys.stdout.write(f"  - {text}\n")
    for text in info.damaged_evidence[:20]:
        sys.stdout.write(f"Lưu ý: tệp minh chứng {text} trong kho bị hỏng (không khớp mã băm).\n")


def _restore(args: argparse.Namespace) -> None:
    from dvk_desktop.services.backup import restore_workspace, verify_backup

    root = workspace_dir(args)
    info = verify_backup(args.file)
    if not args.yes:
        if not sys.stdin.isatty():
            raise StorageError(
                "Khôi phục sẽ thay thế toàn bộ dữ liệu hiện tại.",
                hint="Thêm --yes để xác nhận khi chạy không tương tác.",
            )
        sys.stdout.write(
            f"Khôi phục bản sao lưu của {info.unit_name} ({info.created_at}) vào {root}?\n"
            "Dữ liệu hiện tại sẽ được giữ lại ở thư mục bên cạnh. Gõ “co” để đồng ý: "
        )
        sys.stdout.flush()
        if sys.stdin.readline().strip().lower() not in ("co", "có", "y", "yes"):
            sys.stdout.write("Đã hủy; không có gì thay đổi.\n")
            return
    aside = restore_workspace(args.file, root, reporter=StderrReporter("Khôi phục"))
    sys.stdout.write(f"Đã khôi phục vào {root}.\n")
    if aside is not None:
        sys.stdout.write(f"Dữ liệu trước khi khôi phục được giữ ở {aside}.\n")


def _upgrade(args: argparse.Namespace) -> None:
    from dvk_desktop.storage.engine import (
        check_integrity,
        current_revision,
        head_revision,
        make_engine,
        migrate,
        sqlite_url,
    )
    from dvk_desktop.storage.workspace import DATABASE_URL_FILE

    paths = WorkspacePaths(workspace_dir(args))
    if (paths.root / DATABASE_URL_FILE).is_file():  # the office's shared PostgreSQL database
        from dvk_desktop.services.shared_database import upgrade_folder

        before, after = upgrade_folder(paths.root)
        if before == after:
            sys.stdout.write(f"Dữ liệu đã ở phiên bản mới nhất ({after}).\n")
        else:
            sys.stdout.write(
                f"Đã nâng cấp cơ sở dữ liệu chung từ phiên bản {before} lên {after}.\n"
            )
        return
    if not paths.database.exists():
        raise StorageError(f"Chưa có vùng làm việc tại “{paths.root}”.")
    check_integrity(paths.database)
    engine = make_engine(sqlite_url(paths.database))
    try:
        before = current_revision(engine)
        changed = migrate(engine, db_path=paths.database, backup_dir=paths.backups)
        after = current_revision(engine)
    finally:
        engine.dispose()
    if changed:
        sys.stdout.write(
            f"Đã nâng cấp dữ liệu từ phiên bản {before} lên {after} "
            f"(bản sao trước khi nâng cấp ở {paths.backups}).\n"
        )
    else:
        sys.stdout.write(f"Dữ liệu đã ở phiên bản mới nhất ({head_revision()}).\n")


def _connect(args: argparse.Namespace) -> None:
    from dvk_desktop.services.shared_database import NeedsUpgradeError, connect_folder

    root = workspace_dir(args)
    try:
        check = connect_folder(root, args.url, upgrade=args.upgrade)
    except NeedsUpgradeError as exc:
        exc.hint += " Để nâng cấp: dvk db connect <địa chỉ> --upgrade."
        raise
    sys.stdout.write(check.summary() + "\n")
    sys.stdout.write(f"Vùng làm việc {root} dùng cơ sở dữ liệu chung {check.url}.\n")


def _test(args: argparse.Namespace) -> int:
    from dvk_desktop.services.shared_database import (
        CURRENT,
        EMPTY,
        check_connection,
        folder_database_url,
    )
    from dvk_desktop.storage.server import password_file

    url = args.url
    if url is None:
        url = folder_database_url(workspace_dir(args))
        if url is None:
            raise StorageError(
                f"Vùng làm việc “{workspace_dir(args)}” dùng cơ sở dữ liệu riêng (SQLite), không "
                "có máy chủ để kiểm tra.",
                hint="Hãy ghi địa chỉ máy chủ: dvk db test postgresql://…",
            )
    check = check_connection(url)
    sys.stdout.write(check.summary() + "\n")
    if args.url is None:
        sys.stdout.write(f"(mật khẩu lấy từ {password_file()})\n")
    return 0 if check.schema in (CURRENT, EMPTY) else 2


def _evidence_folder(args: argparse.Namespace) -> None:
    from dvk_desktop.services import evidence_sharing
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        if args.folder is None:
            where = evidence_sharing.current_folder(handle)
            kind = "dùng chung" if evidence_sharing.is_shared(handle) else "riêng của máy này"
            sys.stdout.write(f"Minh chứng ở thư mục {kind}: {where}\n")
            return
        result = evidence_sharing.set_shared_folder(
            handle, args.folder, reporter=StderrReporter("Chép minh chứng")
        )
    sys.stdout.write(
        f"Minh chứng của cơ quan ở thư mục dùng chung {result.folder}: đã chép "
        f"{format_number(result.copied)} tệp của máy này, {format_number(result.already)} tệp "
        "đã có sẵn. Các máy khác mở lại vùng làm việc là dùng thư mục này.\n"
    )


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk db …``."""
    db = sub.add_parser("db", parents=[common], help="kiểm tra, sao lưu, khôi phục / database care")
    dsub = db.add_subparsers(
        dest="db_command", metavar="LỆNH", required=True, parser_class=type(db)
    )
    p = dsub.add_parser(
        "check",
        parents=[common],
        help="kiểm tra toàn vẹn dữ liệu và tệp minh chứng / integrity check",
    )
    p.add_argument(
        "--repair",
        action="store_true",
        help="dọn tệp minh chứng không dùng và tệp tạm còn sót / collect unreferenced files",
    )
    p.set_defaults(handler=_check)
    p = dsub.add_parser("backup", parents=[common], help="sao lưu toàn bộ / back up everything")
    p.add_argument("--out", type=Path, help="thư mục hoặc tệp .dvkbak / folder or .dvkbak file")
    p.set_defaults(handler=_backup)
    p = dsub.add_parser("restore", parents=[common], help="khôi phục từ bản sao lưu / restore")
    p.add_argument("file", type=Path, help="tệp .dvkbak")
    p.add_argument("--yes", action="store_true", help="không hỏi lại / do not ask")
    p.set_defaults(handler=_restore)
    p = dsub.add_parser(
        "upgrade", parents=[common], help="nâng cấp cấu trúc dữ liệu / upgrade the schema"
    )
    p.set_defaults(handler=_upgrade)
    p = dsub.add_parser(
        "connect",
        parents=[common],
        help="dùng cơ sở dữ liệu chung PostgreSQL / use the office's shared PostgreSQL database",
        description="Cho thư mục vùng làm việc của máy này dùng cơ sở dữ liệu chung của cơ quan "
        "(đã được tạo từ máy đầu tiên bằng dvk init --database-url). Mật khẩu được cất trong tệp "
        "mật khẩu của người dùng, không ở thư mục vùng làm việc. / Point this PC's workspace "
        "folder at the office's shared database.",
    )
    p.add_argument("url", help="postgresql://người_dùng:mật_khẩu@máy_chủ:5432/tên")
    p.add_argument(
        "--upgrade",
        action="store_true",
        help="nâng cấp cấu trúc dữ liệu cũ trên máy chủ / upgrade an older schema",
    )
    p.set_defaults(handler=_connect)
    p = dsub.add_parser(
        "test",
        parents=[common],
        help="kiểm tra kết nối máy chủ cơ sở dữ liệu / test the database connection",
    )
    p.add_argument(
        "url", nargs="?", help="địa chỉ; mặc định của vùng làm việc / default: the workspace's"
    )
    p.set_defaults(handler=_test)
    p = dsub.add_parser(
        "evidence-folder",
        parents=[common],
        help="thư mục minh chứng dùng chung của cơ quan / the office's shared evidence folder",
        description="Khi nhiều máy dùng chung cơ sở dữ liệu, tệp minh chứng ở một thư mục chia "
        "sẻ mà máy nào cũng mở được (ví dụ \\\\may-chu\\dvk\\minh-chung). Lệnh chép tệp của máy "
        "này vào đó rồi ghi thư mục vào cơ sở dữ liệu chung. / Copy this PC's evidence files to "
        "the office's shared folder and make every PC use it.",
    )
    p.add_argument("folder", type=Path, nargs="?", help="thư mục chia sẻ / shared folder")
    p.set_defaults(handler=_evidence_folder)
