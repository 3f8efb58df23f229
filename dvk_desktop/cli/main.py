"""Entry point of the ``dvk`` command: arguments, exit codes and one-line error messages."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from dvk_desktop import __version__
from dvk_desktop.config import default_log_dir, default_workspace_dir
from dvk_desktop.errors import DvkError

EXIT_OK, EXIT_UNEXPECTED, EXIT_USER = 0, 1, 2

# Modules that add sub-commands; each has ``register(subparsers, common)``.
COMMAND_MODULES = (
    "dvk_desktop.cli.workspace_cmd",
    "dvk_desktop.cli.models_cmd",
    "dvk_desktop.cli.db_cmd",
    "dvk_desktop.cli.review_cmd",
    "dvk_desktop.cli.packages_cmd",
    "dvk_desktop.cli.reports_cmd",
)


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
        sys.stderr.write(f"dvk: lỗi: {message} (xem dvk {self.prog.split()[-1]} --help)\n")
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
    return common


def build_parser() -> argparse.ArgumentParser:
    """The full ``dvk`` parser with every sub-command registered."""
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
    sub = parser.add_subparsers(
        dest="command", metavar="LỆNH/COMMAND", parser_class=VietnameseArgumentParser
    )
    sub.required = True
    for name in COMMAND_MODULES:
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
    if not folder.parent.is_dir():
        folder = default_log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "dvk.log"
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        log_file = Path("(không ghi được nhật ký)")
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return log_file, handler


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return the process exit code (0 ok, 2 user error, 1 unexpected)."""
    for stream in (sys.stdout, sys.stderr):
        # Windows consoles default to a legacy code page; Vietnamese needs UTF-8.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    log_file, log_handler = _setup_logging(args)
    try:
        return _run(args, log_file)
    finally:
        # main() may run many times in one process (tests, the GUI's helpers): one handler each.
        logging.getLogger().removeHandler(log_handler)
        log_handler.close()


def _run(args: argparse.Namespace, log_file: Path) -> int:
    """Call the command's handler and turn its outcome into an exit code."""
    handler: Callable[[argparse.Namespace], int | None] = args.handler
    try:
        result = handler(args)
    except DvkError as exc:
        logging.getLogger("dvk").info("user error: %s", exc.message)
        sys.stderr.write(f"Lỗi: {exc.user_text()}\n")
        if exc.details != [exc.message]:
            for detail in exc.details[:50]:
                sys.stderr.write(f"  - {detail}\n")
        return EXIT_USER
    except BrokenPipeError:
        # Output piped into `head` or a closed pager: not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:
        sys.stderr.write("Đã dừng theo yêu cầu; không có gì bị thay đổi dở dang.\n")
        return EXIT_USER
    except Exception:
        logging.getLogger("dvk").error("unexpected error\n%s", traceback.format_exc())
        sys.stderr.write(
            "Lỗi không mong đợi; dữ liệu đã ghi trước đó vẫn an toàn. "
            f"Chi tiết kỹ thuật ở tệp nhật ký: {log_file}\n"
        )
        return EXIT_UNEXPECTED
    return EXIT_OK if result is None else int(result)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
