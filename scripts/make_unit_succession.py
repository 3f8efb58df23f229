"""Regenerate resources/units/succession-2025.csv.gz from the official unit data (maintainers only).

The table says, for every commune-level unit of before 1 July 2025, the district and province it
belonged to and today's unit(s) it became (the conversion table published with Quyết định
19/2025/QĐ-TTg, as packaged by ``vietnam-provinces`` ≥ 2026.9, GPL-3.0-or-later like this
program). That package needs Python ≥ 3.12 while the program supports 3.11, so the table is
extracted once here and shipped as data::

    python3.12 -m pip download "vietnam-provinces>=2026.9" --no-deps -d /tmp/vp
    cd /tmp/vp && unzip -o vietnam_provinces-*.whl -d x
    PYTHONPATH=/tmp/vp/x python3.12 scripts/make_unit_succession.py
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "units" / "succession-2025.csv.gz"
COLUMNS = (
    "old_code", "old_name", "old_district_code", "old_district_name",
    "old_province_code", "old_province_name", "new_units",
)  # fmt: skip


def _bare(name: str) -> str:
    """A unit's name without its kind ("Phường Ngọc Hà" → "ngọc hà")."""
    for kind in ("Thị trấn ", "Phường ", "Xã ", "Đặc khu "):
        name = name.removeprefix(kind)
    return name.casefold()


def main() -> None:
    """Write the table from the installed vietnam-provinces ≥ 2026.9."""
    import vietnam_provinces
    from vietnam_provinces import Ward as NewWard
    from vietnam_provinces import _ward_conversion_2025 as conversion
    from vietnam_provinces.legacy import District, Province, Ward

    text = io.StringIO()
    out = csv.writer(text, lineterminator="\n")
    out.writerow([f"# {conversion.SOURCE}; vietnam-provinces {vietnam_provinces.__version__}"])
    out.writerow(COLUMNS)
    rows = skipped = 0
    for code in sorted(conversion.OLD_TO_NEW):
        entry = conversion.OLD_TO_NEW[code]
        try:
            ward = Ward.from_code(code)
        except ValueError:  # in the conversion table but not in the old list: no name to show
            skipped += 1
            continue
        district = District.from_code(ward.district_code)
        province = Province.from_code(district.province_code)
        # The first new unit listed is where the old unit's records go when it was split: the
        # one that kept the old unit's name if there is one (Phường Ngọc Hà went partly to
        # Phường Ba Đình and partly to the new Phường Ngọc Hà), else the table's first.
        wards = sorted(
            entry.new_wards, key=lambda w: _bare(NewWard.from_code(w.code).name) != _bare(ward.name)
        )
        # Today's units by code, province and name: the program's own list may number a few
        # of them differently (Phường Cửa Nam: 00073 there, 00082 here), and the name settles it.
        new = ";".join(
            f"{int(w.code):05d}|{int(w.province_code):02d}|{NewWard.from_code(w.code).name}"
            for w in wards
        )
        out.writerow([
            f"{code:05d}", ward.name, f"{int(district.code):03d}", district.name,
            f"{int(province.code):02d}", province.name, new,
        ])  # fmt: skip
        rows += 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same data gives the same bytes, so a rerun shows no change in git.
    OUT.write_bytes(gzip.compress(text.getvalue().encode("utf-8"), compresslevel=9, mtime=0))
    sys.stdout.write(f"{rows} old units ({skipped} unnamed, skipped) → {OUT}\n")


if __name__ == "__main__":
    main()
