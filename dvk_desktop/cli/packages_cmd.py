"""``dvk keys``, ``dvk trust``, ``dvk export``, ``dvk verify``: signed packages and their keys."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import StderrReporter, print_json
from dvk_desktop.domain.text import format_number
from dvk_desktop.errors import PassphraseError, ValidationError

if TYPE_CHECKING:
    from dvk_desktop.services import exchange
    from dvk_desktop.storage.workspace import WorkspaceHandle


T = TypeVar("T")
TRIES = 3


def _passphrase_source(args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file or DVK_PASSPHRASE (scripts), else None."""
    path: Path | None = getattr(args, "passphrase_file", None)
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise ValidationError(
                f"Không đọc được tệp mật khẩu “{path}”: {exc.strerror}."
            ) from None
    return os.environ.get("DVK_PASSPHRASE")


def with_passphrase(args: argparse.Namespace, action: Callable[[str], T], prompt: str) -> T:
    """Run ``action`` with the passphrase; at a terminal allow three tries, nothing changes."""
    given = _passphrase_source(args)
    if given is not None:
        return action(given)
    if not sys.stdin.isatty():
        raise ValidationError(
            "Cần mật khẩu khóa ký.",
            hint="Dùng --passphrase-file TỆP hoặc biến môi trường DVK_PASSPHRASE khi chạy tự động.",
        )
    for attempt in range(1, TRIES + 1):
        try:
            return action(getpass.getpass(f"{prompt}: "))
        except PassphraseError as exc:
            if attempt == TRIES:
                raise PassphraseError(
                    f"Sai mật khẩu {TRIES} lần; không có gì bị thay đổi.",
                    hint="Kiểm tra bộ gõ tiếng Việt và phím Caps Lock rồi thử lại.",
                ) from exc
            sys.stderr.write(f"{exc.message} Còn {TRIES - attempt} lần thử.\n")
    raise AssertionError("unreachable")


def _new_passphrase(args: argparse.Namespace, label: str = "Mật khẩu mới") -> str:
    given = _passphrase_source(args)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise ValidationError("Cần mật khẩu cho khóa mới (--passphrase-file hoặc DVK_PASSPHRASE).")
    first = getpass.getpass(f"{label} (ít nhất 8 ký tự): ")
    if getpass.getpass("Nhập lại để xác nhận: ") != first:
        raise ValidationError("Hai lần nhập mật khẩu không giống nhau; chưa tạo khóa.")
    return first


def _open(args: argparse.Namespace) -> WorkspaceHandle:
    from dvk_desktop.storage.workspace import open_workspace

    return open_workspace(workspace_dir(args))


# ---------------------------------------------------------------- keys


def _keys_create(args: argparse.Namespace) -> None:
    from dvk_desktop.services import workspace_keys

    with _open(args) as handle:
        info = workspace_keys.create_key(handle, _new_passphrase(args))
    sys.stdout.write(
        f"Đã tạo khóa ký. Dãy số nhận dạng (đọc qua điện thoại):\n  {info.fingerprint}\n"
    )


def _keys_show(args: argparse.Namespace) -> None:
    from dvk_desktop.services import workspace_keys

    with _open(args) as handle:
        info = workspace_keys.public_info(handle)
        ws = handle.info()
    if info is None:
        raise ValidationError("Vùng làm việc chưa có khóa ký.", hint="Tạo bằng: dvk keys create")
    if args.json:
        print_json(
            {
                "unit_code": ws.unit_code,
                "fingerprint": info.fingerprint,
                "minisign_public_key": info.minisign_public_key(),
                "age_recipient": info.age_recipient,
                "created": info.created,
            }
        )
        return
    sys.stdout.write(f"Đơn vị: {ws.unit_name} (mã {ws.unit_code})\n")
    sys.stdout.write(f"Dãy số nhận dạng: {info.fingerprint}\n")
    sys.stdout.write(f"Khóa nhận (age): {info.age_recipient}\n")
    sys.stdout.write("Khóa công khai (minisign):\n" + info.minisign_public_key())


def _keys_export(args: argparse.Namespace) -> None:
    from dvk_desktop.services import workspace_keys

    out: Path = args.out
    with _open(args) as handle:
        if out.is_dir():  # a folder gets the printable sheet too
            files = with_passphrase(
                args,
                lambda p: workspace_keys.export_enrolment_with_sheet(handle, p, out),
                "Mật khẩu khóa",
            )
            enrolment, written = files.enrolment, f"{files.file} và phiếu in {files.sheet}"
        else:
            enrolment = with_passphrase(
                args, lambda p: workspace_keys.export_enrolment(handle, p, out), "Mật khẩu khóa"
            )
            written = str(out)
    sys.stdout.write(
        f"Đã ghi tệp đăng ký khóa của {enrolment.unit_name} vào {written}.\n"
        f"Dãy số nhận dạng để đọc cho cấp trên: {enrolment.fingerprint}\n"
    )


def _keys_rotate(args: argparse.Namespace) -> None:
    from dvk_desktop.services import workspace_keys

    with _open(args) as handle:
        old = with_passphrase(args, lambda p: p, "Mật khẩu khóa hiện tại")
        new_pass = os.environ.get("DVK_NEW_PASSPHRASE") or _new_passphrase(
            args, "Mật khẩu khóa mới"
        )
        info = workspace_keys.start_rotation(handle, old, new_pass, reason=args.reason or "")
    sys.stdout.write(
        f"Đã tạo khóa mới (dãy số {info.fingerprint}). Gói dữ liệu gửi lên tiếp theo sẽ được ký "
        "bằng khóa cũ và thông báo khóa mới cho cấp trên.\n"
    )


# ---------------------------------------------------------------- trust


def _trust_enrol(args: argparse.Namespace) -> None:
    from dvk_desktop.services import trust, workspace_keys

    relation = trust.PARENT if args.parent else trust.CHILD
    fingerprint = args.fingerprint
    if fingerprint is None:
        if not sys.stdin.isatty():
            raise ValidationError(
                "Cần xác nhận dãy số nhận dạng của khóa.",
                hint='Thêm --fingerprint "12345 67890 …" (dãy số đơn vị kia đọc qua điện thoại).',
            )
        fingerprint = input("Nhập dãy số nhận dạng mà đơn vị kia đọc qua điện thoại: ")
    with _open(args) as handle:
        enrolment = workspace_keys.enrol_unit(
            handle, args.file, relation=relation, confirmed_fingerprint=fingerprint
        )
    who = "cấp trên" if relation == trust.PARENT else "đơn vị cấp dưới"
    sys.stdout.write(
        f"Đã ghi nhận khóa của {who} {enrolment.unit_name} (mã {enrolment.unit_code}).\n"
    )


def _trust_list(args: argparse.Namespace) -> None:
    from dvk_desktop.services import trust

    with _open(args) as handle, handle.sessions() as session:
        rows = trust.list_keys(session)
    if args.json:
        print_json([r.__dict__ | {"active": r.active} for r in rows])
        return
    if not rows:
        sys.stdout.write("Chưa ghi nhận khóa của đơn vị nào.\n")
    for r in rows:
        state = "đang dùng" if r.active else ("đã thu hồi" if r.revoked_at else "đã thay")
        who = "cấp trên" if r.relation == trust.PARENT else "cấp dưới"
        sys.stdout.write(
            f"{r.unit_code:<8} {r.unit_name[:40]:<40} {who:<9} {state:<11} {r.fingerprint}\n"
        )


def _trust_revoke(args: argparse.Namespace) -> None:
    from dvk_desktop.services import trust

    relation = trust.PARENT if args.parent else trust.CHILD
    with _open(args) as handle, handle.sessions() as session, session.begin():
        trust.revoke(session, args.unit, relation=relation, reason=args.reason or "")
    sys.stdout.write(
        f"Đã thu hồi khóa của đơn vị mã {args.unit}: gói ký bằng khóa này sẽ bị từ chối.\n"
    )


def _trust_accept_revoked(args: argparse.Namespace) -> None:
    from dvk_desktop.services import trust

    with _open(args) as handle, handle.sessions() as session, session.begin():
        trust.accept_revoked(session, args.package_sha256, reason=args.reason)
    sys.stdout.write(
        f"Đã chấp nhận riêng gói mã {args.package_sha256.strip().lower()} dù khóa ký đã bị thu "
        "hồi (ghi vào nhật ký thay đổi); hãy nhập lại đúng tệp gói đó. Các gói khác ký bằng "
        "khóa này vẫn bị từ chối.\n"
    )


# ---------------------------------------------------------------- packages


def _export(args: argparse.Namespace) -> int | None:
    if args.decisions_for and (args.decisions_for == "all" or "," in args.decisions_for):
        from dvk_desktop.cli.inbox_cmd import send_back_command

        return send_back_command(args)
    from dvk_desktop.services import exchange

    kind = "decisions" if args.decisions_for else ("aggregate" if args.aggregate else "records")
    with _open(args) as handle:
        result = with_passphrase(
            args,
            lambda p: exchange.export_package(
                handle, args.out, passphrase=p, encrypt=args.encrypt, kind=kind,
                recipient_code=args.decisions_for, reporter=StderrReporter("Xuất gói"),
            ),
            "Mật khẩu khóa ký",
        )  # fmt: skip
    sys.stdout.write(
        f"Đã xuất gói số {result.sequence} gửi đơn vị mã {result.recipient}:\n"
        f"  Tệp: {result.path}\n"
        f"  Dung lượng: {format_number(round(result.size / 1024))} KB; "
        f"{'đã mã hóa' if result.encrypted else 'không mã hóa'}\n"
        f"  Mô hình: {result.counts['models']}; tệp minh chứng gửi kèm: "
        f"{result.counts['evidence_files']}\n"
        f"  Dãy số nhận dạng khóa ký: {result.fingerprint}\n"
    )
    return None


def _print_check(check: exchange.PackageCheck) -> None:
    header = check.header
    if header:
        sender = header.get("sender", {})
        sys.stdout.write(
            f"Gói số {header.get('sequence')} của {check.sender_name or sender.get('unit_name')} "
            f"(mã {sender.get('unit_code')}), loại {header.get('kind')}\n"
        )
    for warning in check.warnings:
        sys.stdout.write(f"  Lưu ý: {warning}\n")
    if check.missing_evidence:
        sys.stdout.write(f"  Thiếu {len(check.missing_evidence)} tệp minh chứng trên máy này.\n")


def _verify(args: argparse.Namespace) -> int:
    from dvk_desktop.packaging import agecrypt
    from dvk_desktop.services import exchange

    with _open(args) as handle:

        def run(passphrase: str | None) -> exchange.PackageCheck:
            return exchange.verify_package(
                handle, args.file, passphrase=passphrase, reporter=StderrReporter("Kiểm tra")
            )

        if agecrypt.is_age_file(args.file):
            check = with_passphrase(args, run, "Mật khẩu khóa (để mở gói mã hóa)")
        else:
            check = run(None)
    _print_check(check)
    if check.already_imported:
        sys.stdout.write("  Gói này đã được nhập trước đây.\n")
    if check.ok:
        sys.stdout.write("Kết quả: gói hợp lệ, chữ ký đúng, dữ liệu toàn vẹn.\n")
        return 0
    sys.stderr.write(f"Kết quả: gói KHÔNG hợp lệ ({len(check.problems)} vấn đề):\n")
    for problem in check.problems:
        sys.stderr.write(f"  - {problem}\n")
    return 2


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the package commands."""
    pw = argparse.ArgumentParser(add_help=False)
    pw.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="TỆP",
        help="đọc mật khẩu từ tệp (chạy tự động) / read the passphrase from a file",
    )

    keys_p = sub.add_parser("keys", parents=[common], help="khóa ký của đơn vị / signing key")
    ksub = keys_p.add_subparsers(
        dest="keys_command", metavar="LỆNH", required=True, parser_class=type(keys_p)
    )
    p = ksub.add_parser("create", parents=[common, pw], help="tạo khóa ký / create the key")
    p.set_defaults(handler=_keys_create)
    p = ksub.add_parser("show", parents=[common], help="xem dãy số nhận dạng / show fingerprint")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_keys_show)
    p = ksub.add_parser(
        "export-enrolment",
        parents=[common, pw],
        help="xuất tệp đăng ký khóa (và phiếu in PDF nếu --out là thư mục) / write the enrolment "
        "file (and the printable PDF sheet when --out is a folder)",
    )
    p.add_argument("--out", type=Path, default=Path.cwd(), help="thư mục hoặc tệp / folder or file")
    p.set_defaults(handler=_keys_export)
    p = ksub.add_parser("rotate", parents=[common, pw], help="đổi khóa / rotate the key")
    p.add_argument("--reason", help="lý do / reason")
    p.set_defaults(handler=_keys_rotate)

    trust_p = sub.add_parser(
        "trust", parents=[common], help="khóa của đơn vị khác / keys of other units"
    )
    tsub = trust_p.add_subparsers(
        dest="trust_command", metavar="LỆNH", required=True, parser_class=type(trust_p)
    )
    p = tsub.add_parser("enrol", parents=[common], help="ghi nhận khóa / enrol a key")
    p.add_argument("file", type=Path, help="tệp đăng ký khóa (.json)")
    p.add_argument("--parent", action="store_true", help="khóa của cấp trên / the parent's key")
    p.add_argument("--fingerprint", help="dãy số đã xác nhận qua điện thoại / confirmed digits")
    p.set_defaults(handler=_trust_enrol)
    p = tsub.add_parser("list", parents=[common], help="danh sách khóa / list keys")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_trust_list)
    p = tsub.add_parser("revoke", parents=[common], help="thu hồi khóa / revoke a key")
    p.add_argument("unit", help="mã đơn vị / unit code")
    p.add_argument("--parent", action="store_true")
    p.add_argument("--reason", help="lý do / reason")
    p.set_defaults(handler=_trust_revoke)
    p = tsub.add_parser(
        "accept-revoked",
        parents=[common],
        help="chấp nhận riêng một gói ký bằng khóa đã thu hồi / accept one revoked package",
    )
    p.add_argument("package_sha256", metavar="MÃ_GÓI", help="mã SHA-256 trong báo cáo từ chối")
    p.add_argument("--reason", required=True, help="lý do (ghi vào nhật ký) / reason")
    p.set_defaults(handler=_trust_accept_revoked)

    p = sub.add_parser(
        "export",
        parents=[common, pw],
        help="xuất gói dữ liệu có chữ ký / export",
        description="Khi bật cài đặt thu nhỏ ảnh, ảnh lớn được gửi bản cạnh dài 1600 điểm ảnh; "
        "ảnh gốc vẫn giữ trên máy. / With the downscale setting on, large photos are sent "
        "reduced to a 1600-pixel long edge; the originals stay on this computer.",
    )
    p.add_argument("--out", type=Path, default=Path.cwd(), help="thư mục đích (USB…) / folder")
    enc = p.add_mutually_exclusive_group()
    enc.add_argument(
        "--encrypt",
        dest="encrypt",
        action="store_true",
        default=None,
        help="luôn mã hóa / always encrypt",
    )
    enc.add_argument(
        "--no-encrypt", dest="encrypt", action="store_false", help="không mã hóa / do not encrypt"
    )
    p.add_argument(
        "--decisions-for",
        metavar="MÃ_XÃ",
        help="gói quyết định gửi về một xã, nhiều xã (20791,20794) hoặc mọi xã có quyết định "
        "mới (all), mỗi xã một tệp / decisions for one child, several, or every child with "
        "news (all), one file each",
    )
    p.add_argument(
        "--aggregate",
        action="store_true",
        help="gói tổng hợp gửi cấp trên nữa / aggregate for the parent",
    )
    p.set_defaults(handler=_export)

    p = sub.add_parser(
        "verify",
        parents=[common, pw],
        help="kiểm tra gói, không ghi gì / check a package, write nothing",
    )
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_verify)
