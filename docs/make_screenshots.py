"""Render every screen at 1366×768 offscreen on the demo workspace; save docs/screenshots/gui-*.png.

Usage: QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QThreadPool  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from dvk_desktop.errors import ValidationError  # noqa: E402
from dvk_desktop.gui import app as gui_app  # noqa: E402
from dvk_desktop.gui.errors import show_error  # noqa: E402
from dvk_desktop.services.demo import create_demo_workspace  # noqa: E402
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


def main() -> int:
    """Build a demo workspace in a temporary folder and photograph each screen."""
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    family = gui_app.load_fonts()
    gui_app.apply_font(app, family, 10)
    scratch = Path(tempfile.mkdtemp(prefix="dvk-screens-"))
    try:
        root = scratch / "demo"
        create_demo_workspace(root, year=2026).close()
        for language in ("en", "vi"):
            gui_app.install_translator(app, language)
            shoot(app, root, language)
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
    editor.progress.ui.add_report_button.click()
    dialog = editor.progress.dialog
    dialog.ui.period_edit.setText("Sơ kết 9 tháng")
    dialog.ui.done_edit.setPlainText("Lắp thêm 40 bóng đèn ở thôn Hà Bình; họp dân công khai.")
    settle(app)
    save(dialog, "progress-report")
    dialog.reject()
    editor.close_without_saving()

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

    shoot_export(app, window, handle, root.parent)

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
    wizard.ui.unit_search_edit.setText("thang binh")
    wizard._search_units()
    wizard.ui.unit_list.setCurrentRow(0)
    settle(app)
    save(wizard, "wizard")
    wizard.reject()
    window.close()
    settle(app)


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
    page.pin_parent(scratch / "tinh.json", enrolment.fingerprint)
    window.show_page(2)  # type: ignore[attr-defined]
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


if __name__ == "__main__":
    raise SystemExit(main())
