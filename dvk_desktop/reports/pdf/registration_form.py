"""Phiếu đăng ký xây dựng mô hình "Dân vận khéo": all fields, indicators, evidence, signatures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from dvk_desktop.domain.model import BUDGET_SOURCES, TEXT_FIELDS
from dvk_desktop.domain.text import fold, format_date, format_money, format_number
from dvk_desktop.domain.vocab import Field, ModelType, Novelty, SubTopic
from dvk_desktop.reports.pdf.common import DOTS, grid_table, or_dots
from dvk_desktop.reports.pdf.form_closing import closing_block
from dvk_desktop.reports.pdf.header import Issuer, Signature, header_block
from dvk_desktop.reports.pdf.layout import (
    DocInfo,
    Margins,
    SectionStart,
    Styles,
    build_pdf,
    content_width,
    para_text,
)
from dvk_desktop.reports.pdf.qr import FormStamp, stamp_for

BODY_FIELDS = (
    "reason",
    "goals",
    "content",
    "target_group",
    "forces",
    "other_resources",
    "schedule",
    "outputs",
    "sustainability",
)


@dataclass(frozen=True)
class PersonInfo:
    """A person as printed on a form (minimal personal data, brief §7)."""

    name: str
    birth_year: int | None = None
    gender: str = ""  # label, e.g. "Nữ"
    position: str = ""
    workplace: str = ""
    village: str = ""
    phone: str = ""

    def describe(self, *, with_phone: bool = False) -> str:
        """One line: name; năm sinh; giới tính; chức vụ; nơi công tác/cư trú (; điện thoại)."""
        parts = [self.name]
        if self.birth_year:
            parts.append(f"năm sinh {self.birth_year}")
        if self.gender:
            parts.append(f"giới tính {self.gender.lower()}")
        if self.position:
            parts.append(f"chức vụ, nghề nghiệp: {self.position}")
        place = self.workplace or self.village
        if place:
            parts.append(f"nơi công tác, cư trú: {place}")
        if with_phone and self.phone:
            parts.append(f"điện thoại: {self.phone}")
        return "; ".join(parts)


@dataclass(frozen=True)
class EvidenceLine:
    """One piece of evidence listed on the form (the file itself stays in the evidence store)."""

    caption: str
    kind: str  # "Ảnh", "Tài liệu PDF"…
    taken_on: dt.date | None = None


DEFAULT_HEAD = Signature(["THỦ TRƯỞNG ĐƠN VỊ"], "(Ký tên, đóng dấu)")


@dataclass(frozen=True)
class FormContext:
    """Everything a form needs beyond the model snapshot (resolved by the reporting service).

    ``head`` signs for the owning body (Party captions for a chi bộ: "T/M CHI BỘ / BÍ THƯ");
    ``confirmations`` are the bodies that confirm the registration, never the owner itself.
    """

    issuer: Issuer
    owner_type: str = ""  # label of the owner organisation's type
    holder: PersonInfo | None = None
    lead: PersonInfo | None = None
    preparer_name: str = ""
    head: Signature = DEFAULT_HEAD
    confirmations: Sequence[Signature] = ()
    unit_label: str = ""  # "Xã Thăng Bình, thành phố Đà Nẵng (mã đơn vị 20791)"
    evidence: Sequence[EvidenceLine] = ()
    continues_label: str = ""  # "MH-2025-004 — name" of last year's record
    replicated_label: str = ""


def _item(styles: Styles, number: str, label: str, value: str, *, bold: bool = False) -> Flowable:
    shown = para_text(or_dots(value))
    if bold and value.strip():
        shown = f"<b>{shown}</b>"
    return styles.markup(f"{number}. {para_text(label)}: {shown}", styles.item)


def _general(snapshot: Mapping[str, Any], ctx: FormContext, styles: Styles) -> list[Flowable]:
    mtype = ModelType(snapshot["model_type"])
    novelty = Novelty(snapshot["novelty"])
    topics = ", ".join(SubTopic(t).label for t in snapshot.get("sub_topics", []))
    novelty_text = novelty.label
    if novelty is Novelty.MAINTAINED and ctx.continues_label:
        novelty_text += f" (tiếp nối bản đăng ký {ctx.continues_label})"
    if novelty is Novelty.REPLICATED:
        source = ctx.replicated_label or snapshot.get("replicated_from_text", "")
        novelty_text += f": {source}" if source else ""
    owner = snapshot.get("owner_name", "")
    if owner and ctx.owner_type:
        owner = f"{owner} ({ctx.owner_type})"
    start, end = snapshot.get("start_date"), snapshot.get("end_date")
    period = f"từ {format_date(start)} đến {format_date(end)}" if start and end else ""
    place, village = str(snapshot.get("place", "")), str(snapshot.get("village_name", ""))
    if village and fold(village) not in fold(place):
        place = f"{village}, {place}" if place else village
    items: list[tuple[str, str, bool]] = [
        ("Tên mô hình", snapshot["name"], True),
        ("Năm đăng ký", str(snapshot["year"]), False),
        ("Loại mô hình", mtype.label, False),
        ("Lĩnh vực", Field(snapshot["field"]).label, False),
        ("Nội dung gắn với", topics, False),
        ("Tính chất", novelty_text, False),
        ("Đơn vị chủ trì", owner, False),
    ]
    if mtype is ModelType.INDIVIDUAL:
        holder = ctx.holder.describe() if ctx.holder else snapshot.get("holder_name", "")
        items.append(("Cá nhân thực hiện", holder, False))
    items += [
        ("Đơn vị phối hợp", ", ".join(snapshot.get("coordinating_names", [])), False),
        ("Đơn vị hành chính", ctx.unit_label, False),
        ("Địa bàn, địa chỉ cụ thể", place, False),
        ("Thời gian thực hiện", period, False),
        ("Thời điểm đánh giá kết quả", format_date(snapshot.get("evaluation_date")), False),
        (
            "Người phụ trách",
            ctx.lead.describe(with_phone=True) if ctx.lead else snapshot.get("lead_name", ""),
            False,
        ),
    ]
    out: list[Flowable] = [styles.markup("I. THÔNG TIN CHUNG", styles.heading)]
    out += [
        _item(styles, str(i), label, value, bold=b) for i, (label, value, b) in enumerate(items, 1)
    ]
    return out


def _body(snapshot: Mapping[str, Any], styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [styles.markup("II. NỘI DUNG MÔ HÌNH", styles.heading)]
    for i, key in enumerate(BODY_FIELDS, 1):
        label = TEXT_FIELDS[key][0]
        out.append(styles.markup(f"<b>{i}. {para_text(label)}</b>", styles.heading))
        text = str(snapshot.get(key) or "")
        for paragraph in text.split("\n\n") if text.strip() else [DOTS]:
            out.append(styles.p(paragraph.strip(), styles.indented))
    return out


def _amount(value: int, text: str) -> str:
    # Nothing planned from a source prints a dash, not "0 đ" (a figure nobody gave).
    return text if value else "—"


def _resources(snapshot: Mapping[str, Any], styles: Styles, width: float) -> list[Flowable]:
    amounts = {key: int(snapshot.get(key) or 0) for key in BUDGET_SOURCES}
    rows = [
        [label, _amount(amounts[key], format_money(amounts[key]))]
        for key, label in BUDGET_SOURCES.items()
    ]
    total = sum(amounts.values())
    rows.append(["Tổng cộng", _amount(total, format_money(total))])
    days = int(snapshot.get("labour_days") or 0)
    rows.append(["Ngày công lao động", _amount(days, f"{format_number(days)} ngày công")])
    table = grid_table(
        ["Nguồn lực", "Giá trị"],
        rows,
        [width * 0.6, width * 0.4],
        styles,
        align=["L", "R"],
        total_rows=[len(rows) - 2],
    )
    return [styles.markup("III. NGUỒN LỰC THỰC HIỆN", styles.heading), table]


def _indicators(snapshot: Mapping[str, Any], styles: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [styles.markup("IV. CHỈ TIÊU CỤ THỂ", styles.heading)]
    indicators = snapshot.get("indicators", [])
    if not indicators:
        out.append(styles.p("Chưa đăng ký chỉ tiêu đo đếm được.", styles.body))
        return out
    rows: list[list[str]] = []
    for n, ind in enumerate(indicators, 1):
        rows.append(
            [
                str(n),
                ind["name"],
                ind["unit"],
                format_number(ind.get("target")),
                format_number(ind.get("actual")),
            ]
        )
        for share in ind.get("by_village", {}).values():
            rows.append(
                [
                    "",
                    f"– {share['village']}",
                    ind["unit"],
                    format_number(share.get("target")),
                    format_number(share.get("actual")),
                ]
            )
    widths = [12 * mm, width - 12 * mm - 28 * mm - 2 * 30 * mm, 28 * mm, 30 * mm, 30 * mm]
    out.append(
        grid_table(
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu", "Thực hiện"],
            rows,
            widths,
            styles,
            align=["C", "L", "C", "R", "R"],
        )
    )
    return out


def _evidence(ctx: FormContext, styles: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [styles.markup("V. MINH CHỨNG KÈM THEO", styles.heading)]
    if not ctx.evidence:
        out.append(styles.p("Chưa có minh chứng kèm theo.", styles.body))
        return out
    rows = [
        [str(n), e.caption, e.kind, format_date(e.taken_on)] for n, e in enumerate(ctx.evidence, 1)
    ]
    widths = [12 * mm, width - 12 * mm - 34 * mm - 28 * mm, 34 * mm, 28 * mm]
    out.append(
        grid_table(
            ["STT", "Minh chứng", "Loại", "Ngày"],
            rows,
            widths,
            styles,
            align=["C", "L", "C", "C"],
        )
    )
    return out


def _first_signatures(snapshot: Mapping[str, Any], ctx: FormContext) -> list[Signature | None]:
    if ModelType(snapshot["model_type"]) is ModelType.INDIVIDUAL:
        return [
            Signature(
                ["XÁC NHẬN CỦA", "THỦ TRƯỞNG CƠ QUAN HOẶC", "TRƯỞNG THÔN, TỔ DÂN PHỐ"],
                "(Ký, ghi rõ họ tên)",
            ),
            Signature(["NGƯỜI ĐĂNG KÝ"], "(Ký, ghi rõ họ tên)", snapshot.get("holder_name", "")),
        ]
    return [Signature(["NGƯỜI LẬP"], "(Ký, ghi rõ họ tên)", ctx.preparer_name), ctx.head]


def registration_story(
    snapshot: Mapping[str, Any], ctx: FormContext, styles: Styles, width: float
) -> tuple[list[Flowable], FormStamp]:
    """The flowables of one registration form, and the stamp its QR code carries."""
    stamp = stamp_for(snapshot)
    story: list[Flowable] = [SectionStart(), header_block(ctx.issuer, width), Spacer(1, 8)]
    story.append(styles.markup("PHIẾU ĐĂNG KÝ", styles.title))
    story.append(
        styles.markup(f"Xây dựng mô hình “Dân vận khéo” năm {snapshot['year']}", styles.subtitle)
    )
    story.append(
        styles.markup(
            para_text(f"(Mã mô hình: {snapshot.get('code', '')} — phiên bản {stamp.version})"),
            styles.centre_italic,
        )
    )
    story.append(Spacer(1, 6))
    story += _general(snapshot, ctx, styles)
    story += _body(snapshot, styles)
    story += _resources(snapshot, styles, width)
    story += _indicators(snapshot, styles, width)
    story += _evidence(ctx, styles, width)
    note = str(snapshot.get("note") or "")
    if note.strip():
        story.append(styles.markup("VI. GHI CHÚ", styles.heading))
        story.append(styles.p(note, styles.indented))
    story.append(
        closing_block(
            _first_signatures(snapshot, ctx),
            list(ctx.confirmations),
            stamp,
            str(snapshot.get("code", "")),
            styles,
            width,
        )
    )
    return story, stamp


def render_registration_forms(
    out_path: Path, forms: Sequence[tuple[Mapping[str, Any], FormContext]]
) -> list[FormStamp]:
    """Write one PDF holding every form (page numbers restart with each); return their stamps."""
    width = content_width(Margins())
    by_style = {style: Styles.for_doc(style) for style in {ctx.issuer.style for _, ctx in forms}}
    story: list[Flowable] = []
    stamps: list[FormStamp] = []
    for i, (snapshot, ctx) in enumerate(forms):
        if i:
            story.append(PageBreak())
        part, stamp = registration_story(snapshot, ctx, by_style[ctx.issuer.style], width)
        story += part
        stamps.append(stamp)
    title = (
        f"Phiếu đăng ký mô hình “Dân vận khéo” — {forms[0][0]['name']}"
        if len(forms) == 1
        else f"Phiếu đăng ký {len(forms)} mô hình “Dân vận khéo”"
    )
    build_pdf(out_path, story, DocInfo(title=title, subject="Phiếu đăng ký", keywords="DVK"))
    return stamps


def render_registration_form(
    out_path: Path, snapshot: Mapping[str, Any], ctx: FormContext
) -> FormStamp:
    """Write the registration form of one model to ``out_path``; return its QR stamp."""
    return render_registration_forms(out_path, [(snapshot, ctx)])[0]
