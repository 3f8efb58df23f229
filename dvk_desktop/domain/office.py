"""Users of a shared office: their roles and which action each role may take."""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class Role(StrEnum):
    """A role of an office user (a user may hold several)."""

    IMPORTER = "importer"
    REVIEWER = "reviewer"
    COUNCIL = "council"
    APPROVER = "approver"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """The Vietnamese name of the role."""
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.IMPORTER: "tiếp nhận",
    Role.REVIEWER: "thẩm định",
    Role.COUNCIL: "thành viên hội đồng",
    Role.APPROVER: "người ký quyết định",
    Role.ADMIN: "quản trị",
}


class Action(StrEnum):
    """Something a user does that only some roles may do."""

    IMPORT = "import"
    REVIEW = "review"
    SCORE = "score"
    DECIDE = "decide"
    SEND_BACK = "send_back"
    KEYS = "keys"
    USERS = "users"
    SETTINGS = "settings"

    @property
    def label(self) -> str:
        """What the action is, in Vietnamese (used in refusals: "không được …")."""
        return ACTION_LABELS[self]


ACTION_LABELS = {
    Action.IMPORT: "nhập gói dữ liệu",
    Action.REVIEW: "thẩm định hồ sơ",
    Action.SCORE: "chấm điểm",
    Action.DECIDE: "ký quyết định công nhận",
    Action.SEND_BACK: "gửi kết quả về cấp dưới",
    Action.KEYS: "đăng ký hoặc thu hồi khóa của đơn vị",
    Action.USERS: "quản lý người dùng",
    Action.SETTINGS: "đổi thiết lập chung của cơ quan",
}

# Separation of duties as the office works: the clerk who receives packages does not score or
# sign; the signer does not score. Sending results back goes with receiving (the same clerk
# handles the packages) and with signing (the signer releases what was signed).
PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.IMPORTER: frozenset({Action.IMPORT, Action.SEND_BACK}),
    Role.REVIEWER: frozenset({Action.REVIEW}),
    Role.COUNCIL: frozenset({Action.SCORE}),
    Role.APPROVER: frozenset({Action.DECIDE, Action.SEND_BACK}),
    Role.ADMIN: frozenset({Action.USERS, Action.KEYS, Action.SETTINGS}),
}

ROLE_ALIASES = {
    "tiep_nhan": Role.IMPORTER,
    "tham_dinh": Role.REVIEWER,
    "hoi_dong": Role.COUNCIL,
    "ky_quyet_dinh": Role.APPROVER,
    "quan_tri": Role.ADMIN,
    "administrator": Role.ADMIN,
}

NAME_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
MIN_PASSWORD = 8
MAX_PASSWORD = 200


def may(roles: frozenset[Role] | set[Role], action: Action) -> bool:
    """Whether a user holding ``roles`` may take ``action``."""
    return any(action in PERMISSIONS[r] for r in roles)


def roles_for(action: Action) -> list[Role]:
    """The roles that may take ``action``, in the order of the Role enum."""
    return [r for r in Role if action in PERMISSIONS[r]]


def who_may(action: Action) -> str:
    """The roles that may take ``action``, as a refusal names them ("vai trò thẩm định")."""
    return "vai trò " + " hoặc ".join(r.label for r in roles_for(action))


def parse_role(text: str) -> Role:
    """A role from its code, its Vietnamese code or its label; ValueError when unknown."""
    key = unicodedata.normalize("NFC", text).strip().lower()
    for role in Role:
        if key in (role.value, role.label):
            return role
    if key in ROLE_ALIASES:
        return ROLE_ALIASES[key]
    raise ValueError(key)


def normalise_name(name: str) -> str:
    """The sign-in name as stored: NFC, trimmed, lower case."""
    return unicodedata.normalize("NFC", name).strip().lower()


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a sign-in name (None when it can)."""
    if NAME_RE.fullmatch(normalise_name(name)) is None:
        return (
            "Tên đăng nhập gồm 2–40 ký tự: chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch "
            "dưới (ví dụ: nguyen.van.an)."
        )
    return None


def password_problem(password: str) -> str | None:
    """Why ``password`` is too weak or too long (None when it will do)."""
    text = unicodedata.normalize("NFC", password)
    if len(text) < MIN_PASSWORD:
        return f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự."
    if len(text) > MAX_PASSWORD:
        return f"Mật khẩu dài quá {MAX_PASSWORD} ký tự."
    if text.strip() != text:
        return "Mật khẩu không được bắt đầu hoặc kết thúc bằng khoảng trắng."
    return None
