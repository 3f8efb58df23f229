"""Entry point of the ``dvk`` command: arguments, exit codes and one-line error messages."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from dvk_desktop import __version__, logs
from dvk_desktop.config import default_log_dir, default_workspace_dir
from dvk_desktop.errors import Cancelled, DvkError

EXIT_OK, EXIT_UNEXPECTED, EXIT_USER = 0, 1, 2

# Modules that add sub-commands; each has ``register(subparsers, common)``.
COMMAND_MODULES = (
    "dvk_desktop.cli.workspace_cmd",
    "dvk_desktop.cli.models_cmd",
    "dvk_desktop.cli.db_cmd",
    "dvk_desktop.cli.review_cmd",
    "dvk_desktop.cli.appraisal_cmd",
    "dvk_desktop.cli.scoring_cmd",
    "dvk_desktop.cli.packages_cmd",
    "dvk_desktop.cli.inbox_cmd",
    "dvk_desktop.cli.communes_cmd",
    "dvk_desktop.cli.reports_cmd",
    "dvk_desktop.cli.verify_cmd",
    "dvk_desktop.cli.transfer_cmd",
    "dvk_desktop.cli.changes_cmd",
    "dvk_desktop.cli.cross_cmd",
    "dvk_desktop.cli.users_cmd",
    "dvk_desktop.cli.evidence_cmd",
)


# Which module adds each top-level command. Naming a command imports and registers only its
# module (building every sub-parser costs more than the listing it serves); ``--help`` and
# unknown words build them all. tests/storage/test_fast_list.py checks this table.
COMMAND_OWNERS = {
    "info": "dvk_desktop.cli.workspace_cmd",
    "init": "dvk_desktop.cli.workspace_cmd",
    "demo": "dvk_desktop.cli.workspace_cmd",
    "units": "dvk_desktop.cli.workspace_cmd",
    "convert-to-province": "dvk_desktop.cli.workspace_cmd",
    "models": "dvk_desktop.cli.models_cmd",
    "db": "dvk_desktop.cli.db_cmd",
    "decisions": "dvk_desktop.cli.review_cmd",
    "review": "dvk_desktop.cli.appraisal_cmd",
    "evaluate": "dvk_desktop.cli.scoring_cmd",
    "rubric": "dvk_desktop.cli.scoring_cmd",
    "keys": "dvk_desktop.cli.packages_cmd",
    "trust": "dvk_desktop.cli.packages_cmd",
    "export": "dvk_desktop.cli.packages_cmd",
    "verify": "dvk_desktop.cli.packages_cmd",
    "import": "dvk_desktop.cli.inbox_cmd",
    "communes": "dvk_desktop.cli.communes_cmd",
    "print": "dvk_desktop.cli.reports_cmd",
    "report": "dvk_desktop.cli.reports_cmd",
    "import-xlsx": "dvk_desktop.cli.reports_cmd",
    "verify-print": "dvk_desktop.cli.verify_cmd",
    "move": "dvk_desktop.cli.transfer_cmd",
    "changes": "dvk_desktop.cli.changes_cmd",
    "duplicates": "dvk_desktop.cli.cross_cmd",
    "replication": "dvk_desktop.cli.cross_cmd",
    "completeness": "dvk_desktop.cli.cross_cmd",
    "users": "dvk_desktop.cli.users_cmd",
    "evidence": "dvk_desktop.cli.evidence_cmd",
}


def command_module(argv: Sequence[str]) -> str | None:
    """The module of the command named in ``argv`` (None: help asked first, or no command)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in ("-w", "--workspace", "--user"):
            skip = True
        elif token in ("-h", "--help", "--version"):
            return None
        elif not token.startswith("-"):
            return COMMAND_OWNERS.get(token)
    return None


class UserError(DvkError):
    """A mistake on the command line (bad option value)."""


class VietnameseArgumentParser(argparse.ArgumentParser):
    """argparse with its fixed English phrases in Vietnamese, and exit code 2 on bad usage."""

    def error(self, message: str) -> None:  # type: ignore[override]
        """Report a usage error on one line and exit with code 2."""
        message = (
            message.replace("the following arguments are required", "thiếu tham số bắt buộc")
            .replace("unrecognized arguments", "tham số không hiểu được")
            .replace("invalid choice", "lựa chọn không hợp lệ")
            .replace("argument", "tham số")
            .replace("expected one argument", "cần một giá trị")
        )
        command = "dvk --help" if self.prog == "dvk" else f"dvk {self.prog.split()[-1]} --help"
        sys.stderr.write(f"dvk: lỗi: {message} (xem {command})\n")
        sys.exit(EXIT_USER)


def common_options(*, suppress: bool = True) -> argparse.ArgumentParser:
    """Options every command takes (accepted before or after the sub-command name)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--workspace",
        "-w",
        type=Path,
        # Sub-commands must not overwrite a value given before the sub-command name.
        default=argparse.SUPPRESS if suppress else None,
        metavar="THƯ_MỤC",
        help="thư mục vùng làm việc / workspace folder "
        f"(mặc định / default: {default_workspace_dir()})",
    )
    common.add_argument(
        "--user",
        default=argparse.SUPPRESS if suppress else None,
        metavar="TÊN",
        help="đăng nhập với tên này khi cơ quan có người dùng riêng (mật khẩu: DVK_PASSWORD "
        "hoặc được hỏi) / sign in as this office user (or DVK_USER)",
    )
    return common


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The ``dvk`` parser with every sub-command registered (or those of module ``only``)."""
    import importlib

    common = common_options()
    parser = VietnameseArgumentParser(
        prog="dvk",
        description="DVK Desktop — quản lý mô hình “Dân vận khéo” (dòng lệnh).\n"
        "DVK Desktop — managing “Dân vận khéo” models (command line).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"dvk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="tự kiểm tra chương trình trong thư mục tạm rồi thoát / check the program in a "
        "temporary folder and exit",
    )
    sub = parser.add_subparsers(
        dest="command", metavar="LỆNH/COMMAND", parser_class=VietnameseArgumentParser
    )
    for name in COMMAND_MODULES if only is None else (only,):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # a command group not shipped in this build
                continue
            raise
        module.register(sub, common)
    return parser


def workspace_dir(args: argparse.Namespace) -> Path:
    """The workspace folder chosen on the command line, or the default."""
    chosen: Path | None = getattr(args, "workspace", None)
    return chosen if chosen is not None else default_workspace_dir()


def _setup_logging(args: argparse.Namespace) -> tuple[Path, logging.Handler]:
    folder = workspace_dir(args) / "logs"
    if not folder.parent.is_dir() or getattr(args, "self_test", False):
        folder = default_log_dir()
    log_file = folder / logs.LOG_NAME
    # A log that cannot be written (a full disk) must not print its own traceback on stderr.
    logging.raiseExceptions = False
    # One handler per main() call (tests and the GUI's helpers run main() many times).
    return log_file, logs.install(log_file, f"cli-{id(args)}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the process exit code (0 ok, 2 user error, 1 unexpected)."""
    for stream in (sys.stdout, sys.stderr):
        # Windows consoles default to a legacy code page; Vietnamese needs UTF-8.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_module(words))
    args = parser.parse_args(words)
    if not args.self_test and args.command is None:
        parser.error("thiếu tên lệnh")
    log_file, log_handler = _setup_logging(args)
    try:
        return _run(args, log_file)
    finally:
        # main() may run many times in one process (tests, the GUI's helpers): one handler each.
        logging.getLogger().removeHandler(log_handler)
        access = sys.modules.get("dvk_desktop.services.access")
        if access is not None:  # the next main() in this process signs in afresh
            access.sign_out()
        with contextlib.suppress(OSError):  # a full disk cannot take the last log lines
            log_handler.close()


def _database_stamp(root: Path) -> tuple[float, ...]:
    """Modification times and sizes of the database files: a change means the command wrote."""
    stamp: list[float] = []
    for name in ("dvk.sqlite3", "dvk.sqlite3-wal"):
        try:
            st = (root / name).stat()
            stamp += [st.st_mtime_ns, st.st_size]
        except OSError:
            stamp += [0, 0]
    return tuple(stamp)


def _auto_backup(root: Path) -> None:
    """The daily automatic backup, as the GUI makes it, after a command that changed data."""
    from dvk_desktop.services.backup import backup_if_due
    from dvk_desktop.storage.workspace import open_workspace

    try:
        with open_workspace(root) as handle:
            made = backup_if_due(handle)
    except Exception as exc:  # the command itself succeeded: warn, never fail it
        logging.getLogger("dvk").warning("automatic backup failed: %s", exc, exc_info=True)
        message = exc.user_text() if isinstance(exc, DvkError) else "xem tệp nhật ký"
        sys.stderr.write(f"Cảnh báo: chưa tự sao lưu được ({message}).\n")
        return
    if made is not None:
        sys.stderr.write(f"Đã tự sao lưu (mỗi ngày một lần): {made}\n")


def _user_error(exc: BaseException, args: argparse.Namespace) -> DvkError | None:
    """A disk, media or database failure as a clear message (never "Lỗi không mong đợi")."""
    if isinstance(exc, DvkError):
        return exc
    from dvk_desktop.storage.faults import as_user_error

    try:
        return as_user_error(exc, root=workspace_dir(args))
    except Exception:  # classifying must never hide the original error
        return None


def _report(exc: DvkError) -> int:
    logging.getLogger("dvk").info("user error: %s", exc.message)
    sys.stderr.write(f"Lỗi: {exc.user_text()}\n")
    if exc.details != [exc.message]:
        for detail in exc.user_details()[:50]:
            sys.stderr.write(f"  - {detail}\n")
    return EXIT_USER


# Commands after which no automatic backup is made (they back up or replace the workspace).
_NO_AUTO_BACKUP = {("db", "backup"), ("db", "restore"), ("move", "export"), ("move", "restore")}


def _run(args: argparse.Namespace, log_file: Path) -> int:
    """Call the command's handler and turn its outcome into an exit code."""
    handler: Callable[[argparse.Namespace], int | None] = (
        _self_test if args.self_test else args.handler
    )
    root = workspace_dir(args)
    before = _database_stamp(root)
    try:
        if not args.self_test:
            _sign_in(args)
        result = handler(args)
    except Cancelled as exc:  # the user stopped it: said as it is, not as an error
        sys.stderr.write(f"{exc.user_text()}\n")
        return EXIT_USER
    except DvkError as exc:
        return _report(exc)
    except BrokenPipeError:
        # Output piped into `head` or a closed pager: not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        sys.stderr.write("Đã dừng theo yêu cầu; không có gì bị thay đổi dở dang.\n")
        return EXIT_USER
    except Exception as exc:
        from dvk_desktop.crash import format_exception, report_unexpected

        known = _user_error(exc, args)
        if known is not None:
            logging.getLogger("dvk").info("%s\n%s", known.message, format_exception(exc))
            return _report(known)
        logging.getLogger("dvk").error("unexpected error\n%s", format_exception(exc))
        where = "cli " + " ".join(str(getattr(args, "command", "") or "self-test").split()[:1])
        _text, report = report_unexpected(exc, log_file.parent, where=where)
        sys.stderr.write(
            "Lỗi không mong đợi; dữ liệu đã ghi trước đó vẫn an toàn. "
            f"Chi tiết kỹ thuật ở tệp nhật ký: {log_file}\n"
        )
        if report is not None:
            sys.stderr.write(
                f"Báo cáo lỗi (không chứa dữ liệu cá nhân, có thể gửi cho người hỗ trợ): {report}\n"
            )
        return EXIT_UNEXPECTED
    code = EXIT_OK if result is None else int(result)
    command = (
        getattr(args, "command", ""),
        getattr(args, "db_command", "") or getattr(args, "move_command", ""),
    )
    wrote = _database_stamp(root) != before and (root / "dvk.sqlite3").is_file()
    wanted = os.environ.get("DVK_AUTO_BACKUP", "1") != "0"  # benchmarks time commands alone
    if code == EXIT_OK and wrote and wanted and command not in _NO_AUTO_BACKUP:
        _auto_backup(root)
    return code


def _sign_in(args: argparse.Namespace) -> None:
    """Sign in as --user (or DVK_USER) when the workspace has named users; else nothing."""
    name = getattr(args, "user", None) or os.environ.get("DVK_USER", "")
    root = workspace_dir(args)
    if not name or not any((root / f).is_file() for f in ("dvk.sqlite3", "database-url.txt")):
        return
    import getpass

    from dvk_desktop.services import access
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(root, reading=True) as handle:
        if not access.has_users(handle):
            return  # one PC, no users: the implicit local user, nothing to ask
        password = os.environ.get("DVK_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise UserError(
                    f"Cần mật khẩu của người dùng “{name}”.",
                    hint="Đặt biến môi trường DVK_PASSWORD khi chạy tự động.",
                )
            password = getpass.getpass(f"Mật khẩu của {name}: ")
        access.sign_in(handle, name, password)


def _self_test(_args: argparse.Namespace) -> int:
    """``dvk --self-test``: run every step in a temporary folder, print one line."""
    from dvk_desktop.services.self_test import run_self_test

    result = run_self_test()
    sys.stdout.write(result.summary() + "\n")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
