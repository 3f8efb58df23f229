"""The upper level's screens for docs/make_screenshots.py: a province and six of its communes."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget

from dvk_desktop.domain.model import IndicatorInput, ModelInput
from dvk_desktop.domain.vocab import Field, ModelType, OrgType, Status
from dvk_desktop.services import directory, editor_locks, exchange, models, workspace_keys
from dvk_desktop.services.workspace_setup import init_workspace, set_settings
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace

PROVINCE = "48"  # Thành phố Đà Nẵng
UPPER_PASS = "Thành phố Đà Nẵng 2026 tổng hợp"
COMMUNE_PASS = "Dân vận khéo 2026 xã Thăng Bình"
# Small communes beside the demo commune (Xã Thăng Bình): (code, models, enrolled).
COMMUNES = (("20275", 6, True), ("20242", 5, True), ("20195", 4, True), ("20200", 7, True),
            ("20260", 3, False))  # fmt: skip
SAMPLES = (  # real model names (domain brief §8)
    ("Thắp sáng đường quê", Field.CULTURE_SOCIETY, "DEN_CHIEU_SANG", 120),
    ("Camera an ninh tự quản", Field.DEFENCE_SECURITY, "CAMERA", 24),
    ("Phân loại rác thải tại nguồn – Lợi ích nhân đôi", Field.CULTURE_SOCIETY, "RAC_THU_GOM", 900),
    ("Tuyến đường cờ và hoa kiểu mẫu", Field.CULTURE_SOCIETY, "DUONG_LAM_MOI", 1600),
    ("Đoàn viên “1 kèm 1” hỗ trợ dịch vụ công trực tuyến", Field.POLITICAL_SYSTEM,
     "HO_SO_DVC", 300),
    ("Tổ liên gia an toàn phòng cháy chữa cháy", Field.DEFENCE_SECURITY, "HO_HUONG_LOI", 469),
    ("Dê giống khởi nghiệp luân chuyển", Field.ECONOMY, "VAT_NUOI", 12),
)  # fmt: skip


def _commune(root: Path, code: str, count: int, year: int) -> WorkspaceHandle:
    handle = init_workspace(root, unit_code=code)
    with handle.sessions() as session, session.begin():
        village = directory.add_village(session, "Tổ dân phố 1")
        orgs = [
            directory.add_organisation(session, name, kind, village=village)
            for name, kind in (
                ("Đoàn Thanh niên", OrgType.YOUTH_UNION),
                ("Hội Liên hiệp Phụ nữ", OrgType.WOMEN_UNION),
                ("Ban Công tác Mặt trận tổ dân phố 1", OrgType.FATHERLAND_FRONT),
            )
        ]
        village_uuid, org_uuids = village.uuid, [o.uuid for o in orgs]
    for n in range(count):
        name, field, indicator, target = SAMPLES[(n + int(code)) % len(SAMPLES)]
        uuid = models.create_model(
            handle,
            ModelInput(
                name=f"{name} tổ dân phố 1" if n < len(SAMPLES) else f"{name} ({n})",
                model_type=ModelType.COLLECTIVE,
                field=field,
                year=year,
                owner_org_uuid=org_uuids[n % len(org_uuids)],
                village_uuid=village_uuid,
                place="Tổ dân phố 1",
                start_date=dt.date(year, 2, 1),
                end_date=dt.date(year, 12, 15),
                evaluation_date=dt.date(year, 10, 15),
                goals="Đạt các chỉ tiêu đã đăng ký, được Nhân dân đồng tình hưởng ứng",
                content="Tuyên truyền, vận động tại các cuộc họp tổ dân phố; phân công hội viên",
                indicators=[IndicatorInput(indicator, "", "", Decimal(target))],
            ),
        )
        models.change_status(handle, uuid, Status.IMPLEMENTING)
        if n % 3 != 2:  # the head signs off each proposal (it shows on the review page)
            editor_locks.sign_off(
                handle, uuid, signer="Nguyễn Văn Thành", position="Chủ tịch UBND phường"
            )
            models.change_status(handle, uuid, Status.PROPOSED)
    return handle


def build(scratch: Path, demo_root: Path) -> Path:
    """The province workspace and a USB folder holding each commune's package (one broken)."""
    import change_screens

    year = 2026
    usb, keys_dir = scratch / "usb", scratch / "khoa"
    usb.mkdir(parents=True)
    keys_dir.mkdir()
    province = init_workspace(scratch / "tinh", unit_code=PROVINCE)
    set_settings(
        province,
        {
            "signer_title": "Trưởng ban",
            "signer_name": "Lê Văn Hùng",
            "decision_issuer": "Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng",
        },
    )
    workspace_keys.create_key(province, UPPER_PASS)
    upper = workspace_keys.export_enrolment(province, UPPER_PASS, keys_dir)
    shutil.copytree(demo_root, scratch / "xa-20791")
    communes = [(open_workspace(scratch / "xa-20791"), True)]
    for code, count, enrolled in COMMUNES:
        communes.append((_commune(scratch / f"xa-{code}", code, count, year), enrolled))
    for commune, enrolled in communes:
        info = workspace_keys.create_key(commune, COMMUNE_PASS)
        code = commune.info().unit_code
        workspace_keys.export_enrolment(commune, COMMUNE_PASS, keys_dir)
        workspace_keys.enrol_unit(
            commune,
            keys_dir / f"dang-ky-khoa-{PROVINCE}.json",
            relation="parent",
            confirmed_fingerprint=upper.fingerprint,
        )
        if enrolled:
            workspace_keys.enrol_unit(
                province,
                keys_dir / f"dang-ky-khoa-{code}.json",
                relation="child",
                confirmed_fingerprint=info.fingerprint,
            )
        if code == change_screens.COMMUNE:  # a change request goes up with its package
            change_screens.prepare(commune)
        exchange.export_package(commune, usb, passphrase=COMMUNE_PASS)
        commune.close()
    (usb / "goi-chep-loi.dvkpkg").write_bytes(b"PK\x03\x04 chep tu Zalo bi hong")
    province.close()
    return scratch / "tinh"


def shoot(
    app: QApplication,
    scratch: Path,
    demo_root: Path,
    save: Callable[[QWidget, str], Any],
    settle: Callable[[QApplication], None],
    language: str,
) -> None:
    """Photograph each upper-level screen (English: the communes page only)."""
    from dvk_desktop.gui.app import install_translator
    from dvk_desktop.gui.windows.main_window import MainWindow

    root = scratch / "tinh"
    if not root.exists():
        build(scratch, demo_root)
    install_translator(app, language)
    handle = open_workspace(root)
    window = MainWindow(handle, auto_backup=False)
    window.resize(1366, 768)
    window.show()
    settle(app)
    if language == "en":
        window.show_page("communes")
        settle(app)
        window.communes_page.ui.table_view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        window.communes_page.select_code("20791")
        settle(app)
        save(window, "cap-tren-en")
        window.close()
        handle.close()
        return

    window.show_page("inbox")
    inbox = window.inbox_page
    inbox.import_paths([scratch / "usb"], passphrase=UPPER_PASS)
    while inbox.operation is not None and inbox.operation.running:
        settle(app)
    settle(app)
    refused = next(i for i, r in enumerate(inbox.results) if r.path.name.startswith("goi-chep"))
    inbox.ui.results_table.selectRow(refused)
    settle(app)
    save(window, "cap-tren-tiep-nhan")

    window.show_page("models")
    settle(app)
    save(window, "cap-tren-mo-hinh")
    page = window.model_page
    editor = window.open_editor(page.table_model.row_at(0).uuid)
    editor.resize(1280, 720)
    settle(app)
    save(editor, "cap-tren-xem-mo-hinh")
    editor.close_without_saving()

    import change_screens
    import review_screens

    review_screens.shoot_upper(app, window, handle, save, settle)
    change_screens.shoot_upper(app, window, save, settle)

    window.show_page("communes")
    communes = window.communes_page
    from dvk_desktop.services import communes as communes_service

    period = communes.period()
    communes_service.set_deadline(handle, period.code, dt.date(period.end.year, 12, 15))
    communes.refresh()
    communes.ui.show_combo.setCurrentIndex(0)
    communes.ui.table_view.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # who sent, first
    communes.select_code("20791")
    settle(app)
    save(window, "cap-tren-don-vi")
    communes.select_code("20260")
    dialog = communes.open_enrol_dialog(scratch / "khoa" / "dang-ky-khoa-20260.json")
    dialog.ui.typed_edit.setText("31416 59265 35897 93")
    settle(app)
    save(dialog, "cap-tren-ghi-nhan-khoa")
    dialog.reject()

    window.show_page("decisions")
    decisions = window.decisions_page
    decisions.ui.commune_combo.setCurrentIndex(decisions.ui.commune_combo.findData("20275"))
    settle(app)
    decisions.set_checked([r.uuid for r in decisions.rows[:3]])
    decisions.ui.number_edit.setText("125-QĐ/BTGDVTU")
    decisions.ui.date_edit.setDate(QDate(2026, 11, 20))
    scan = scratch / "quyet-dinh-125-da-ky.pdf"
    scan.write_bytes(b"%PDF-1.4\n% ban quet quyet dinh da ky\n%%EOF\n")
    decisions.ui.scan_edit.setText(str(scan))
    decisions.ui.summary_edit.setText("Công nhận mô hình “Dân vận khéo” năm 2026")
    for edit in (decisions.ui.issuer_edit, decisions.ui.scan_edit, decisions.ui.summary_edit):
        edit.setCursorPosition(0)  # the start of a long text, as a clerk reads it
    settle(app)
    save(window, "cap-tren-quyet-dinh")
    decisions.record()
    while decisions.operation is not None and decisions.operation.running:
        settle(app)
    settle(app)

    window.show_page("send_back")
    settle(app)
    save(window, "cap-tren-gui-ve-xa")

    window.show_page("summary")
    summary = window.summary_page
    while summary.stats is None:
        settle(app)
    summary.ui.tab_widget.setCurrentWidget(summary.ui.units_tab)
    settle(app)
    save(window, "cap-tren-bao-cao")
    summary.ui.tab_widget.setCurrentWidget(summary.ui.field_tab)
    settle(app)
    save(window, "cap-tren-bao-cao-linh-vuc")
    window.show_page("packages")
    settle(app)
    save(window, "cap-tren-khoa")
    window.show_page("settings")
    settle(app)
    save(window, "cap-tren-cai-dat")
    review_screens.shoot_commune(app, scratch, handle, (UPPER_PASS, COMMUNE_PASS), save, settle)
    change_screens.shoot_commune(app, scratch, save, settle)
    _shoot_revoked(app, window, handle, scratch, save, settle)
    window.close()
    settle(app)
    handle.close()


def _shoot_revoked(
    app: QApplication,
    window: Any,
    handle: WorkspaceHandle,
    scratch: Path,
    save: Callable[[QWidget, str], Any],
    settle: Callable[[QApplication], None],
) -> None:
    """The commune not enrolled yet is enrolled, its key revoked: its package offers acceptance."""
    from dvk_desktop.gui.dialogs.accept_revoked import AcceptRevokedDialog
    from dvk_desktop.packaging import keys
    from dvk_desktop.services import trust

    code = next(c for c, _n, enrolled in COMMUNES if not enrolled)
    enrolment = scratch / "khoa" / f"dang-ky-khoa-{code}.json"
    fingerprint = keys.read_enrolment(enrolment).fingerprint
    workspace_keys.enrol_unit(
        handle, enrolment, relation="child", confirmed_fingerprint=fingerprint
    )
    with handle.sessions() as session, session.begin():
        trust.revoke(session, code, reason="Máy tính của xã bị mất")
    window.show_page("inbox")
    inbox = window.inbox_page
    package = next(p for p in (scratch / "usb").iterdir() if f"-{code}-" in p.name)
    inbox.import_paths([package], passphrase=UPPER_PASS)
    while inbox.operation is not None and inbox.operation.running:
        settle(app)
    settle(app)
    inbox.ui.results_table.selectRow(0)
    settle(app)
    save(window, "cap-tren-khoa-thu-hoi")
    dialog = AcceptRevokedDialog(inbox.results[0].sender_name or code, window)
    dialog.reason_edit.setPlainText("Gói gửi ngày 10/11 trước khi mất máy, đã gọi điện đối chiếu")
    dialog.show()
    settle(app)
    save(dialog, "cap-tren-chap-nhan-goi")
    dialog.close()
