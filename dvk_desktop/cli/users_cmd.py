"""``dvk users add|list|disable|enable|passwd|roles``: the named users of a shared office."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import print_json
from dvk_desktop.errors import ValidationError

if TYPE_CHECKING:
    from dvk_desktop.storage.workspace import WorkspaceHandle


def _open(args: argparse.Namespace, *, reading: bool = False) -> WorkspaceHandle:
    from dvk_desktop.storage.workspace import open_workspace

    return open_workspace(workspace_dir(args), reading=reading)


def _new_password(args: argparse.Namespace) -> str:
    """From --password-file or DVK_NEW_PASSWORD (scripts), else typed twice at a terminal."""
    path: Path | None = args.password_file
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ValidationError(
                f"Không đọc được tệp mật khẩu “{path}”: {exc.strerror}."
            ) from None
    given = os.environ.get("DVK_NEW_PASSWORD")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise ValidationError(
            "Cần mật khẩu cho người dùng.",
            hint="Dùng --password-file TỆP hoặc biến môi trường DVK_NEW_PASSWORD khi chạy tự động.",
        )
    first = getpass.getpass("Mật khẩu mới (ít nhất 8 ký tự): ")
    if getpass.getpass("Nhập lại để xác nhận: ") != first:
        raise ValidationError("Hai lần nhập mật khẩu không giống nhau; chưa lưu.")
    return first


def _add(args: argparse.Namespace) -> None:
    from dvk_desktop.services import access

    roles = access.parse_roles(args.role)
    password = _new_password(args)
    with _open(args) as handle:
        user = access.add_user(handle, args.name, password, roles, full_name=args.full_name)
    sys.stdout.write(f"Đã thêm người dùng “{user.name}” ({user.role_labels}).\n")


def _list(args: argparse.Namespace) -> None:
    from dvk_desktop.services import access

    with _open(args, reading=True) as handle:
        users = access.list_users(handle)
    if args.json:
        print_json(
            [
                {"name": u.name, "full_name": u.full_name, "active": u.active}
                | {"roles": [r.value for r in u.roles]}
                for u in users
            ]
        )
        return
    if not users:
        sys.stdout.write(
            "Chưa có người dùng riêng: mọi việc do người dùng của máy này làm, không cần đăng "
            "nhập.\n"
        )
        return
    for u in users:
        state = "" if u.active else " (đã khóa)"
        sys.stdout.write(f"{u.name:<20} {u.full_name[:30]:<30} {u.role_labels}{state}\n")


def _disable(args: argparse.Namespace) -> None:
    from dvk_desktop.services import access

    with _open(args) as handle:
        access.set_active(handle, args.name, args.users_command == "enable")
    done = "mở khóa" if args.users_command == "enable" else "khóa"
    sys.stdout.write(f"Đã {done} tài khoản “{args.name}”.\n")


def _passwd(args: argparse.Namespace) -> None:
    from dvk_desktop.services import access

    password = _new_password(args)
    with _open(args) as handle:
        access.set_password(handle, args.name, password)
    sys.stdout.write(f"Đã đổi mật khẩu của “{args.name}”.\n")


def _roles(args: argparse.Namespace) -> None:
    from dvk_desktop.services import access

    roles = access.parse_roles(args.role)
    with _open(args) as handle:
        user = access.set_roles(handle, args.name, roles)
    sys.stdout.write(f"Vai trò của “{user.name}”: {user.role_labels}.\n")


ROLES_HELP = (
    "vai trò (lặp lại được) / role (repeatable): importer (tiếp nhận), reviewer (thẩm định), "
    "council (thành viên hội đồng), approver (người ký quyết định), admin (quản trị)"
)


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the ``users`` command."""
    pw = argparse.ArgumentParser(add_help=False)
    pw.add_argument(
        "--password-file",
        type=Path,
        metavar="TỆP",
        help="đọc mật khẩu mới từ tệp (chạy tự động) / read the new password from a file",
    )
    users_p = sub.add_parser(
        "users", parents=[common], help="người dùng của cơ quan / office users and roles"
    )
    usub = users_p.add_subparsers(
        dest="users_command", metavar="LỆNH", required=True, parser_class=type(users_p)
    )
    p = usub.add_parser("add", parents=[common, pw], help="thêm người dùng / add a user")
    p.add_argument("name", help="tên đăng nhập / sign-in name (nguyen.van.an)")
    p.add_argument("--role", "-r", action="append", required=True, help=ROLES_HELP)
    p.add_argument("--full-name", default="", help="họ và tên / full name")
    p.set_defaults(handler=_add)
    p = usub.add_parser("list", parents=[common], help="danh sách / list users")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
    for name, text in (("disable", "khóa tài khoản / disable"), ("enable", "mở khóa / enable")):
        p = usub.add_parser(name, parents=[common], help=text)
        p.add_argument("name")
        p.set_defaults(handler=_disable)
    p = usub.add_parser("passwd", parents=[common, pw], help="đổi mật khẩu / set the password")
    p.add_argument("name")
    p.set_defaults(handler=_passwd)
    p = usub.add_parser("roles", parents=[common], help="đặt vai trò / set the roles")
    p.add_argument("name")
    p.add_argument("--role", "-r", action="append", required=True, help=ROLES_HELP)
    p.set_defaults(handler=_roles)
