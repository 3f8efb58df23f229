"""``dvk evidence list|add|remove``: a model's evidence files from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.errors import NotFoundError


def _list(args: argparse.Namespace) -> None:
    from dvk_desktop.cli.models_cmd import resolve
    from dvk_desktop.services import evidence
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        items = evidence.list_evidence(
            handle, resolve(handle, args.model), include_removed=args.all
        )
    if not items:
        sys.stdout.write("Mô hình chưa có minh chứng nào.\n")
    for e in items:
        gone = "  (đã gỡ)" if e.removed else ""
        caption = f"  {e.caption}" if e.caption else ""
        sys.stdout.write(f"{e.sha256[:12]}  {e.original_name}{caption}{gone}\n")


def _add(args: argparse.Namespace) -> None:
    from dvk_desktop.cli.models_cmd import resolve
    from dvk_desktop.services import evidence
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        evidence.add_evidence(
            handle, resolve(handle, args.model), args.file, caption=args.caption or ""
        )
    sys.stdout.write(f"Đã thêm minh chứng “{args.file.name}”.\n")


def _remove(args: argparse.Namespace) -> None:
    from dvk_desktop.cli.models_cmd import resolve
    from dvk_desktop.services import evidence
    from dvk_desktop.storage.workspace import open_workspace

    wanted = args.evidence.strip().lower()
    with open_workspace(workspace_dir(args)) as handle:
        items = evidence.list_evidence(handle, resolve(handle, args.model))
        hits = [e for e in items if wanted and (e.sha256.startswith(wanted) or e.uuid == wanted)]
        if len(hits) != 1:
            raise NotFoundError(
                f"Không tìm thấy (hoặc có nhiều) minh chứng “{args.evidence}” của mô hình.",
                hint=f"Xem mã băm bằng: dvk evidence list {args.model}",
            )
        evidence.remove_evidence(handle, hits[0].uuid)
    sys.stdout.write(f"Đã gỡ minh chứng “{hits[0].original_name}”.\n")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk evidence …``."""
    top = sub.add_parser("evidence", parents=[common], help="minh chứng của mô hình / evidence")
    esub = top.add_subparsers(
        dest="evidence_command", metavar="LỆNH", required=True, parser_class=type(top)
    )
    p = esub.add_parser("list", parents=[common], help="danh sách minh chứng / list")
    p.add_argument("model", help="mã hoặc uuid mô hình / model code or uuid")
    p.add_argument("--all", action="store_true", help="cả minh chứng đã gỡ / include removed")
    p.set_defaults(handler=_list)
    p = esub.add_parser("add", parents=[common], help="thêm tệp minh chứng / attach a file")
    p.add_argument("model", help="mã hoặc uuid mô hình / model code or uuid")
    p.add_argument("file", type=Path, help="tệp ảnh, PDF, văn bản / the file")
    p.add_argument("--caption", help="chú thích / caption")
    p.set_defaults(handler=_add)
    p = esub.add_parser("remove", parents=[common], help="gỡ minh chứng / remove evidence")
    p.add_argument("model", help="mã hoặc uuid mô hình / model code or uuid")
    p.add_argument("evidence", metavar="MÃ_BĂM", help="vài ký tự đầu mã băm / hash prefix")
    p.set_defaults(handler=_remove)
