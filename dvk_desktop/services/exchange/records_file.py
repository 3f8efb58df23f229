"""Reading a package's records.json: whole for one unit's snapshot, child by child for an aggregate.

A unit's own snapshot is parsed whole (it is one commune's or one level's records). An
aggregate carries every commune below its sender, so its ``children`` are streamed: verify
reads them once to check each, import once more to apply each, and neither holds more than
one child at a time (issue 15: a 100,000-model aggregate took more than a gigabyte).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from dvk_desktop.errors import PackageError
from dvk_desktop.messages import _t
from dvk_desktop.packaging.jsonstream import ObjectStream
from dvk_desktop.packaging.safezip import SafeZip
from dvk_desktop.packaging.strictjson import loads_strict
from dvk_desktop.progress import CancelToken
from dvk_desktop.services.exchange.format import MAX_RECORDS_BYTES, RECORDS

MEMBER = f"data/{RECORDS}"
READ_SIZE = 1024 * 1024  # the bar moves a step per piece read; a longer child takes more
COUNTED = ("models", "progress_reports", "evidence", "decisions", "people")


def _source() -> str:
    return _t("Tệp records.json")


def read_whole(archive: SafeZip) -> Any:
    """One unit's snapshot (or the parent's decisions), parsed strictly."""
    return loads_strict(
        archive.read_member(MEMBER, MAX_RECORDS_BYTES),
        max_bytes=MAX_RECORDS_BYTES,
        source=_source(),
    )


@contextlib.contextmanager
def children(
    archive: SafeZip, expected_sha256: str, cancel: CancelToken | None = None
) -> Iterator[ObjectStream]:
    """An aggregate's records.json as a stream: iterate ``items()``, then read ``rest``.

    ``expected_sha256`` is the bag manifest's digest of the member, which verify checked:
    the stream hashes what it reads and refuses a file that changed since (a package on a
    USB stick rewritten between the check and the import), once the last child is read.
    """
    size = archive.size(MEMBER)
    if size > MAX_RECORDS_BYTES:
        raise PackageError(
            _t(
                "Tệp “{name}” trong gói quá lớn ({size} byte, tối đa {limit} byte).",
                name=MEMBER,
                size=size,
                limit=MAX_RECORDS_BYTES,
            )
        )
    with archive.open_member(MEMBER) as reader:

        def pieces() -> Iterator[bytes]:
            for piece in reader.chunks(READ_SIZE):
                if cancel is not None:
                    cancel.check()
                yield piece

        stream = _Verified(pieces(), key="children", max_bytes=MAX_RECORDS_BYTES, source=_source())
        stream.expected = expected_sha256
        yield stream


class _Verified(ObjectStream):
    """A stream whose last child is followed by the check of the whole member's digest."""

    expected = ""

    def items(self) -> Iterator[Any]:
        """The children; a file that changed since it was verified is refused at its end."""
        yield from super().items()
        if self.expected and self.sha256 != self.expected:
            raise PackageError(
                _t("Tệp records.json trong gói đã thay đổi trong lúc đọc."),
                hint=_t("Hãy chép lại gói vào máy rồi nhập lại."),
            )


@dataclass
class Tally:
    """What the records name, gathered one part at a time: counts and evidence hashes."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    wanted: set[str] = field(default_factory=set)

    def add(self, part: Any) -> None:
        """Count one snapshot (a unit's records, or one child of an aggregate)."""
        if not isinstance(part, dict):
            return
        for key in COUNTED:
            items = part.get(key, [])
            self.counts[key] += len(items) if isinstance(items, list) else 0
        evidence = part.get("evidence", [])
        for item in evidence if isinstance(evidence, list) else []:
            if isinstance(item, dict) and isinstance(item.get("sha256"), str):
                self.wanted.add(item["sha256"])
