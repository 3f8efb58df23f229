"""Evidence of one model: thumbnails made in the background, drag and drop, caption and date."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QStyle, QWidget

from dvk_desktop.domain.text import format_date, format_number, parse_date
from dvk_desktop.errors import DvkError, ValidationError
from dvk_desktop.gui.context import thumbnails_dir
from dvk_desktop.gui.errors import show_error
from dvk_desktop.gui.files import open_file
from dvk_desktop.gui.forms.ui_evidence_widget import Ui_EvidenceWidget
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.tasks import Operation, run_in_background
from dvk_desktop.progress import CancelToken
from dvk_desktop.services import evidence as evidence_service
from dvk_desktop.services.evidence import EvidenceItem
from dvk_desktop.services.workspace_setup import get_settings
from dvk_desktop.storage.atomic import atomic_write_bytes
from dvk_desktop.storage.workspace import WorkspaceHandle

THUMB_SIZE = (256, 192)
_EXIF_IFD = 0x8769
_DATE_ORIGINAL = 36867
_DATE_TIME = 306
ITEM_ROLE = Qt.ItemDataRole.UserRole


def exif_date(path: Path) -> dt.date | None:
    """The date a photo was taken, from its EXIF data (None if absent or not a photo)."""
    try:
        with Image.open(path) as image:
            exif = image.getexif()
            raw = exif.get_ifd(_EXIF_IFD).get(_DATE_ORIGINAL) or exif.get(_DATE_TIME)
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError):
        return None
    if not isinstance(raw, str) or len(raw) < 10:
        return None
    try:
        return dt.date(int(raw[0:4]), int(raw[5:7]), int(raw[8:10]))
    except ValueError:
        return None


def make_thumbnails(
    handle: WorkspaceHandle, items: list[tuple[str, str]], cancel: CancelToken
) -> dict[str, str]:
    """Write missing thumbnails of (sha256, media type) pairs; return sha256 -> PNG path."""
    folder = thumbnails_dir(handle)
    out: dict[str, str] = {}
    for sha, media_type in items:
        cancel.check()
        if not media_type.startswith("image/"):
            continue
        target = folder / f"{sha}.png"
        if not target.exists():
            try:
                source = evidence_service.evidence_path(handle, sha)
                with Image.open(source) as image:
                    image = ImageOps.exif_transpose(image)
                    image.thumbnail(THUMB_SIZE)
                    from io import BytesIO

                    buffer = BytesIO()
                    image.convert("RGB").save(buffer, "PNG", optimize=True)
                atomic_write_bytes(target, buffer.getvalue())
            except (OSError, UnidentifiedImageError, DvkError, ValueError):
                continue  # a damaged or missing file simply keeps the generic icon
        out[sha] = str(target)
    return out


class EvidenceWidget(QWidget):
    """The evidence tab of the model editor."""

    changed = Signal()

    def __init__(self, handle: WorkspaceHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvidenceWidget()
        self.ui.setupUi(self)
        self._handle = handle
        self._uuid: str | None = None
        self._thumb_op: Operation | None = None
        self.add_op: Operation | None = None
        self.read_only = False  # view only (set_read_only): nothing added, edited or removed
        self.setAcceptDrops(True)
        self._file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        ui = self.ui
        ui.thumbs_list.setIconSize(QSize(128, 96))
        ui.add_evidence_button.clicked.connect(self._on_add_evidence_button_clicked)
        ui.open_evidence_button.clicked.connect(self._on_open_evidence_button_clicked)
        ui.remove_evidence_button.clicked.connect(self._on_remove_evidence_button_clicked)
        ui.save_evidence_button.clicked.connect(self._on_save_evidence_button_clicked)
        ui.thumbs_list.currentItemChanged.connect(self._on_thumbs_list_current_item_changed)
        ui.thumbs_list.itemActivated.connect(self._on_open_evidence_button_clicked)
        settings = get_settings(handle)
        limit = tr("Mỗi tệp tối đa %1 MB.").replace("%1", settings.get("evidence_max_mb", "50"))
        if settings.get("downscale_photos", "0") == "1":
            limit += " " + tr("Ảnh được thu nhỏ khi gửi gói dữ liệu; ảnh gốc vẫn giữ ở đây.")
        ui.limit_label.setText(limit)
        self._show_details(None)

    # ---------------------------------------------------------------- loading

    def set_model(self, uuid: str) -> None:
        """Show the evidence of model ``uuid``."""
        self._uuid = uuid
        self.reload()

    def items(self) -> list[EvidenceItem]:
        """The evidence shown, in list order."""
        widget = self.ui.thumbs_list
        return [widget.item(i).data(ITEM_ROLE) for i in range(widget.count())]

    def reload(self) -> None:
        """Read the model's evidence and start making thumbnails in the background."""
        if self._uuid is None:
            return
        items = evidence_service.list_evidence(self._handle, self._uuid)
        widget = self.ui.thumbs_list
        current = widget.currentItem().data(ITEM_ROLE).uuid if widget.currentItem() else None
        widget.clear()
        for item in items:
            entry = QListWidgetItem(self._file_icon, item.caption or item.original_name)
            entry.setData(ITEM_ROLE, item)
            entry.setToolTip(
                f"{item.original_name}\n{format_number(round(item.size / 1024))} KB"
                + (f"\n{format_date(item.taken_on)}" if item.taken_on else "")
            )
            widget.addItem(entry)
            if item.uuid == current:
                widget.setCurrentItem(entry)
        if self.read_only:
            hint = tr("%n minh chứng", None, len(items)) if items else tr("Chưa có minh chứng.")
        elif items:
            hint = tr("%n minh chứng. Kéo thả thêm tệp vào đây.", None, len(items))
        else:
            hint = tr(
                "Chưa có minh chứng. Kéo thả ảnh, biên bản, danh sách vào đây hoặc bấm “Thêm tệp…”."
            )
        self.ui.drop_hint_label.setText(hint)
        self._start_thumbnails([(i.sha256, i.media_type) for i in items])

    def _start_thumbnails(self, pairs: list[tuple[str, str]]) -> None:
        if self._thumb_op is not None and self._thumb_op.running:
            self._thumb_op.cancel_token.cancel()
        handle = self._handle
        self._thumb_op = run_in_background(
            self,
            lambda _reporter, cancel: make_thumbnails(handle, pairs, cancel),
            on_success=self._on_thumbnails_ready,
            on_failure=lambda _exc: None,  # thumbnails are a convenience; icons stay generic
        )

    def _on_thumbnails_ready(self, paths: dict[str, str]) -> None:
        widget = self.ui.thumbs_list
        for i in range(widget.count()):
            entry = widget.item(i)
            path = paths.get(entry.data(ITEM_ROLE).sha256)
            if path:
                entry.setIcon(QIcon(QPixmap(path)))

    def thumbnails_ready(self) -> bool:
        """Whether the background thumbnail work has finished."""
        return self._thumb_op is None or not self._thumb_op.running

    def set_read_only(self) -> None:
        """Show the evidence without a way to add, describe or remove any (view only)."""
        if self.read_only:  # the editor asks again after each load
            return
        self.read_only = True
        ui = self.ui
        for button in (ui.add_evidence_button, ui.remove_evidence_button, ui.save_evidence_button):
            button.hide()
        ui.caption_edit.setReadOnly(True)
        ui.taken_on_edit.setReadOnly(True)
        ui.exif_hint_label.hide()  # "…có thể sửa": not here
        ui.limit_label.hide()  # the largest file one may add: nothing is added here
        self.setAcceptDrops(False)
        self._show_details(self._selected())
        self.reload()

    def shutdown(self) -> None:
        """Stop background work (the editor is closing)."""
        if self._thumb_op is not None and self._thumb_op.running:
            self._thumb_op.cancel_token.cancel()

    # ---------------------------------------------------------------- adding

    def add_files(self, paths: list[Path]) -> Operation | None:
        """Add files in the background; refused files are reported together at the end."""
        if self._uuid is None or not paths or self.read_only:
            return None
        handle, uuid = self._handle, self._uuid

        def work(reporter: Any, cancel: CancelToken) -> tuple[int, list[str]]:
            added, problems = 0, []
            for n, path in enumerate(paths):
                cancel.check()
                reporter.report(n, len(paths), path.name)
                try:
                    evidence_service.add_evidence(
                        handle, uuid, path, caption=path.stem, taken_on=exif_date(path),
                        cancel=cancel,
                    )  # fmt: skip
                    added += 1
                except ValidationError as exc:
                    problems.append(exc.user_text())
                except DvkError as exc:
                    problems.append(exc.user_text())
            return added, problems

        self.add_op = run_in_background(
            self, work, on_success=self._on_files_added, label=tr("Đang thêm minh chứng")
        )
        return self.add_op

    def _on_files_added(self, result: tuple[int, list[str]]) -> None:
        added, problems = result
        self.reload()
        if added:
            self.changed.emit()
        if problems:
            message = tr("Không thêm được %n tệp.", None, len(problems))
            show_error(self, ValidationError(message, details=problems))

    def _on_add_evidence_button_clicked(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Chọn tệp minh chứng"),
            str(Path.home()),
            tr("Ảnh và tài liệu (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;Mọi tệp (*)"),
        )
        self.add_files([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Accept files dragged from the file manager."""
        if self._uuid is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Add the dropped files."""
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_files([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    # ---------------------------------------------------------------- selected item

    def _selected(self) -> EvidenceItem | None:
        entry = self.ui.thumbs_list.currentItem()
        return entry.data(ITEM_ROLE) if entry is not None else None

    def _show_details(self, item: EvidenceItem | None) -> None:
        ui = self.ui
        for widget in (
            ui.caption_edit, ui.taken_on_edit, ui.save_evidence_button,
            ui.open_evidence_button, ui.remove_evidence_button,
        ):  # fmt: skip
            widget.setEnabled(item is not None)
        ui.file_name_label.setText(
            f"<b>{item.original_name}</b><br>{format_number(round(item.size / 1024))} KB"
            if item
            else tr("Chọn một minh chứng để xem.")
            if self.read_only
            else tr("Chọn một minh chứng để xem, sửa chú thích.")
        )
        ui.caption_edit.setText(item.caption if item else "")
        ui.taken_on_edit.setText(format_date(item.taken_on) if item else "")
        ui.exif_hint_label.setText(
            tr("Ngày được lấy từ thông tin EXIF của ảnh khi thêm; có thể sửa.")
            if item and item.taken_on and item.media_type == "image/jpeg"
            else ""
        )

    def _on_thumbs_list_current_item_changed(self, current: Any, _previous: Any) -> None:
        self._show_details(current.data(ITEM_ROLE) if current is not None else None)

    def _on_save_evidence_button_clicked(self) -> None:
        item = self._selected()
        if item is None:
            return
        try:
            text = self.ui.taken_on_edit.text().strip()
            taken = parse_date(text, label=tr("Ngày chụp")) if text else None
            evidence_service.update_evidence(
                self._handle, item.uuid, caption=self.ui.caption_edit.text(), taken_on=taken
            )
        except DvkError as exc:
            show_error(self, exc)
            return
        self.reload()

    def _on_open_evidence_button_clicked(self, *_: object) -> None:
        item = self._selected()
        if item is None:
            return
        try:
            stored = evidence_service.evidence_path(self._handle, item.sha256)
        except DvkError as exc:
            show_error(self, exc)
            return
        # The store names files by hash; a copy with the original name lets the viewer know the
        # type, and the store itself is never opened for writing by another program.
        folder = Path(tempfile.gettempdir()) / "dvk-xem" / item.sha256[:16]
        folder.mkdir(parents=True, exist_ok=True)
        copy = folder / Path(item.original_name).name
        if not copy.exists():
            shutil.copyfile(stored, copy)
        open_file(self, copy)

    def _on_remove_evidence_button_clicked(self) -> None:
        item = self._selected()
        if item is None:
            return
        try:
            evidence_service.remove_evidence(self._handle, item.uuid)
        except DvkError as exc:  # a locked dossier: the core says why and what to do
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()
