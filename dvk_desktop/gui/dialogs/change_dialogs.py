"""The commune's two small dialogs about locks: asking for a change, the head's sign-off."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dvk_desktop.domain.model import ModelInput
from dvk_desktop.domain.vocab import Status
from dvk_desktop.errors import DvkError
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import vocab
from dvk_desktop.services import change_requests, editor_locks
from dvk_desktop.services.evidence import EvidenceItem
from dvk_desktop.storage.workspace import WorkspaceHandle

ERROR_STYLE = "color:#842029;background:#f8d7da;padding:4px;border-radius:3px;"


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
    box.rejected.connect(dialog.reject)
    return box


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("message_label")
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


class RequestChangeDialog(QDialog):
    """Why the commune asks for the change, a status it may not set itself, evidence to drop.

    Sending goes through :func:`change_requests.request_change`; a refusal stays in the dialog.
    """

    def __init__(
        self,
        handle: WorkspaceHandle,
        uuid: str,
        data: ModelInput | None,
        blocked: dict[Status, str],
        evidence: list[EvidenceItem],
        parent: QWidget | None = None,
        new_evidence: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("request_change_dialog")
        self.setWindowTitle(tr("Gửi yêu cầu thay đổi"))
        self._handle, self._uuid, self._data = handle, uuid, data
        live = [e for e in evidence if not e.removed]
        # Attached since the upper level decided: the request shows them as added.
        self.added = [e.sha256 for e in live if e.sha256 in new_evidence]
        self.request_uuid: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Cấp trên sẽ thấy bản đăng ký như đã xét và bản bạn đề nghị, từng mục một, rồi "
                "chấp nhận hoặc không. Đến khi đó bản đăng ký giữ nguyên. Yêu cầu lên cấp trên "
                "trong gói dữ liệu tới."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if data is not None:
            layout.addWidget(QLabel(tr("Gồm các thay đổi bạn vừa nhập trong bản đăng ký."), self))
        if self.added:
            names = ", ".join(e.caption or e.original_name for e in live if e.sha256 in self.added)
            added = QLabel(tr("Gồm minh chứng mới bổ sung: %1.").replace("%1", names), self)
            added.setObjectName("added_label")
            added.setWordWrap(True)
            layout.addWidget(added)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setPlaceholderText(tr("Ví dụ: mở rộng địa bàn sang tổ dân phố 6"))
        self.reason_edit.setMaximumHeight(90)
        form.addRow(tr("Lý do xin thay đổi:"), self.reason_edit)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_combo")
        self.status_combo.addItem(tr("Giữ trạng thái hiện tại"), None)
        for target in blocked:
            self.status_combo.addItem(vocab(target), target.value)
        form.addRow(tr("Xin chuyển trạng thái:"), self.status_combo)
        self.evidence_list = QListWidget(self)
        self.evidence_list.setObjectName("evidence_list")
        self.evidence_list.setMaximumHeight(110)
        for item in live:
            if item.sha256 in self.added:
                continue  # new evidence is shown as added, not offered for removal
            row = QListWidgetItem(item.caption or item.original_name)
            row.setToolTip(item.original_name)
            row.setData(Qt.ItemDataRole.UserRole, item.sha256)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.evidence_list.addItem(row)
        if self.evidence_list.count():
            form.addRow(tr("Xin bỏ minh chứng (đánh dấu):"), self.evidence_list)
        else:
            self.evidence_list.hide()
        layout.addLayout(form)
        self.message_label = _error_label(self)
        layout.addWidget(self.message_label)
        box = _buttons(self, tr("Gửi yêu cầu"))
        box.accepted.connect(self.send)
        layout.addWidget(box)
        self.resize(520, self.sizeHint().height())

    def dropped_evidence(self) -> list[str]:
        """The hashes of the evidence ticked for removal."""
        items = (self.evidence_list.item(i) for i in range(self.evidence_list.count()))
        return [
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def send(self) -> bool:
        """Record the request through the core; close on success, else say why."""
        value: Any = self.status_combo.currentData()
        try:
            self.request_uuid = change_requests.request_change(
                self._handle, self._uuid, self._data,
                status=Status(value) if value else None,
                remove_evidence=self.dropped_evidence(), added_evidence=self.added,
                reason=self.reason_edit.toPlainText(),
            )  # fmt: skip
        except DvkError as exc:
            self.message_label.setText(exc.user_text())
            self.message_label.show()
            return False
        self.accept()
        return True


class SignOffDialog(QDialog):
    """The commune head signs off the registration's current version (name and position)."""

    def __init__(
        self, handle: WorkspaceHandle, uuid: str, version: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign_off_dialog")
        self.setWindowTitle(tr("Ký duyệt bản đăng ký"))
        self._handle, self._uuid = handle, uuid
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Lãnh đạo đơn vị ký duyệt phiên bản %1 của bản đăng ký. Sau khi ký, bản đăng ký "
                "không sửa được nữa (muốn sửa phải rút ký duyệt) và mô hình đề nghị công nhận "
                "được."
            ).replace("%1", str(version)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.signer_edit = QLineEdit(self)
        self.signer_edit.setObjectName("signer_edit")
        self.position_edit = QLineEdit(self)
        self.position_edit.setObjectName("position_edit")
        self.position_edit.setPlaceholderText(tr("Ví dụ: Chủ tịch UBND xã"))
        form.addRow(tr("Họ tên người ký duyệt:"), self.signer_edit)
        form.addRow(tr("Chức vụ:"), self.position_edit)
        layout.addLayout(form)
        self.message_label = _error_label(self)
        layout.addWidget(self.message_label)
        box = _buttons(self, tr("Ký duyệt"))
        box.accepted.connect(self.sign)
        layout.addWidget(box)
        self.resize(460, self.sizeHint().height())

    def sign(self) -> bool:
        """Record the sign-off through the core; close on success, else say why."""
        try:
            editor_locks.sign_off(
                self._handle, self._uuid, signer=self.signer_edit.text(),
                position=self.position_edit.text(),
            )  # fmt: skip
        except DvkError as exc:
            self.message_label.setText(exc.user_text())
            self.message_label.show()
            return False
        self.accept()
        return True
