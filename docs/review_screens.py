"""Review and scoring screens for docs/upper_screens.py: verdicts, council sheets, the rubric.

:func:`shoot_upper` runs in the province window once the packages are in; :func:`shoot_commune`
at the end, after the decisions went back to the demo commune (Xã Thăng Bình, 20791).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget

from dvk_desktop.domain.review import ReviewState
from dvk_desktop.domain.vocab import DecisionKind
from dvk_desktop.services import decisions, review
from dvk_desktop.services.exchange import import_package, send_back
from dvk_desktop.storage.workspace import WorkspaceHandle, open_workspace

COMMUNE = "20791"  # the demo commune
OUT = Path(__file__).resolve().parent / "screenshots"
MEMBERS = (
    ("Lê Văn Hùng", "Chủ tịch Hội đồng", (18, 31, 18, 13, 9),
     "Mô hình thiết thực, được Nhân dân đồng tình; cần tổng kết để nhân rộng."),
    ("Trần Thị Mai", "Ủy viên", (17.5, 29, 17, 12.5, 8), "Bổ sung số liệu hộ hưởng lợi năm sau."),
    ("Phạm Quốc Bảo", "Ủy viên, Thư ký", (18, 30, 16, 13, 9.5), ""),
)  # fmt: skip


def _pdf_png(pdf: Path, name: str) -> None:
    prefix = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", "70", "-png", "-singlefile", str(pdf), str(prefix)], check=True
    )
    target = OUT / f"pdf-{name}.png"
    Image.open(prefix.with_suffix(".png")).convert("RGB").save(target, optimize=True)
    sys.stdout.write(f"docs/screenshots/{target.name}  {target.stat().st_size // 1024} KB\n")


def _wait(app: QApplication, settle: Callable[[QApplication], None], page: Any) -> None:
    while page.operation is not None and page.operation.running:
        settle(app)
    settle(app)


def shoot_upper(
    app: QApplication,
    window: Any,
    handle: WorkspaceHandle,
    save: Callable[[QWidget, str], Any],
    settle: Callable[[QApplication], None],
) -> None:
    """Thẩm định (one returned with a comment), Chấm điểm (three members), the rubric, the PDF."""
    window.show_page("review")
    page = window.review_page
    page.set_filters(commune=COMMUNE)
    settle(app)
    rows = [r.model_uuid for r in page.rows]
    page.actor_edit.setText("Nguyễn Thị Lan")  # the clerk types her name once; it is remembered
    page.set_checked(rows[:2])
    page.target_combo.setCurrentIndex(page.target_combo.findData(ReviewState.ACCEPTED.value))
    page.apply()
    _wait(app, settle, page)
    page.set_checked(rows[2:3])
    page.target_combo.setCurrentIndex(page.target_combo.findData(ReviewState.NEEDS_INFO.value))
    page.comment_edit.setPlainText(
        "Bổ sung ảnh buổi ra quân, biên bản họp thôn và số hộ hưởng lợi theo từng tổ."
    )
    page.apply()
    _wait(app, settle, page)
    page.closed_check.setChecked(True)
    settle(app)
    returned = next(i for i, r in enumerate(page.rows) if r.state is ReviewState.NEEDS_INFO)
    page.view.selectRow(returned)
    page.set_checked([page.rows[i].model_uuid for i in range(len(page.rows)) if i > returned][:1])
    page.target_combo.setCurrentIndex(page.target_combo.findData(ReviewState.NOT_ACCEPTED.value))
    page.comment_edit.setPlainText("Chưa có kết quả cụ thể so với chỉ tiêu đăng ký.")
    settle(app)
    save(window, "cap-tren-tham-dinh")
    page.set_checked([])
    page.comment_edit.clear()

    window.show_page("scoring")
    scoring = window.scoring_page
    scoring.tabs.setCurrentIndex(1)
    editor = scoring.rubric_editor
    editor.table.item(4, 1).setText("Hồ sơ, minh chứng, tổ chức thực hiện (đầy đủ, đúng hạn)")
    editor.note_edit.setText("Theo Hướng dẫn số 12-HD/BTGDVTU ngày 15/10/2026")
    editor.save()
    settle(app)
    save(window, "cap-tren-bo-tieu-chi")
    scoring.tabs.setCurrentIndex(0)
    scoring.refresh()
    settle(app)
    scoring.models_table.selectRow(0)
    for member, position, points, comment in MEMBERS:
        scoring.member_combo.setEditText(member)
        scoring.position_edit.setText(position)
        scoring.date_edit.setDate(QDate(2026, 11, 10))
        for spin, value in zip(scoring.spins.values(), points, strict=True):
            spin.setValue(value)
        scoring.comment_edit.setPlainText(comment)
        scoring.save_sheet()
    scoring.member_combo.setEditText("")
    settle(app)
    save(window, "cap-tren-cham-diem")
    scoring.print_sheet()
    _wait(app, settle, scoring)
    assert scoring.last_output is not None
    _pdf_png(scoring.last_output, "cap-tren-cham-diem")
    window._on_data_changed()


def shoot_commune(
    app: QApplication,
    scratch: Path,
    handle: WorkspaceHandle,
    passphrases: tuple[str, str],
    save: Callable[[QWidget, str], Any],
    settle: Callable[[QApplication], None],
) -> None:
    """Recognise the scored model, send the commune its package, show what the commune sees."""
    from dvk_desktop.gui.windows.main_window import MainWindow

    upper_pass, commune_pass = passphrases
    [scored] = [r for r in review.list_reviews(handle, state=ReviewState.ACCEPTED,
                                               unit_code=COMMUNE)][:1]  # fmt: skip
    decisions.record_decision(
        handle,
        decisions.DecisionInput(
            kind=DecisionKind.RECOGNITION, number="131-QĐ/BTGDVTU",
            signed_on=dt.date(2026, 11, 25), issuer="Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng",
            model_uuids=[scored.model_uuid],
        ),
    )  # fmt: skip
    [sent] = send_back.send_decisions(handle, [COMMUNE], scratch / "ve-xa", passphrase=upper_pass)
    assert sent.export is not None
    with open_workspace(scratch / f"xa-{COMMUNE}") as commune:
        import_package(commune, sent.export.path, passphrase=commune_pass)
        window = MainWindow(commune, auto_backup=False)
        window.resize(1366, 768)
        window.show()
        settle(app)
        editor = window.open_editor(scored.model_uuid)
        editor.resize(1280, 720)
        editor.ui.tab_widget.setCurrentWidget(editor.feedback)
        settle(app)
        save(editor, "cap-tren-y-kien-ve-xa")
        editor.close_without_saving()
        window.close()
        settle(app)
