"""Where a shared office keeps its evidence files: one folder every PC reaches (a file share).

The database of a shared office is on the PostgreSQL server; its evidence files are too big
and too many for it (bench/bench_shared_evidence.py), so they live in one shared folder named
in the database itself: every PC that opens the office's data uses the same files, and none
of them keeps a private copy that the others never see.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Engine

from dvk_desktop.errors import StorageError
from dvk_desktop.messages import _t, per_interface
from dvk_desktop.storage.evidence_store import INCOMING
from dvk_desktop.storage.locks import is_abandoned
from dvk_desktop.storage.models import Setting
from dvk_desktop.storage.scratch import TEMP_SUFFIXES

SETTING = "shared_evidence_folder"
# On a file share another PC's lock may not be seen from here: a half-written photo is only
# taken for abandoned once it is also this old (no copy of one photo takes an hour).
ABANDONED_AFTER = 3600.0


def configured(engine: Engine) -> Path | None:
    """The shared evidence folder the office's database names (None: each PC's own folder)."""
    with engine.connect() as conn:
        value = conn.execute(select(Setting.value).where(Setting.key == SETTING)).scalar()
    return Path(value) if value else None


def unreachable(folder: Path, detail: str = "") -> StorageError:
    """The message when this PC cannot reach the office's shared evidence folder."""
    return StorageError(
        _t(
            "Máy này không mở được thư mục minh chứng dùng chung “{folder}”{detail}.",
            folder=str(folder),
            detail=f": {detail}" if detail else "",
        ),
        hint=per_interface(
            cli=_t(
                "Hãy kiểm tra mạng và ổ đĩa chia sẻ của cơ quan (thư mục phải mở được từ máy "
                "này), rồi mở lại; thư mục khác thì dùng lệnh dvk db evidence-folder THƯ_MỤC."
            ),
            gui=_t(
                "Hãy kiểm tra mạng và ổ đĩa chia sẻ của cơ quan (thư mục phải mở được từ máy "
                "này), rồi mở lại; thư mục khác thì chọn ở Cài đặt → Cơ sở dữ liệu."
            ),
        ),
    )


def check_reachable(folder: Path) -> None:
    """Raise a clear message unless ``folder`` is there for this PC (never make it here)."""
    try:
        if folder.is_dir():
            return
        detail = _t("không có thư mục này")
    except OSError as exc:  # a share that times out, a mapped drive gone
        detail = exc.strerror or str(exc)
    raise unreachable(folder, detail)


def sweep(folder: Path, *, older_than: float = ABANDONED_AFTER) -> list[Path]:
    """Delete half-written photos that PCs killed while storing left in the shared folder."""
    removed: list[Path] = []
    limit = time.time() - older_than
    try:
        items = sorted(folder.glob(f"{INCOMING}*"))
    except OSError:
        return removed
    for item in items:
        if not item.name.endswith(TEMP_SUFFIXES):
            continue
        with contextlib.suppress(OSError):
            if item.stat().st_mtime < limit and is_abandoned(item):
                item.unlink()
                removed.append(item)
    return removed
