"""Asking before a lifecycle step, with what looks premature about it (the rule is the core's)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dvk_desktop.domain import lifecycle, readiness
from dvk_desktop.domain.indicators import BY_CODE
from dvk_desktop.gui.i18n import tr
from dvk_desktop.gui.labels import vocab


def model_facts(snapshot: dict[str, Any], progress_reports: int) -> readiness.ModelFacts:
    """What the readiness rule looks at, from a model's snapshot."""
    indicators = []
    for ind in snapshot.get("indicators", []):
        known = BY_CODE.get(ind["code"])
        name = ind["name"] or (known.name if known else ind["code"])
        unit = ind["unit"] or (known.unit if known else "")
        indicators.append(readiness.IndicatorProgress(name, unit, ind["target"], ind["actual"]))
    return readiness.ModelFacts(
        start_date=snapshot.get("start_date"),
        end_date=snapshot.get("end_date"),
        evaluation_date=snapshot.get("evaluation_date"),
        indicators=indicators,
        progress_reports=progress_reports,
    )


def confirm_step(
    parent: QWidget,
    step: lifecycle.Transition,
    facts: readiness.ModelFacts,
    *,
    today: dt.date | None = None,
) -> bool:
    """Ask before ``step`` when the rule says so; True to go ahead."""
    warnings = readiness.step_warnings(step.target, facts, today=today or dt.date.today())
    if not readiness.needs_confirmation(step.target, warnings):
        return True
    verb = QCoreApplication.translate("Lifecycle", step.verb)
    box = QMessageBox(parent)
    box.setObjectName("confirm_step_box")
    box.setIcon(QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Chuyển trạng thái"))
    target = vocab(step.target)
    if verb == target:  # "Đề nghị công nhận" is both the step and the status it leads to
        box.setText(tr("Chuyển mô hình sang “%1”?").replace("%1", target))
    else:
        box.setText(tr("“%1”: chuyển mô hình sang “%2”?").replace("%1", verb).replace("%2", target))
    if warnings:
        box.setInformativeText(tr("Có vẻ còn sớm:") + "\n" + "\n".join(f"• {w}" for w in warnings))
    elif readiness.edit_lock_reason(step.target) and not readiness.edit_lock_reason(step.source):
        box.setInformativeText(tr("Sau bước này, bản đăng ký không sửa được nữa."))
    go = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
    wait = box.addButton(tr("Chưa chuyển"), QMessageBox.ButtonRole.RejectRole)
    # With warnings, Enter must not take the step: the safe answer is the default.
    box.setDefaultButton(wait if warnings else go)
    box.exec()
    return box.clickedButton() is go
