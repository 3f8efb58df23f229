from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dvk_desktop.errors import PackageError
from dvk_desktop.packaging.strictjson import dumps_canonical, loads_strict


def load(data: bytes, **kwargs: int) -> object:
    return loads_strict(data, max_bytes=kwargs.pop("max_bytes", 10_000), **kwargs)


def test_loads_plain_utf8_json_with_vietnamese_text() -> None:
    data = '{"tên": "Phường Hoàn Kiếm", "số": [1, 2.5, true, null]}'.encode()
    assert load(data) == {"tên": "Phường Hoàn Kiếm", "số": [1, 2.5, True, None]}


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"a": 1, "a": 2}', "khóa trùng lặp “a”"),
        (b'{"a": NaN}', "không hữu hạn (NaN)"),
        (b"[Infinity]", "không hữu hạn (Infinity)"),
        (b"[-Infinity]", "không hữu hạn"),
        (b"[1e400]", "vượt quá giới hạn"),
        (b"[" + b"9" * 31 + b"]", "số quá dài"),
        (b"[" + b"9" * 5000 + b"]", "số quá dài"),
        (b'["\\ud800"]', "nửa cặp thay thế"),
        (b"\xef\xbb\xbf{}", "BOM"),
        ('{"a": 1}'.encode("utf-16"), "UTF-8"),
        ('{"a": 1}'.encode("utf-16-le"), "NUL"),
        (b'{"a": "\xc3"}', "không phải UTF-8 hợp lệ"),
        (b'{"a": "\xed\xa0\x80"}', "không phải UTF-8 hợp lệ"),
        (b'{"a": 1', "sai cú pháp JSON ở dòng 1"),
        (b'{"a": 1} x', "sai cú pháp JSON"),
        (b'["a\nb"]', "sai cú pháp JSON"),
    ],
)
def test_loads_strict_refuses_ambiguous_json_naming_the_problem(data: bytes, words: str) -> None:
    with pytest.raises(PackageError) as caught:
        load(data)
    assert words in caught.value.message
    assert caught.value.message.startswith("Dữ liệu JSON không hợp lệ")


def test_loads_strict_refuses_deep_nesting_without_recursion_error() -> None:
    with pytest.raises(PackageError, match="lồng nhau quá sâu"):
        load(b"[" * 100_000 + b"]" * 100_000, max_bytes=1_000_000)


def test_depth_counts_brackets_outside_strings_only() -> None:
    assert load(b'["[[[[[[[[[[[[[["]', max_depth=2) == ["[[[[[[[[[[[[[["]


def test_loads_strict_refuses_oversized_input_and_strings() -> None:
    with pytest.raises(PackageError, match="quá lớn"):
        loads_strict(b"[1, 2, 3]", max_bytes=5)
    with pytest.raises(PackageError, match="chuỗi quá dài"):
        loads_strict(b'{"aaaaaa": 1}', max_bytes=100, max_string=5)


def test_message_names_the_source_file() -> None:
    with pytest.raises(PackageError, match=r"^Tệp dvk-header\.json không hợp lệ"):
        loads_strict(b"{", max_bytes=10, source="Tệp dvk-header.json")


def test_dumps_canonical_sorts_keys_and_keeps_vietnamese() -> None:
    assert dumps_canonical({"b": 1, "a": "Đà Nẵng"}) == '{"a":"Đà Nẵng","b":1}'.encode()
    assert dumps_canonical({"a": 1}, pretty=True).endswith(b"}\n")
    with pytest.raises(ValueError):
        dumps_canonical({"a": float("nan")})


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**29), max_value=10**29)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(exclude_categories=("Cs",))),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(alphabet=st.characters(exclude_categories=("Cs",))), children)
    ),
    max_leaves=20,
)


@given(json_values)
def test_canonical_output_round_trips_through_strict_loader(value: object) -> None:
    data = dumps_canonical(value)
    assert loads_strict(data, max_bytes=len(data)) == value
    assert dumps_canonical(loads_strict(data, max_bytes=len(data))) == data


def test_unterminated_string_full_of_escaped_quotes_is_refused_quickly() -> None:
    data = b'["' + b'\\"' * 500_000
    with pytest.raises(PackageError, match="không có dấu ngoặc kép đóng"):
        load(data, max_bytes=len(data))


def test_a_parsed_document_is_checked_as_the_bracket_scan_did() -> None:
    # Parsed first now, then measured: the same refusals, named in the same order.
    with pytest.raises(PackageError, match=r"lồng nhau quá sâu \(65 cấp, tối đa 64\)"):
        load(b"[" * 65 + b"]" * 65)
    assert load(b"[" * 64 + b"]" * 64) is not None
    with pytest.raises(PackageError, match="lồng nhau quá sâu"):  # before the duplicate key
        load(b'{"a": 1, "a": ' + b"[" * 70 + b"]" * 70 + b"}")
    assert load(b'["\\ud83d\\ude00", {"k": [[["x"]]]}]') == ["😀", {"k": [[["x"]]]}]
    with pytest.raises(PackageError, match=r"chuỗi quá dài \(6 ký tự"):
        loads_strict(b'[1, [{"k": ["abc", "abcdef"]}]]', max_bytes=100, max_string=5)
