"""Office users: Argon2id passwords, sign-in, and the role check every guarded action makes."""

from __future__ import annotations

import base64
import hmac
import os
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from dvk_desktop.domain import office
from dvk_desktop.domain.office import Action, Role
from dvk_desktop.errors import DvkError, NotFoundError, ValidationError
from dvk_desktop.messages import _t
from dvk_desktop.services import audit
from dvk_desktop.storage.models import OfficeUser, utcnow
from dvk_desktop.storage.workspace import WorkspaceHandle

# OWASP's Argon2id setting (19 MiB, 2 passes, 1 lane): about 0.1 s on an office PC, so a stolen
# database costs an attacker the same per guess. The parameters travel in the hash (PHC string),
# so raising them later still verifies older hashes.
MEMORY_KIB, PASSES, LANES = 19 * 1024, 2, 1
MAX_MEMORY_KIB, MAX_PASSES = 1024 * 1024, 16  # caps on what a stored hash may ask for


class AccessDeniedError(DvkError):
    """The signed-in user's roles do not allow the action (or nobody signed in)."""


class AccountLockedError(AccessDeniedError):
    """The signed-in user was disabled (or removed) meanwhile, say by an administrator elsewhere.

    Every guarded action reads the user's row again, so this comes at the next action, not at
    the next start; the GUI offers to sign in again.
    """

    def __init__(self, message: str, *, hint: str = "", name: str = "") -> None:
        super().__init__(message, hint=hint)
        self.name = name


class SignInError(DvkError):
    """A wrong name or password, or a disabled user."""


@dataclass(frozen=True)
class UserInfo:
    """An office user as listed (never the hash)."""

    name: str
    full_name: str
    roles: tuple[Role, ...]
    active: bool

    @property
    def role_labels(self) -> str:
        """The roles in Vietnamese, comma-separated."""
        return ", ".join(r.label for r in self.roles)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _kdf(password: str, salt: bytes, memory: int, passes: int, lanes: int) -> bytes:
    # NFC first: Vietnamese keyboards type the same password in two Unicode forms.
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    # Imported here: loading cryptography's native library is slow the first time, and the
    # role checks made while the window opens (a workspace without users) never hash.
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    return Argon2id(
        salt=salt, length=32, iterations=passes, lanes=lanes, memory_cost=memory
    ).derive(secret)


def hash_password(password: str) -> str:
    """The PHC string ``$argon2id$v=19$m=…,t=…,p=…$salt$hash`` (readable by argon2-cffi too)."""
    salt = os.urandom(16)
    digest = _kdf(password, salt, MEMORY_KIB, PASSES, LANES)
    return f"$argon2id$v=19$m={MEMORY_KIB},t={PASSES},p={LANES}${_b64(salt)}${_b64(digest)}"


def verify_password(stored: str, password: str) -> bool:
    """Whether ``password`` matches ``stored`` (False for any malformed hash)."""
    try:
        _empty, kind, version, params, salt, digest = stored.split("$")
        values = dict(p.split("=", 1) for p in params.split(","))
        memory, passes, lanes = int(values["m"]), int(values["t"]), int(values["p"])
        if kind != "argon2id" or version != "v=19":
            return False
        if not (8 <= memory <= MAX_MEMORY_KIB and 1 <= passes <= MAX_PASSES and 1 <= lanes <= 8):
            return False
        expected = _unb64(digest)
        return hmac.compare_digest(_kdf(password, _unb64(salt), memory, passes, lanes), expected)
    except (ValueError, KeyError):
        return False


# One user per process: the CLI signs in once per command, the GUI once per window. Keyed by
# the database (its URL without password) so a handle on another workspace is not signed in.
_signed_in: dict[str, str] = {}


def _key(bind: Engine | Session) -> str:
    engine = bind.get_bind().engine if isinstance(bind, Session) else bind
    return engine.url.render_as_string(hide_password=True)


def _roles(text: str) -> tuple[Role, ...]:
    found = {r.strip() for r in text.split(",") if r.strip()}
    return tuple(r for r in Role if r.value in found)


def _info(row: OfficeUser) -> UserInfo:
    return UserInfo(row.name, row.full_name, _roles(row.roles), row.active)


def _active_count(session: Session) -> int:
    return len(list(session.scalars(select(OfficeUser.id).where(OfficeUser.active.is_(True)))))


def has_users(handle: WorkspaceHandle) -> bool:
    """Whether the workspace has named users (then every guarded action needs a sign-in)."""
    with handle.readers() as session:
        return _active_count(session) > 0


def list_users(handle: WorkspaceHandle) -> list[UserInfo]:
    """Every user, active or not, by name."""
    with handle.readers() as session:
        return [_info(r) for r in session.scalars(select(OfficeUser).order_by(OfficeUser.name))]


def sign_out() -> None:
    """Forget the signed-in user (the implicit local user again)."""
    _signed_in.clear()
    audit.set_signed_in(None)


def sign_in(handle: WorkspaceHandle, name: str, password: str) -> UserInfo:
    """Check the password and make ``name`` the user of this process on this workspace."""
    key = office.normalise_name(name)
    with handle.readers() as session:
        row = session.scalars(select(OfficeUser).where(OfficeUser.name == key)).first()
        # Hash even for an unknown name, so timing does not tell which names exist.
        stored = row.password_hash if row is not None else _DUMMY_HASH()
        good = verify_password(stored, password)
        if row is None or not good:
            raise SignInError(
                _t("Tên đăng nhập hoặc mật khẩu không đúng."),
                hint=_t("Hãy nhập lại; nếu quên mật khẩu, nhờ người quản trị đặt lại."),
            )
        if not row.active:
            raise SignInError(
                _t("Tài khoản “{name}” đã bị khóa.", name=row.name),
                hint=_t("Hãy liên hệ người quản trị."),
            )
        info = _info(row)
    _signed_in.clear()
    _signed_in[_key(handle.engine)] = info.name
    audit.set_signed_in(info.name)
    return info


_dummy: list[str] = []


def _DUMMY_HASH() -> str:  # noqa: N802 - a constant computed once
    if not _dummy:
        _dummy.append(hash_password("không-phải-mật-khẩu"))
    return _dummy[0]


def _engine_of(bind: WorkspaceHandle | Session) -> Engine | Session:
    return bind.engine if isinstance(bind, WorkspaceHandle) else bind


def current_user(bind: WorkspaceHandle | Session) -> UserInfo | None:
    """The signed-in user on this workspace, read from the database now (never remembered).

    None: nobody signed in (or the implicit local user), or the user's row is gone.
    """
    name = _signed_in.get(_key(_engine_of(bind)))
    if name is None:
        return None
    with _reading(bind) as session:
        row = session.scalars(select(OfficeUser).where(OfficeUser.name == name)).first()
        return _info(row) if row is not None else None


@contextmanager
def _reading(bind: WorkspaceHandle | Session) -> Iterator[Session]:
    """A session to read with: the caller's own session, or one of the handle's readers."""
    if isinstance(bind, Session):
        yield bind
        return
    with bind.readers() as session:
        yield session


def allowed(bind: WorkspaceHandle | Session, action: Action) -> bool:
    """Whether the current user may take ``action`` (the GUI greys out what is not)."""
    try:
        require(bind, action)
    except AccessDeniedError:
        return False
    return True


def refusal(bind: WorkspaceHandle | Session, action: Action) -> str | None:
    """Why the current user may not take ``action``, in one sentence (None when they may).

    The GUI shows it as the tooltip of what it greys out, so it names who may.
    """
    try:
        require(bind, action)
    except AccessDeniedError as exc:
        if isinstance(exc, AccountLockedError) or current_user(bind) is None:
            return exc.message
        return _t(
            "Chỉ người có {who} được {action}.", who=office.who_may(action), action=action.label
        )
    return None


def require(bind: WorkspaceHandle | Session, action: Action) -> None:
    """Refuse ``action`` unless the signed-in user holds a role that may take it.

    A workspace without users (a commune's PC, a one-PC office) has one implicit local user
    who may do everything, and nothing is asked.
    """
    with _reading(bind) as session:
        if _active_count(session) == 0:
            return
    user = current_user(bind)
    if user is None and _signed_in.get(_key(_engine_of(bind))) is not None:
        name = _signed_in[_key(_engine_of(bind))]
        raise AccountLockedError(
            _t("Tài khoản “{name}” không còn trong vùng làm việc này.", name=name),
            hint=_t("Hãy đăng nhập lại hoặc liên hệ người quản trị."),
            name=name,
        )
    if user is None:
        raise AccessDeniedError(
            _t(
                "Vùng làm việc này có người dùng riêng: cần đăng nhập để {action}.",
                action=action.label,
            ),
            hint=_t("Ở dòng lệnh, thêm --user TÊN (hoặc đặt DVK_USER và DVK_PASSWORD)."),
        )
    if not user.active:
        raise AccountLockedError(
            _t(
                "Tài khoản “{name}” đã bị khóa, nên không thể {action}.",
                name=user.name,
                action=action.label,
            ),
            hint=_t("Hãy liên hệ người quản trị."),
            name=user.name,
        )
    if not office.may(frozenset(user.roles), action):
        raise AccessDeniedError(
            _t(
                "Người dùng “{name}” ({roles}) không được {action}.",
                name=user.name,
                roles=user.role_labels or _t("chưa có vai trò"),
                action=action.label,
            ),
            hint=_t("Việc này dành cho {who}.", who=office.who_may(action)),
        )


def _check_name(name: str) -> str:
    problem = office.name_problem(name)
    if problem is not None:
        raise ValidationError(problem, field="name")
    return office.normalise_name(name)


def _check_password(password: str) -> None:
    problem = office.password_problem(password)
    if problem is not None:
        raise ValidationError(problem, field="password")


def parse_roles(texts: Iterable[str]) -> tuple[Role, ...]:
    """Roles from their codes or Vietnamese labels; a clear message for an unknown one."""
    roles: set[Role] = set()
    for text in texts:
        for part in text.split(","):
            if not part.strip():
                continue
            try:
                roles.add(office.parse_role(part))
            except ValueError:
                known = ", ".join(f"{r.value} ({r.label})" for r in Role)
                raise ValidationError(
                    _t("Không có vai trò “{role}”.", role=part.strip()),
                    hint=_t("Các vai trò: {known}.", known=known),
                ) from None
    return tuple(r for r in Role if r in roles)


def _get(session: Session, name: str) -> OfficeUser:
    row = session.scalars(
        select(OfficeUser).where(OfficeUser.name == office.normalise_name(name))
    ).first()
    if row is None:
        raise NotFoundError(_t("Không có người dùng “{name}”.", name=name))
    return row


def _keep_an_admin(session: Session) -> None:
    """At least one active administrator must remain, or nobody could manage users again."""
    session.flush()
    admins = [
        r
        for r in session.scalars(select(OfficeUser).where(OfficeUser.active.is_(True)))
        if Role.ADMIN in _roles(r.roles)
    ]
    if not admins:
        raise ValidationError(
            _t("Phải còn ít nhất một người dùng đang hoạt động có vai trò quản trị."),
            hint=_t("Hãy giao vai trò quản trị cho người khác trước."),
        )


def add_user(
    handle: WorkspaceHandle,
    name: str,
    password: str,
    roles: Iterable[Role],
    *,
    full_name: str = "",
) -> UserInfo:
    """Add a user (administrators only; the first user of a workspace must be one)."""
    key = _check_name(name)
    _check_password(password)
    chosen = tuple(r for r in Role if r in set(roles))
    if not chosen:
        raise ValidationError(_t("Hãy chọn ít nhất một vai trò."), field="roles")
    hashed = hash_password(password)
    with handle.sessions() as session, session.begin():
        require(session, Action.USERS)
        if _active_count(session) == 0 and Role.ADMIN not in chosen:
            raise ValidationError(
                _t("Người dùng đầu tiên phải có vai trò quản trị (để quản lý những người sau)."),
                field="roles",
            )
        if session.scalars(select(OfficeUser).where(OfficeUser.name == key)).first():
            raise ValidationError(_t("Đã có người dùng “{name}”.", name=key), field="name")
        row = OfficeUser(
            name=key,
            full_name=unicodedata.normalize("NFC", full_name).strip()[:200],
            password_hash=hashed,
            roles=",".join(r.value for r in chosen),
            active=True,
        )
        session.add(row)
        _keep_an_admin(session)
        audit.record(
            session, action="user_add", entity="office_user", entity_uuid=key,
            after={"name": key, "full_name": row.full_name, "roles": row.roles},
        )  # fmt: skip
        return _info(row)


def set_roles(handle: WorkspaceHandle, name: str, roles: Iterable[Role]) -> UserInfo:
    """Replace a user's roles (administrators only)."""
    chosen = tuple(r for r in Role if r in set(roles))
    if not chosen:
        raise ValidationError(_t("Hãy chọn ít nhất một vai trò."), field="roles")
    with handle.sessions() as session, session.begin():
        require(session, Action.USERS)
        row = _get(session, name)
        before = {"roles": row.roles}
        row.roles, row.updated_at = ",".join(r.value for r in chosen), utcnow()
        _keep_an_admin(session)
        audit.record(
            session, action="user_roles", entity="office_user", entity_uuid=row.name,
            before=before, after={"roles": row.roles},
        )  # fmt: skip
        return _info(row)


def set_active(handle: WorkspaceHandle, name: str, active: bool) -> UserInfo:
    """Disable (or enable again) a user; their audit entries stay (administrators only)."""
    with handle.sessions() as session, session.begin():
        require(session, Action.USERS)
        row = _get(session, name)
        before = {"active": row.active}
        row.active, row.updated_at = active, utcnow()
        _keep_an_admin(session)
        audit.record(
            session, action="user_enable" if active else "user_disable", entity="office_user",
            entity_uuid=row.name, before=before, after={"active": active},
        )  # fmt: skip
        return _info(row)


def set_password(handle: WorkspaceHandle, name: str, password: str) -> None:
    """Set a user's password: an administrator for anyone, a user for themself."""
    _check_password(password)
    hashed = hash_password(password)
    with handle.sessions() as session, session.begin():
        row = _get(session, name)
        me = current_user(session)
        if me is None or me.name != row.name or not me.active:
            require(session, Action.USERS)
        row.password_hash, row.updated_at = hashed, utcnow()
        # Never the hash in the log: only that it changed.
        audit.record(
            session, action="user_password", entity="office_user", entity_uuid=row.name,
            after={"password": "đã đổi"},
        )  # fmt: skip
