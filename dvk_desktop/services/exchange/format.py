"""The package format: member names, limits, kinds, header checks, the signed comment, counts."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from dvk_desktop.messages import _t
from dvk_desktop.packaging.bag import TAG_MANIFEST
from dvk_desktop.services.exchange.records import schema

HEADER = "dvk-header.json"


RECORDS = "records.json"


SIGNATURE = TAG_MANIFEST + ".minisig"


SUFFIX = ".dvkpkg"


HEADER_FORMAT = "dvk-package"


HEADER_VERSION = 1


MAX_HEADER_BYTES = 1024 * 1024


MAX_RECORDS_BYTES = 512 * 1024 * 1024


MAX_PACKAGE_BYTES = 8 * 1024**3


KINDS = schema.PACKAGE_KINDS


# JPEG, PNG, GIF, WebP/RIFF, PDF, ZIP-based office files, gzip, MP4/HEIC boxes.
COMPRESSED_MAGIC = (
    b"\xff\xd8\xff",
    b"\x89PNG",
    b"GIF8",
    b"RIFF",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x00\x00\x00\x18ftyp",
    b"\x00\x00\x00\x1cftyp",
    b"\x00\x00\x00\x20ftyp",
)


SHA256_RE = re.compile(r"[0-9a-f]{64}")


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` in hex (a package is named by its tag manifest's)."""
    return hashlib.sha256(data).hexdigest()


def header_problems(header: Any) -> list[str]:
    """What is wrong with a package header (empty: it may be read further).

    Every field import reads is checked here against its spec (``schema.HEADER``), before the
    signature: verify reads the routing fields (kind, sender, recipient, sequence, key) first.
    """
    if not isinstance(header, dict) or header.get("format") != HEADER_FORMAT:
        return [_t("tệp dvk-header.json không phải tiêu đề gói DVK")]
    if header.get("version") != HEADER_VERSION:
        return [
            _t(
                "phiên bản định dạng gói {version} không được hỗ trợ",
                version=repr(header.get("version"))[:40],
            )
        ]
    problems = schema.Problems()
    schema.check_header(problems, header)
    return list(problems)


def trusted_comment(header: dict[str, Any]) -> str:
    """The minisign trusted comment that binds the signature to the header's routing fields."""
    return (
        f"dvk-package kind={header['kind']} sender={header['sender']['unit_code']} "
        f"recipient={header['recipient']['unit_code']} sequence={header['sequence']}"
    )


def counts_of(records: dict[str, Any], evidence_files: int) -> dict[str, int]:
    """How many records of each kind a package carries (children of an aggregate included)."""
    parts = [records, *records.get("children", [])]
    return {
        "models": sum(len(p.get("models", [])) for p in parts),
        "progress_reports": sum(len(p.get("progress_reports", [])) for p in parts),
        "evidence": sum(len(p.get("evidence", [])) for p in parts),
        "evidence_files": evidence_files,
        "decisions": sum(len(p.get("decisions", [])) for p in parts),
        "people": sum(len(p.get("people", [])) for p in parts),
    }
