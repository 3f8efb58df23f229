"""A DVK model's registration as plain values, with field checks and the submission rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from dvk_desktop.domain import vagueness
from dvk_desktop.domain.text import clean, format_date
from dvk_desktop.domain.vocab import Field, ModelType, Novelty, SubTopic
from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t, joined

# Field name -> (Vietnamese label, maximum length). Lengths leave room for real registrations
# while stopping pasted documents from swelling packages and forms.
TEXT_FIELDS: dict[str, tuple[str, int]] = {
    "name": (_t("Tên mô hình"), 300),
    "place": (_t("Địa bàn, địa chỉ cụ thể"), 500),
    "reason": (_t("Thực trạng, lý do xây dựng mô hình"), 8000),
    "goals": (_t("Mục tiêu, tiêu chí"), 8000),
    "content": (_t("Nội dung, cách thức thực hiện"), 12000),
    "target_group": (_t("Đối tượng tham gia, hưởng lợi"), 4000),
    "forces": (_t("Lực lượng thực hiện và vai trò"), 4000),
    "other_resources": (_t("Nguồn lực khác (cơ sở vật chất, phương tiện)"), 4000),
    "schedule": (_t("Tiến độ thực hiện"), 4000),
    "outputs": (_t("Sản phẩm, kết quả đầu ra kiểm chứng được"), 8000),
    "sustainability": (_t("Khả năng duy trì, nhân rộng"), 4000),
    "note": (_t("Ghi chú"), 4000),
}

# The free-text sections of the registration (all text fields except name and place).
NARRATIVE_FIELDS: tuple[str, ...] = tuple(k for k in TEXT_FIELDS if k not in ("name", "place"))

BUDGET_SOURCES: dict[str, str] = {
    "budget_state": _t("Ngân sách nhà nước"),
    "budget_social": _t("Xã hội hóa"),
    "budget_people": _t("Nhân dân đóng góp"),
    "budget_other": _t("Nguồn khác"),
}

# The one wording for a missing name: the editor lists saving and submission problems together.
MISSING_NAME = _t("Chưa nhập tên mô hình.")


@dataclass
class IndicatorInput:
    """One measurable indicator of a model: code from the catalogue, unit, target and actual."""

    code: str
    name: str
    unit: str
    target: Decimal | None = None
    actual: Decimal | None = None
    by_village: dict[str, tuple[Decimal | None, Decimal | None]] = dataclasses.field(
        default_factory=dict
    )


@dataclass
class ModelInput:
    """Everything a registration form holds, as plain values (ids are UUID strings)."""

    name: str = ""
    model_type: ModelType = ModelType.COLLECTIVE
    field: Field = Field.ECONOMY
    sub_topics: list[SubTopic] = dataclasses.field(default_factory=list)
    novelty: Novelty = Novelty.NEW
    continues_uuid: str | None = None  # last year's record of a maintained model
    replicated_from_uuid: str | None = None
    replicated_from_text: str = ""  # a model of another unit, by name
    year: int = 0
    owner_org_uuid: str | None = None
    holder_person_uuid: str | None = None
    lead_person_uuid: str | None = None
    coordinating_org_uuids: list[str] = dataclasses.field(default_factory=list)
    village_uuid: str | None = None
    place: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    evaluation_date: dt.date | None = None
    reason: str = ""
    goals: str = ""
    content: str = ""
    target_group: str = ""
    forces: str = ""
    other_resources: str = ""
    schedule: str = ""
    outputs: str = ""
    sustainability: str = ""
    note: str = ""
    budget_state: int = 0
    budget_social: int = 0
    budget_people: int = 0
    budget_other: int = 0
    labour_days: int = 0
    indicators: list[IndicatorInput] = dataclasses.field(default_factory=list)

    def normalised(self) -> ModelInput:
        """Return a copy with every text field cleaned (NFC, trimmed)."""
        values = dict(self.__dict__)
        for key in TEXT_FIELDS:
            values[key] = clean(values[key])
        values["replicated_from_text"] = clean(self.replicated_from_text)
        return ModelInput(**values)


def field_problems(data: ModelInput, *, today: dt.date | None = None) -> list[str]:
    """Return every problem that stops the record from being saved at all (Vietnamese)."""
    problems: list[str] = []
    if not clean(data.name):
        problems.append(MISSING_NAME)
    for key, (label, limit) in TEXT_FIELDS.items():
        value: str = getattr(data, key)
        if len(value) > limit:
            problems.append(
                _t(
                    "“{label}” dài {length} ký tự, vượt quá giới hạn {limit} ký tự.",
                    label=label,
                    length=f"{len(value):,}".replace(",", "."),
                    limit=f"{limit:,}".replace(",", "."),
                )
            )
    year_now = (today or dt.date.today()).year
    if not 2009 <= data.year <= year_now + 5:
        problems.append(
            _t(
                "Năm đăng ký {year} không hợp lệ (phong trào bắt đầu năm 2009; không quá "
                "năm {value}).",
                year=data.year,
                value=year_now + 5,
            )
        )
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems.append(
            _t(
                "Ngày kết thúc ({end_date}) trước ngày bắt đầu ({start_date}).",
                end_date=format_date(data.end_date),
                start_date=format_date(data.start_date),
            )
        )
    if data.start_date and data.evaluation_date and data.evaluation_date < data.start_date:
        problems.append(
            _t(
                "Ngày đánh giá kết quả ({evaluation_date}) trước ngày bắt đầu ({start_date}).",
                evaluation_date=format_date(data.evaluation_date),
                start_date=format_date(data.start_date),
            )
        )
    for key, label in (*BUDGET_SOURCES.items(), ("labour_days", _t("Ngày công"))):
        value_n = getattr(data, key)
        if not isinstance(value_n, int) or isinstance(value_n, bool):
            problems.append(_t("“{label}” phải là số nguyên.", label=label))
        elif value_n < 0:
            problems.append(_t("“{label}” không được âm.", label=label))
        elif value_n > 10**15:
            problems.append(_t("“{label}” quá lớn.", label=label))
    codes: set[str] = set()
    for ind in data.indicators:
        label = ind.name or ind.code
        if ind.code in codes:
            problems.append(_t("Chỉ tiêu “{label}” được nhập hai lần.", label=label))
        codes.add(ind.code)
        for what, amount in ((_t("chỉ tiêu"), ind.target), (_t("thực hiện"), ind.actual)):
            if amount is not None and amount < 0:
                problems.append(
                    _t(
                        "Giá trị {what} của “{label}” không được âm.",
                        what=what,
                        label=label,
                    )
                )
    if data.novelty is Novelty.MAINTAINED and not data.continues_uuid:
        problems.append(_t("Mô hình duy trì cần chọn bản đăng ký của năm trước."))
    return problems


def submission_problems(data: ModelInput) -> list[str]:
    """Return what is missing before a model can be submitted (start work, propose recognition).

    These rules answer the movement's known weakness: registrations that are too vague to be
    followed up or verified.
    """
    problems: list[str] = []
    if not clean(data.name):
        problems.append(MISSING_NAME)
    vague = {f.field: f.message for f in vagueness.findings(data.name, data.goals, data.content)}
    if "name" in vague:
        problems.append(vague["name"])
    if len(clean(data.place)) < 5 and not data.village_uuid:
        problems.append(
            _t("Chưa có địa bàn, địa chỉ cụ thể (thôn, tổ dân phố hoặc nơi thực hiện).")
        )
    if data.model_type is ModelType.COLLECTIVE and not data.owner_org_uuid:
        problems.append(_t("Chưa chọn đơn vị chủ trì mô hình."))
    if data.model_type is ModelType.INDIVIDUAL and not data.holder_person_uuid:
        problems.append(_t("Chưa chọn cá nhân thực hiện mô hình."))
    if data.start_date is None or data.end_date is None:
        problems.append(_t("Chưa có thời gian thực hiện (ngày bắt đầu và ngày kết thúc)."))
    if data.evaluation_date is None:
        problems.append(_t("Chưa có thời điểm đánh giá kết quả."))
    measurable = [i for i in data.indicators if i.target is not None and i.target > 0]
    if not measurable:
        problems.append(
            _t(
                "Chưa có chỉ tiêu đo đếm được: cần ít nhất một chỉ tiêu có đơn vị tính "
                "và giá trị mục tiêu (ví dụ 270 bóng đèn, 56 hộ tham gia).",
            )
        )
    for key, missing in (
        ("goals", _t("Chưa nêu mục tiêu, tiêu chí đánh giá.")),
        ("content", _t("Chưa nêu nội dung, cách thức thực hiện.")),
    ):
        if not clean(getattr(data, key)):
            problems.append(missing)
        elif key in vague:
            problems.append(vague[key])
    return problems


def check_savable(data: ModelInput, *, today: dt.date | None = None) -> None:
    """Raise :class:`ValidationError` listing every problem that prevents saving."""
    problems = field_problems(data, today=today)
    if problems:
        raise ValidationError(
            problems[0]
            if len(problems) == 1
            else _t("Có {count} lỗi cần sửa trước khi lưu.", count=len(problems)),
            details=problems,
        )


def check_submittable(data: ModelInput) -> None:
    """Raise :class:`ValidationError` listing what is missing before submission."""
    problems = submission_problems(data)
    if problems:
        raise ValidationError(
            _t("Bản đăng ký chưa đủ cụ thể để gửi: {problems}", problems=joined(problems)),
            hint=_t("Hãy bổ sung các mục còn thiếu rồi thử lại."),
            details=problems,
        )
