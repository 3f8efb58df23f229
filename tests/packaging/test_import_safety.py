"""Issue 13 (evidence, staging, batch, clock, messages, revocation) with validly signed packages."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from dvk_desktop.domain.vocab import ImportOutcome
from dvk_desktop.errors import PackageError
from dvk_desktop.services import exchange, trust
from dvk_desktop.services.exchange import batch
from tests.packaging.exchange import (
    UPPER_PASS,
    Exchange,
    export_plain,
    forge,
    members,
    state_of,
)


def misnamed(valid: Path, out: Path, ex: Exchange) -> Path:
    """The package with one evidence file's bytes replaced, listed and signed properly."""
    name = next(n for n in members(valid) if n.startswith("data/evidence/"))
    return forge(
        valid,
        out,
        ex.commune_key(),
        drop={name},
        extra_payload={name.removeprefix("data/"): b"\xff\xd8\xff not the photo it claims"},
    )


def dvk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "DVK_PASSPHRASE": UPPER_PASS}
    return subprocess.run(
        [sys.executable, "-m", "dvk_desktop.cli.main", *args],
        capture_output=True, text=True, encoding="utf-8", check=False, env=env,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def import_notes(ex: Exchange, package: Path) -> list[str]:
    with ex.upper() as upper:
        result = exchange.import_package(upper, package, passphrase=UPPER_PASS)
    assert result.status == "imported"
    return result.notes


# ------------------------------------------------------------ content addresses


def test_evidence_bytes_must_hash_to_their_name(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    forged = misnamed(valid, tmp_path / "p.dvkpkg", ex)
    with ex.upper() as upper:
        check = exchange.verify_package(upper, forged, passphrase=UPPER_PASS)
    assert not check.ok
    assert any("không khớp với tên (mã băm)" in p for p in check.problems), check.problems
    before = state_of(ex.upper_dir)
    with ex.upper() as upper, pytest.raises(PackageError) as info:
        exchange.import_package(upper, forged, passphrase=UPPER_PASS)
    assert "không khớp với tên (mã băm)" in " ".join([info.value.message, *info.value.details])
    assert state_of(ex.upper_dir) == before
    staging = ex.upper_dir / ".staging"
    assert not staging.exists() or not any(p.is_file() for p in staging.rglob("*"))
    # The genuine package imports afterwards: nothing wrong was kept under the right name.
    import_notes(ex, valid)
    with ex.upper() as upper:
        from dvk_desktop.services.integrity import check_workspace

        assert check_workspace(upper).problems == []


# ------------------------------------------------------------ batch


def test_batch_of_five_with_a_hostile_third(ex: Exchange, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    files = [export_plain(ex, folder) for _ in range(5)]
    assert len({f.name for f in files}) == 5
    third = files[2]
    hostile = misnamed(third, tmp_path / "hostile.dvkpkg", ex)
    os.replace(hostile, third)
    result = dvk("import", "-w", str(ex.upper_dir), str(folder))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Lỗi không mong đợi" not in result.stdout + result.stderr
    assert "1/5 gói bị từ chối" in result.stderr
    summary = result.stdout.split("Tổng hợp:")[1]
    assert "4 đã nhập" in summary.lower() or "4 " in summary, summary
    with ex.upper() as upper:
        from dvk_desktop.services import ledger

        with upper.sessions() as session:
            last = ledger.last_imported(session, "00070", "01")
            assert (
                last is not None
                and last.sequence == json.loads(members(files[4])["dvk-header.json"])["sequence"]
            )
    reports = list((ex.upper_dir / "quarantine").rglob("bao-cao-kiem-tra.txt"))
    assert len(reports) == 1 and "không khớp với tên" in reports[0].read_text(encoding="utf-8")


def test_an_unforeseen_crash_refuses_that_file_and_the_batch_goes_on(
    ex: Exchange, valid: Path, tmp_path: Path
) -> None:
    def wrong_type(records: dict[str, Any]) -> dict[str, Any]:
        records["people"][0]["gender"] = ["not", "a", "string"]
        records["villages"][0]["uuid"] = 12345
        return records

    folder = tmp_path / "usb"
    folder.mkdir()
    forge(valid, folder / "a-hostile.dvkpkg", ex.commune_key(), records=wrong_type)
    good = export_plain(ex, tmp_path)
    os.replace(good, folder / ("b-" + good.name))
    before = state_of(ex.upper_dir)
    with ex.upper() as upper:
        summary = batch.import_files(upper, [folder], passphrase=UPPER_PASS)
    outcomes = [r.outcome for r in summary.results]
    assert outcomes == [ImportOutcome.REFUSED, ImportOutcome.IMPORTED], summary.results
    assert summary.results[0].report is not None  # quarantined with its report
    assert before["db"] != state_of(ex.upper_dir)["db"]  # the good one went in


# ------------------------------------------------------------ staging


def test_nothing_reaches_the_store_when_applying_fails(
    ex: Exchange, valid: Path, tmp_path: Path
) -> None:
    # Checked records that still fail while applied (a model UUID another unit owns).
    with ex.upper() as upper:
        exchange.import_package(upper, valid, passphrase=UPPER_PASS)
    evidence_before = {p.name for p in (ex.upper_dir / "evidence").rglob("*") if p.is_file()}

    def new_photo(records: dict[str, Any]) -> dict[str, Any]:
        records["evidence"][0]["sha256"] = hashlib.sha256(b"new photo").hexdigest()
        records["evidence"][0]["size"] = len(b"new photo")
        records["evidence"][0]["uuid"] = "0b9a3a1e-3f43-4c55-9a55-2b0f6f6f0a01"
        records["models"][0]["name"] = records["models"][0]["name"] + " (đổi)"
        return records

    sha = hashlib.sha256(b"new photo").hexdigest()
    newer = export_plain(ex, tmp_path)
    replaced = json.loads(members(newer)["data/records.json"])["evidence"][0]["sha256"]
    forged = forge(
        newer,
        tmp_path / "p.dvkpkg",
        ex.commune_key(),
        records=new_photo,
        drop={f"data/evidence/{replaced}"},
        extra_payload={f"evidence/{sha}": b"new photo"},
        header=lambda h: h.update(rotation="not a rotation statement"),
    )
    with ex.upper() as upper, pytest.raises(PackageError):
        exchange.import_package(upper, forged, passphrase=UPPER_PASS)
    after = {p.name for p in (ex.upper_dir / "evidence").rglob("*") if p.is_file()}
    assert after == evidence_before  # the staged photo never reached the store
    staging = ex.upper_dir / ".staging"
    assert not staging.exists() or not any(p.is_file() for p in staging.rglob("*"))


# ------------------------------------------------------------ clock


def test_a_package_from_the_future_warns_of_the_senders_clock(
    ex: Exchange, valid: Path, tmp_path: Path
) -> None:
    future = (dt.datetime.now(dt.UTC) + dt.timedelta(days=900)).replace(microsecond=0)
    forged = forge(
        valid, tmp_path / "p.dvkpkg", ex.commune_key(), header=lambda h: h.update(
            created=future.isoformat()
        )
    )  # fmt: skip
    notes = import_notes(ex, forged)
    assert any("đồng hồ máy của bên gửi" in n for n in notes), notes


def test_a_package_years_older_than_the_previous_one_warns(
    ex: Exchange, valid: Path, tmp_path: Path
) -> None:
    import_notes(ex, valid)
    newer = export_plain(ex, tmp_path)
    forged = forge(
        newer, tmp_path / "p.dvkpkg", ex.commune_key(), header=lambda h: h.update(
            created="2019-03-01T08:00:00+00:00"
        )
    )  # fmt: skip
    notes = import_notes(ex, forged)
    assert any("01/03/2019" in n and "đồng hồ" in n for n in notes), notes


# ------------------------------------------------------------ messages


def test_a_rezipped_folder_is_named(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    rezipped = tmp_path / "goi.dvkpkg"
    with zipfile.ZipFile(rezipped, "w") as zf:
        for name, body in members(valid).items():
            zf.writestr(f"{valid.stem}/{name}", body)
    with ex.upper() as upper, pytest.raises(PackageError) as info:
        exchange.import_package(upper, rezipped, passphrase=UPPER_PASS)
    assert "nén lại cả thư mục" in info.value.message


def test_no_english_fragment_for_a_file_that_is_not_a_zip(ex: Exchange, tmp_path: Path) -> None:
    bad = tmp_path / "goi.dvkpkg"
    bad.write_bytes(b"PK but not really a zip file at all" * 10)
    with ex.upper() as upper, pytest.raises(PackageError) as info:
        exchange.import_package(upper, bad, passphrase=UPPER_PASS)
    assert "File is not a zip file" not in info.value.message
    assert "zip hợp lệ" in info.value.message


def test_a_gap_warning_is_printed_once(ex: Exchange, valid: Path, tmp_path: Path) -> None:
    import_notes(ex, valid)
    export_plain(ex, tmp_path / "skipped")
    third = export_plain(ex, tmp_path)
    result = dvk("import", "-w", str(ex.upper_dir), str(third))
    assert result.returncode == 0, result.stderr
    assert (result.stdout + result.stderr).count("có gói chưa nhận được") == 1, result.stdout


# ------------------------------------------------------------ revocation


def test_an_administrator_accepts_one_package_of_a_revoked_key(
    ex: Exchange, valid: Path, tmp_path: Path
) -> None:
    with ex.upper() as upper, upper.sessions() as session, session.begin():
        trust.revoke(session, "00070", reason="Máy tính xã bị mất")
    with ex.upper() as upper, pytest.raises(PackageError) as info:
        exchange.import_package(upper, valid, passphrase=UPPER_PASS)
    check = info.value.check  # type: ignore[attr-defined]
    assert check.package_sha256 in info.value.message
    accepted = dvk(
        "trust", "accept-revoked", "-w", str(ex.upper_dir), check.package_sha256,
        "--reason", "Gói gửi trước khi mất máy, đã đối chiếu qua điện thoại",
    )  # fmt: skip
    assert accepted.returncode == 0, accepted.stderr
    notes = import_notes(ex, valid)
    assert any("được quản trị viên chấp nhận riêng" in n for n in notes), notes
    with ex.upper() as upper, upper.sessions() as session:
        from sqlalchemy import select

        from dvk_desktop.storage.models import AuditEntry

        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == trust.ACCEPT_REVOKED)
        ).one()
        assert json.loads(entry.after_json)["reason"].startswith("Gói gửi trước khi mất máy")
    # Anything else the revoked key signs is still refused, whatever date it claims.
    backdated = forge(
        valid, tmp_path / "old.dvkpkg", ex.commune_key(), header=lambda h: h.update(
            sequence=h["sequence"] + 1, created="2020-01-01T00:00:00+00:00"
        )
    )  # fmt: skip
    with ex.upper() as upper, pytest.raises(PackageError) as info:
        exchange.import_package(upper, backdated, passphrase=UPPER_PASS)
    assert "đã bị thu hồi" in info.value.message


def test_accept_revoked_wants_a_hash_and_a_reason(ex: Exchange) -> None:
    bad = dvk("trust", "accept-revoked", "-w", str(ex.upper_dir), "abc", "--reason", "x")
    assert bad.returncode == 2 and "64 chữ số" in bad.stderr


def test_a_package_encrypted_for_another_unit_names_it(
    ex: Exchange, valid: Path, tmp_path: Path
) -> None:
    from dvk_desktop.packaging import agecrypt, keys

    other = keys.KeyPair.generate()
    sealed = tmp_path / "dvk-00070-gui-79-00001.dvkpkg.age"
    agecrypt.encrypt_file(valid, sealed, [other.age_recipient])
    with ex.upper() as upper, pytest.raises(PackageError) as info:
        exchange.import_package(upper, sealed, passphrase=UPPER_PASS)
    assert "gửi cho đơn vị mã 79" in info.value.message
    assert "decryption" not in info.value.message.lower()


def test_a_decisions_import_counts_decisions(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from dvk_desktop.cli.inbox_cmd import _print_result, _summary_table

    result = batch.FileResult(
        tmp_path / "qd.dvkpkg", ImportOutcome.IMPORTED, sender_code="01", sender_name="Tỉnh",
        sequence=3, kind="decisions", created=2, updated=5,
    )  # fmt: skip
    _print_result(result)
    _summary_table(batch.BatchSummary([result, result]))
    out = capsys.readouterr().out
    assert "2 quyết định mới, 5 mô hình được cập nhật" in out
    assert "mô hình mới" not in out
    assert "4 quyết định mới" in out


# ------------------------------------------------------------ missing and damaged evidence


def test_missing_evidence_is_awaited_asked_for_and_never_fails_a_backup(
    ex: Exchange, valid: Path, tmp_path: Path
) -> None:
    from dvk_desktop.services import backup
    from dvk_desktop.services.integrity import check_workspace
    from tests.packaging.exchange import COMMUNE_PASS

    dropped = next(n for n in members(valid) if n.startswith("data/evidence/"))
    sha = dropped.removeprefix("data/evidence/")
    partial = forge(valid, tmp_path / "p.dvkpkg", ex.commune_key(), drop={dropped})
    notes = import_notes(ex, partial)
    assert any("Còn thiếu 1 tệp minh chứng" in n for n in notes), notes
    with ex.upper() as upper:
        made = backup.backup_workspace(upper, tmp_path / "bak")
        info = backup.verify_backup(made)
        assert len(info.missing_evidence) == 1 and "của mô hình “" in info.missing_evidence[0]
        problems = check_workspace(upper).problems
        assert len(problems) == 1 and "của mô hình “" in problems[0] and "bị thiếu" in problems[0]
        back = exchange.export_package(
            upper, tmp_path, passphrase=UPPER_PASS, kind="decisions", recipient_code="00070"
        )
    with ex.commune() as commune:
        applied = exchange.import_package(commune, back.path, passphrase=COMMUNE_PASS)
        assert any("Cấp trên chưa nhận được 1 tệp minh chứng" in n for n in applied.notes)
        again = exchange.export_package(commune, tmp_path, passphrase=COMMUNE_PASS, encrypt=False)
    assert again.counts["evidence_files"] == 1  # only the awaited file travels again
    assert f"data/evidence/{sha}" in members(again.path)
    assert import_notes(ex, again.path) is not None
    with ex.upper() as upper:
        assert check_workspace(upper).problems == []


def test_a_damaged_store_file_stops_the_export_and_names_its_model(
    ex: Exchange, tmp_path: Path
) -> None:
    from dvk_desktop.services import backup
    from dvk_desktop.services.integrity import check_workspace
    from tests.packaging.exchange import COMMUNE_PASS

    stored = next(p for p in (ex.commune_dir / "evidence").rglob("*") if p.is_file())
    stored.write_bytes(stored.read_bytes()[:100])  # truncated on disk
    with ex.commune() as commune:
        with pytest.raises(PackageError) as info:
            exchange.export_package(commune, tmp_path, passphrase=COMMUNE_PASS, encrypt=False)
        assert "của mô hình “" in info.value.message and "bị hỏng" in info.value.message
        assert "đính kèm lại" in info.value.hint
        assert not list(tmp_path.glob("*.dvkpkg"))
        problems = check_workspace(commune).problems
        assert len(problems) == 1 and "của mô hình “" in problems[0]
        made = backup.backup_workspace(commune, tmp_path / "bak")
        assert len(backup.verify_backup(made).damaged_evidence) == 1
