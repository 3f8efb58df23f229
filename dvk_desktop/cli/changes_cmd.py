"""``dvk changes request|list|show|accept|reject`` and ``dvk models sign-off``."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import print_json
from dvk_desktop.domain.ownership import ChangeState
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import ValidationError

STATES = {
    "cho": ChangeState.PENDING,
    "chap_nhan": ChangeState.ACCEPTED,
    "tu_choi": ChangeState.REJECTED,
}


def _request(args: argparse.Namespace) -> None:
    from dvk_desktop.cli.models_cmd import _apply_args, _enum, resolve
    from dvk_desktop.services import change_requests
    from dvk_desktop.services import models as model_service
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        uuid = resolve(handle, args.model)
        held = model_service.get_input(handle, uuid)
        edited = _apply_args(handle, model_service.get_input(handle, uuid), args)
        data = edited if edited != held else None
        target = _enum(Status, args.status, "Trạng thái") if args.status else None
        ref = change_requests.request_change(
            handle, uuid, data, status=target, remove_evidence=args.remove_evidence or [],
            reason=args.why or "", actor=args.by,
        )  # fmt: skip
    sys.stdout.write(
        f"Đã ghi yêu cầu thay đổi {ref[:8]}; yêu cầu sẽ lên cấp trên trong gói dữ liệu tới.\n"
    )


def _list(args: argparse.Namespace) -> None:
    from dvk_desktop.services import change_requests
    from dvk_desktop.storage.workspace import open_workspace

    state = None
    if args.state:
        state = STATES.get(args.state.strip().lower().replace("-", "_"))
        if state is None:
            try:
                state = ChangeState(args.state)
            except ValueError:
                raise ValidationError(
                    f"Trạng thái “{args.state}” không hợp lệ.",
                    hint="Chọn một trong: cho, chap_nhan, tu_choi.",
                ) from None
    with open_workspace(workspace_dir(args), reading=True) as handle:
        rows = change_requests.list_changes(handle, state)
    if args.json:
        print_json([_plain(r) for r in rows])
        return
    if not rows:
        sys.stdout.write("Không có yêu cầu thay đổi nào.\n")
        return
    for r in rows:
        sys.stdout.write(
            f"{r.uuid[:8]}  {r.unit_code}/{r.model_code}  {r.model_name[:40]:<40}  "
            f"{r.changes} thay đổi  {r.state_label}\n"
        )


def _plain(value: Any) -> Any:
    out = dataclasses.asdict(value)
    for key, v in list(out.items()):
        if hasattr(v, "isoformat"):
            out[key] = v.isoformat()
    out["state"] = str(value.state.value)
    return out


def _show(args: argparse.Namespace) -> None:
    from dvk_desktop.services import change_requests
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        view = change_requests.get_change(handle, args.ref)
    r = view.row
    if args.json:
        print_json(
            {**_plain(r), "base_version": view.base_version,
             "applied_version": view.applied_version,
             "lines": [dataclasses.asdict(x) for x in view.lines]}
        )  # fmt: skip
        return
    out = sys.stdout
    out.write(f"Yêu cầu {r.uuid}\n  Mô hình: {r.unit_code}/{r.model_code} {r.model_name}\n")
    out.write(f"  Trạng thái: {r.state_label}   Người gửi: {r.created_by}\n")
    if r.reason:
        out.write(f"  Lý do: {r.reason}\n")
    if r.decided_by:
        out.write(f"  Cấp trên: {r.decided_by} — {r.decision_comment}\n")
    for line in view.lines:
        out.write(f"  {line.label}\n    cũ:  {line.old or '—'}\n    mới: {line.new or '—'}\n")


def _accept(args: argparse.Namespace) -> None:
    from dvk_desktop.services import change_requests
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        version = change_requests.accept(
            handle, args.ref, comment=args.comment or "", actor=args.by
        )
    sys.stdout.write(
        f"Đã chấp nhận; bản đăng ký nay là phiên bản {version}. Kết quả sẽ đến đơn vị trong gói "
        "quyết định.\n"
    )


def _reject(args: argparse.Namespace) -> None:
    from dvk_desktop.services import change_requests
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        change_requests.reject(handle, args.ref, comment=args.comment, actor=args.by)
    sys.stdout.write("Đã ghi không chấp nhận; yêu cầu vẫn được lưu trong lịch sử.\n")


def _sign_off(args: argparse.Namespace) -> None:
    from dvk_desktop.cli.models_cmd import resolve
    from dvk_desktop.services import models as model_service
    from dvk_desktop.services.locks import sign_off_in_session, withdraw_in_session
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        uuid = resolve(handle, args.model)
        with handle.sessions() as session, session.begin():
            row = model_service.get_row(session, uuid)
            if args.withdraw:
                withdraw_in_session(session, row, actor=args.by or "")
                message = "Đã rút ký duyệt; bản đăng ký sửa được trở lại.\n"
            else:
                if not args.by:
                    raise ValidationError("Hãy ghi họ tên người ký duyệt (--by).")
                signed = sign_off_in_session(session, row, signer=args.by, position=args.position)
                message = f"Đã ký duyệt phiên bản {signed.version} ({signed.signer}).\n"
    sys.stdout.write(message)


def add_sign_off(
    msub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk models sign-off`` to the ``models`` group."""
    p = msub.add_parser(
        "sign-off", parents=[common], help="lãnh đạo ký duyệt bản đăng ký / head's sign-off"
    )
    p.add_argument("model", help="mã hoặc mã định danh / code or uuid")
    p.add_argument("--by", help="họ tên người ký duyệt / signer")
    p.add_argument("--position", default="", help="chức vụ / position")
    p.add_argument("--withdraw", action="store_true", help="rút ký duyệt / withdraw")
    p.set_defaults(handler=_sign_off)


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk changes …``."""
    from dvk_desktop.cli.models_cmd import _model_options

    group = sub.add_parser(
        "changes", parents=[common], help="yêu cầu thay đổi mô hình đã khóa / change requests"
    )
    csub = group.add_subparsers(
        dest="changes_command", metavar="LỆNH", required=True, parser_class=type(group)
    )
    p = csub.add_parser(
        "request", parents=[common], help="xin thay đổi mô hình đã khóa / request a change"
    )
    p.add_argument("model", help="mã hoặc mã định danh / code or uuid")
    _model_options(p)
    p.add_argument("--status", help="trạng thái xin chuyển, ví dụ dung / requested status")
    p.add_argument("--remove-evidence", action="append", metavar="MÃ_BĂM")
    p.add_argument("--why", help="lý do xin thay đổi / why the change")
    p.add_argument("--by", help="người gửi / requested by")
    p.set_defaults(handler=_request)
    p = csub.add_parser("list", parents=[common], help="danh sách / list")
    p.add_argument("--state", help="cho | chap_nhan | tu_choi")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
    p = csub.add_parser("show", parents=[common], help="xem cũ | mới / old and new side by side")
    p.add_argument("ref", help="mã yêu cầu (vài ký tự đầu) / request id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_show)
    p = csub.add_parser("accept", parents=[common], help="chấp nhận / accept")
    p.add_argument("ref")
    p.add_argument("--comment", help="nhận xét / comment")
    p.add_argument("--by", help="người xem xét / reviewer")
    p.set_defaults(handler=_accept)
    p = csub.add_parser("reject", parents=[common], help="không chấp nhận / reject")
    p.add_argument("ref")
    p.add_argument("--comment", required=True, help="lý do / why")
    p.add_argument("--by", help="người xem xét / reviewer")
    p.set_defaults(handler=_reject)
