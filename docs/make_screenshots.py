"""Render every screen (1366×768, offscreen) and printout of the demo into docs/screenshots.

Usage: QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py [--only gui|pdf|upper]
Screens are gui-*.png; printouts pdf-*.png (a page at 70 dpi, rendered by pdftoppm).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs"))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QThreadPool  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from dvk_desktop.domain.vocab import Status  # noqa: E402
from dvk_desktop.errors import ValidationError  # noqa: E402
from dvk_desktop.gui import app as gui_app  # noqa: E402
from dvk_desktop.gui.errors import show_error  # noqa: E402
from dvk_desktop.services.demo import create_demo_workspace, make_evidence_image  # noqa: E402
from dvk_desktop.storage.queries.models import ModelFilter, list_models  # noqa: E402
from dvk_desktop.storage.workspace import open_workspace  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SCREEN = (1366, 768)


def settle(app: QApplication) -> None:
    """Let layouts, debounce timers and background thumbnails finish."""
    QTest.qWait(300)
    QThreadPool.globalInstance().waitForDone(10_000)
    QTest.qWait(100)
    app.processEvents()


def save(widget: QWidget, name: str) -> Path:
    """Grab ``widget`` and write a palette PNG (small, crisp text)."""
    pixmap = widget.grab()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    target = OUT / f"gui-{name}.png"
    image.quantize(colors=192, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)
    size = target.stat().st_size // 1024
    sys.stdout.write(f"{target.relative_to(ROOT)}  {image.width}×{image.height}  {size} KB\n")
    return target


def page_png(pdf: Path, name: str, *, page: int = 1) -> None:
    """Write one page of a PDF as docs/screenshots/pdf-<name>.png (70 dpi, as the README shows)."""
    prefix = pdf.with_suffix("")
    subprocess.run(
        [
            *("pdftoppm", "-r", "70", "-png", "-singlefile"),
            *("-f", str(page), "-l", str(page), str(pdf), str(prefix)),
        ],
        check=True,
    )
    target = OUT / f"pdf-{name}.png"
    Image.open(prefix.with_suffix(".png")).convert("RGB").save(target, optimize=True)
    size = target.stat().st_size // 1024
    sys.stdout.write(f"{target.relative_to(ROOT)}  {size} KB\n")


def _last_page(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(next(x for x in out.stdout.splitlines() if x.startswith("Pages:")).split()[1])


def shoot_pdfs(root: Path, scratch: Path) -> None:
    """Print each document of the demo workspace and keep the page a reader looks at."""
    from dvk_desktop.domain.period import parse_period
    from dvk_desktop.reports.pdf.model_list import ListKind
    from dvk_desktop.services import reporting, workspace_keys

    date = dt.date(2026, 3, 5)
    copy = scratch / "demo-pdf"  # a copy: the key made for the enrolment sheet stays there
    shutil.copytree(root, copy)
    handle = open_workspace(copy)
    try:
        for code, name in (("MH-2026-002", "phieu-dang-ky"), ("MH-2026-012", "phieu-dang-ky-dang")):
            pdf = scratch / f"{name}.pdf"
            reporting.print_registration_forms(handle, [code], pdf, date=date)
            page_png(pdf, name)
            if code == "MH-2026-012":  # the signatures with the QR code, on their own page
                page_png(pdf, "phieu-ky-qr", page=_last_page(pdf))
        pdf = scratch / "bao-cao.pdf"
        reporting.print_results_report(handle, pdf, parse_period("2026"), date=date)
        page_png(pdf, "bao-cao")
        pdf = scratch / "cham-diem.pdf"
        reporting.print_evaluation_sheet(handle, "MH-2026-003", pdf, date=date)
        page_png(pdf, "cham-diem")
        pdf = scratch / "danh-sach.pdf"
        reporting.print_model_list(
            handle, pdf, ListKind.RECOGNITION, parse_period("2026"), date=date
        )
        page_png(pdf, "danh-sach")
        workspace_keys.create_key(handle, "mật khẩu mẫu 2026")
        files = workspace_keys.export_enrolment_with_sheet(handle, "mật khẩu mẫu 2026", scratch)
        page_png(files.sheet, "dang-ky-khoa")
    finally:
        handle.close()


def main() -> int:
    """Build a demo workspace in a temporary folder and photograph each screen and printout."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", choices=("gui", "pdf", "upper"))
    only = parser.parse_args().only
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    family = gui_app.load_fonts()
    gui_app.apply_font(app, family, 10)
    scratch = Path(tempfile.mkdtemp(prefix="dvk-screens-"))
    try:
        root = scratch / "demo"
        create_demo_workspace(root, year=2026).close()
        pristine = scratch / "demo-xa"  # the commune screens below give the demo a key
        shutil.copytree(root, pristine)
        if only not in ("gui", "upper"):
            shoot_pdfs(root, scratch)
        for language in ("en", "vi") if only not in ("pdf", "upper") else ():
            gui_app.install_translator(app, language)
            shoot(app, root, language)
        # The upper level's screens: a province that received this demo commune and five more.
        import upper_screens

        for language in ("vi", "en") if only != "pdf" else ():  # English last: imported by then
            upper_screens.shoot(app, scratch / "cap-tren", pristine, save, settle, language)
        if only != "pdf":  # a shared office: server, sign-in, users, role checks (Vietnamese)
            import office_screens

            gui_app.install_translator(app, "vi")
            office_screens.shoot(app, scratch, save, settle)
    finally:
        QThreadPool.globalInstance().waitForDone(10_000)
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


def shoot(app: QApplication, root: Path, language: str) -> None:
    """Photograph the screens in ``language`` (English: the main window only)."""
    from dvk_desktop.gui.windows.main_window import MainWindow

    if language == "vi":  # the window as it first appears, before the database is opened
        loading = MainWindow(auto_backup=False)
        loading.resize(*SCREEN)
        loading.show()
        QTest.qWait(200)
        save(loading, "loading")
        loading.close()
    handle = open_workspace(root)
    window = MainWindow(handle, auto_backup=False)
    window.resize(*SCREEN)
    window.show()
    settle(app)
    if language == "en":
        save(window, "main-en")
        window.auto_backup = False
        window.close()
        return
    save(window, "main")
    page = window.model_page
    page.ui.search_edit.setText("thap sang")
    page.apply_filter()
    page.ui.table_view.selectRow(0)
    settle(app)
    save(window, "search")
    uuid = page.table_model.row_at(0).uuid
    page.ui.search_edit.clear()
    page.apply_filter()

    editor = window.open_editor(uuid)
    editor.resize(1280, 720)
    settle(app)
    save(editor, "editor")
    for tab, name in (
        (editor.ui.content_tab, "editor-content"),
        (editor.ui.resources_tab, "editor-resources"),
        (editor.ui.indicators_tab, "editor-indicators"),
        (editor.ui.evidence_tab, "editor-evidence"),
        (editor.ui.progress_tab, "editor-progress"),
    ):
        editor.ui.tab_widget.setCurrentWidget(tab)
        if tab is editor.ui.indicators_tab:
            editor.ui.indicators_view.selectRow(0)
        if tab is editor.ui.evidence_tab:
            editor.evidence.ui.thumbs_list.setCurrentRow(0)
        settle(app)
        save(editor, name)
    dialog = editor.progress.open_dialog()
    dialog.ui.period_edit.setText("Sơ kết 9 tháng")
    dialog.ui.done_edit.setPlainText("Lắp thêm 40 bóng đèn ở thôn Hà Bình; họp dân công khai.")
    photos = root.parent / "anh"
    photos.mkdir(exist_ok=True)
    for n, caption in enumerate(("hop-dan-thon-ha-binh.jpg", "lap-den-tuyen-duong.jpg")):
        (photos / caption).write_bytes(make_evidence_image("Sơ kết 9 tháng", caption, 90 + n))
    dialog.attach(sorted(photos.iterdir()))
    dialog.ui.files_list.setCurrentRow(1)
    settle(app)
    save(dialog, "progress-report")
    dialog.reject()
    shoot_step_question(app, editor)
    editor.close_without_saving()

    with handle.sessions() as session:
        proposed = list_models(session, ModelFilter(status=Status.PROPOSED.value), limit=1)[0]
    locked = window.open_editor(proposed.uuid)
    locked.resize(1280, 720)
    settle(app)
    save(locked, "editor-locked")
    locked.close_without_saving()

    fresh = window.open_editor(None)
    fresh.resize(1280, 720)
    adding = fresh.open_add_dialog("person", fresh.ui.lead_combo)
    adding.ui.name_edit.setText("Lê Thị Hồng")
    adding.ui.position_edit.setText("Chi hội trưởng Phụ nữ thôn Hà Bình")
    adding.ui.birth_year_spin.setValue(1978)
    settle(app)
    save(adding, "add-person")
    adding.reject()
    adding = fresh.open_add_dialog("organisation", fresh.ui.owner_combo)
    adding.ui.name_edit.setText("Chi hội Cựu chiến binh thôn Hà Bình")
    settle(app)
    save(adding, "add-organisation")
    adding.reject()
    fresh.ui.name_edit.setText("Mô hình")
    fresh.save()
    for button in fresh.status_buttons():
        if button.objectName() == "status_dang_thuc_hien_button":
            button.click()
    settle(app)
    save(fresh, "validation")
    fresh.close_without_saving()

    for row, name in ((1, "reports"), (2, "packages"), (3, "backup"), (4, "settings")):
        window.show_page(row)
        settle(app)
        save(window, name)
        if name == "reports":
            shoot_verify_print(app, window, handle, root.parent)

    shoot_export(app, window, handle, root.parent)
    shoot_file_dialog(app, window)
    shoot_xlsx_import(app, window, handle, root.parent)

    error = show_error(
        window,
        ValidationError(
            "Tệp “bien-ban.pdf” nặng 62,4 MB, vượt giới hạn 50 MB cho mỗi tệp minh chứng.",
            hint="Hãy thu nhỏ ảnh hoặc chia nhỏ tài liệu, hoặc tăng giới hạn trong Cài đặt.",
            details=["bien-ban.pdf: 62,4 MB"],
        ),
    )
    settle(app)
    save(error, "error")
    error.close()

    from dvk_desktop.gui.dialogs.first_run import FirstRunWizard

    wizard = FirstRunWizard(root.parent / "moi")
    wizard.resize(760, 560)
    wizard.show()
    wizard.next()
    wizard.ui.unit_search_edit.setText("hoa tien")  # the only result is chosen at once
    wizard._search_units()
    settle(app)
    save(wizard, "wizard")
    wizard.reject()
    window.close()
    settle(app)


def shoot_step_question(app: QApplication, editor: QWidget) -> None:
    """The question before "Đề nghị công nhận", naming what looks premature."""
    from PySide6.QtCore import QTimer

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, grab)
            return
        settle(app)
        save(box, "step-question")
        box.reject()

    step = next(
        b
        for b in editor.status_buttons()  # type: ignore[attr-defined]
        if b.objectName() == "status_de_nghi_cong_nhan_button"
    )
    QTimer.singleShot(0, grab)
    step.click()


def shoot_file_dialog(app: QApplication, window: QWidget) -> None:
    """Qt's own file dialog, in Vietnamese."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(window, "Chọn tệp minh chứng", str(ROOT / "docs"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.resize(760, 440)
    dialog.show()
    settle(app)
    save(dialog, "file-dialog")
    dialog.reject()


def shoot_verify_print(app: QApplication, window: QWidget, handle: object, scratch: Path) -> None:
    """The "Kiểm tra bản in" dialog after checking the typed code of a printed form."""
    from dvk_desktop.services import reporting

    pdf = scratch / "kiem-tra.pdf"
    [stamp] = reporting.print_registration_forms(handle, ["MH-2026-001"], pdf)  # type: ignore[arg-type]
    dialog = window.reports_page.verify_print_dialog()  # type: ignore[attr-defined]
    dialog.resize(620, 260)
    dialog.show()
    dialog.ui.code_edit.setText(stamp.typed_code("MH-2026-001"))
    dialog.check_code(dialog.ui.code_edit.text())
    settle(app)
    save(dialog, "verify-print")
    dialog.close()


def shoot_export(app: QApplication, window: QWidget, handle: object, scratch: Path) -> None:
    """The export wizard: contents, destination, the written package (keys made on the fly)."""
    from PySide6.QtWidgets import QWizard

    from dvk_desktop.domain import units
    from dvk_desktop.services import workspace_keys
    from dvk_desktop.services.workspace_setup import init_workspace

    passphrase = "Dân vận khéo 2026 xã Thăng Bình"
    workspace_keys.create_key(handle, passphrase)  # type: ignore[arg-type]
    upper = init_workspace(scratch / "tinh", unit_code=units.find("20791").province_code)
    workspace_keys.create_key(upper, "Thành phố Đà Nẵng 2026 tổng hợp")
    enrolment = workspace_keys.export_enrolment(
        upper, "Thành phố Đà Nẵng 2026 tổng hợp", scratch / "tinh.json"
    )
    upper.close()
    page = window.packages_page  # type: ignore[attr-defined]
    window.show_page(2)  # type: ignore[attr-defined]
    page.refresh()
    wizard = page.open_export_wizard()  # before the upper level's key is pinned
    settle(app)
    save(wizard, "export-no-key")
    wizard.reject()
    page.pin_parent(scratch / "tinh.json", enrolment.fingerprint)
    wizard = page.open_export_wizard()
    settle(app)
    save(wizard, "export-contents")
    wizard.next()
    wizard.destination_page.passphrase_edit.setText("sai mật khẩu")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    settle(app)
    save(wizard, "export-passphrase")
    wizard.destination_page.passphrase_edit.setText(passphrase)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    deadline = 0
    while wizard.currentId() != 3 and deadline < 600:
        QTest.qWait(100)
        deadline += 1
    settle(app)
    save(wizard, "export-done")
    wizard.accept()


def legacy_workbook(path: Path) -> Path:
    """A commune's spreadsheet: rows typed in TCVN3 (.VnTime), VNI-Times and Unicode."""
    import openpyxl
    from openpyxl.styles import Font

    from dvk_desktop.reports.excel.import_columns import COLUMNS
    from tests.domain.test_legacy_text import tcvn3_encode, vni_encode

    common = {"Năm đăng ký": 2026, "Loại mô hình": "Tập thể", "Ngày bắt đầu": "01/03/2026",
              "Ngày kết thúc": "30/11/2026", "Thời điểm đánh giá": "15/10/2026"}  # fmt: skip
    rows = [
        (".VnTime", {
            "Tên mô hình": "Thắp sáng đường quê thôn Tư Phú", "Lĩnh vực": "Văn hóa - xã hội",
            "Đơn vị chủ trì": "Hội Liên hiệp Phụ nữ xã Thăng Bình",
            "Thôn, tổ dân phố": "Thôn Tư Phú",
            "Mục tiêu, tiêu chí": "Lắp 120 bóng đèn năng lượng mặt trời",
            "Nội dung, cách thức thực hiện": "Vận động hộ dân góp tiền, ngày công",
            "Chỉ tiêu 1": "Đèn chiếu sáng", "Mục tiêu 1": 120}),
        ("VNI-Times", {
            "Tên mô hình": "Đường hoa mười giờ thôn Bình Sa", "Lĩnh vực": "Kinh tế",
            "Đơn vị chủ trì": "Hội Nông dân xã Thăng Bình", "Thôn, tổ dân phố": "Thôn Bình Sa",
            "Đơn vị phối hợp": "Chi hội Cựu chiến binh thôn Bình Sa",
            "Mục tiêu, tiêu chí": "Trồng 2 km hoa mười giờ hai bên đường",
            "Nội dung, cách thức thực hiện": "Mỗi hộ trồng và chăm hoa trước nhà",
            "Chỉ tiêu 1": "Hộ tham gia", "Đơn vị tính 1": "hộ", "Mục tiêu 1": 60}),
        ("Times New Roman", {
            "Tên mô hình": "Camera an ninh tổ dân phố Hà Lam 1", "Lĩnh vực": "Quốc phòng - an ninh",
            "Đơn vị chủ trì": "Công an xã Thăng Bình", "Thôn, tổ dân phố": "Tổ dân phố Hà Lam 1",
            "Mục tiêu, tiêu chí": "Lắp 8 camera ở các ngã ba",
            "Nội dung, cách thức thực hiện": "Các hộ góp tiền, công an xã kết nối",
            "Chỉ tiêu 1": "Camera", "Đơn vị tính 1": "cái", "Mục tiêu 1": 8}),
        ("Times New Roman", {
            "Tên mô hình": "Khuyến học thôn Cổ Linh", "Lĩnh vực": "Văn hóa - xã hội",
            "Đơn vị chủ trì": "Ban Công tác Mặt trận thôn Cổ Linh", "Ngày bắt đầu": "31/02/2026",
            "Mục tiêu, tiêu chí": "Trao 20 suất học bổng",
            "Nội dung, cách thức thực hiện": "Quỹ khuyến học của các dòng họ"}),
    ]  # fmt: skip
    encode = {".VnTime": tcvn3_encode, "VNI-Times": vni_encode}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Mô hình"
    headers = [c.header for c in COLUMNS]
    ws.append(headers)
    for r, (font, values) in enumerate(rows, 2):
        for key, value in {**common, **values}.items():
            cell = ws.cell(row=r, column=headers.index(key) + 1)
            if isinstance(value, str) and font in encode and not value.isascii():
                cell.value, cell.font = encode[font](value), Font(name=font)
            else:
                cell.value = value
    wb.save(path)
    return path


def shoot_xlsx_import(app: QApplication, window: QWidget, handle: object, scratch: Path) -> None:
    """The spreadsheet import's dry-run report on a commune's old workbook."""
    from dvk_desktop.gui.dialogs.xlsx_import import XlsxImportDialog

    dialog = XlsxImportDialog(handle, window)  # type: ignore[arg-type]
    dialog.resize(1280, 720)
    dialog.show()
    dialog.ui.create_missing_check.setChecked(True)
    dialog.check_file(legacy_workbook(scratch / "mo-hinh-2026-xa-gui.xlsx"))
    settle(app)
    dialog.ui.only_valid_check.setChecked(True)
    settle(app)
    save(dialog, "nhap-excel")
    dialog.reject()


if __name__ == "__main__":
    raise SystemExit(main())
