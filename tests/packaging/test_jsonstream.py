"""An aggregate's records read piece by piece keep every rule of the whole-file strict parse."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import pytest

from dvk_desktop.errors import PackageError
from dvk_desktop.packaging.jsonstream import ObjectStream
from dvk_desktop.packaging.strictjson import loads_strict

DOC = {
    "children": [
        {
            "sender": {"unit_code": f"{n:05d}", "unit_name": "Xã Đông Hưng"},
            "models": [{"name": "Hũ gạo tình thương " * n, "score": 1.5, "year": 2026}],
            "empty": {},
            "nested": [[], [1, [2, {"đ": None, "t": True, "f": False}]]],
        }
        for n in range(12)
    ],
    "format": "dvk-aggregate",
    "sender": {"unit_code": "H271"},
    "version": 1,
}


def _pieces(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def _read(data: bytes, size: int) -> tuple[list[Any], ObjectStream]:
    stream = ObjectStream(_pieces(data, size), key="children", max_bytes=1 << 20)
    return list(stream.items()), stream


@pytest.mark.parametrize("size", [1, 2, 7, 64, 4096])
@pytest.mark.parametrize("indent", [None, 2])
def test_pieces_of_any_size_give_the_children_and_the_rest_exactly(
    size: int, indent: int | None
) -> None:
    data = json.dumps(DOC, ensure_ascii=False, indent=indent).encode()
    children, stream = _read(data, size)
    assert children == DOC["children"]
    assert stream.rest == {k: v for k, v in DOC.items() if k != "children"}
    assert (stream.count, stream.streamed, stream.finished) == (12, True, True)
    assert stream.sha256 == hashlib.sha256(data).hexdigest()  # what import compares


BAD = {
    "trailing comma in children": (b'{"children": [1,], "a": 1}', "sai cú pháp JSON"),
    "children twice": (b'{"children": [1], "children": []}', "có khóa trùng lặp “children”"),
    "a top key twice": (b'{"a": 1, "children": [], "a": 2}', "có khóa trùng lặp “a”"),
    "a key twice in a child": (b'{"children": [{"x": 1, "x": 2}]}', "có khóa trùng lặp “x”"),
    "text after the object": (b'{"children": [1]} x', "có dữ liệu thừa sau đối tượng JSON"),
    "cut short": (b'{"children": [1]', "bị cắt cụt"),
    "NaN": (b'{"children": [NaN]}', "có giá trị số không hữu hạn (NaN)"),
    "byte order mark": (b'\xef\xbb\xbf{"children": []}', "bắt đầu bằng dấu BOM"),
    "not UTF-8": (b'{"children": ["\xff"]}', "không phải UTF-8 hợp lệ (byte lỗi ở vị trí 15)"),
    "NUL byte": (b'{"children": ["\x00"]}', "chứa byte NUL"),
    "unterminated string": (b'{"children": ["abc', "có chuỗi không có dấu ngoặc kép đóng"),
    "too deep": (b'{"children": [' + b"[" * 70 + b"]" * 70 + b"]}", "lồng nhau quá sâu"),
    "lone surrogate": (b'{"children": ["\\ud800"]}', "nửa cặp thay thế đứng một mình"),
    "number too long": (b'{"children": [' + b"9" * 40 + b"]}", "có số quá dài (40 chữ số)"),
    "not an object": (b"[1, 2]", "không phải đối tượng JSON"),
    "missing colon": (b'{"children" []}', "sai cú pháp JSON"),
}


@pytest.mark.parametrize("size", [1, 3, 4096])
@pytest.mark.parametrize("case", sorted(BAD))
def test_what_the_whole_file_parse_refuses_is_refused_piece_by_piece(case: str, size: int) -> None:
    data, words = BAD[case]
    with pytest.raises(PackageError) as info:
        _read(data, size)
    assert words in info.value.message
    assert info.value.message.startswith("Dữ liệu JSON không hợp lệ:")


def test_the_same_limits_hold_as_for_the_whole_file() -> None:
    data = json.dumps({"children": ["a" * 50], "x": "b" * 20}).encode()
    with pytest.raises(PackageError, match="có chuỗi quá dài"):
        list(ObjectStream(iter([data]), key="children", max_bytes=1000, max_string=30).items())
    with pytest.raises(PackageError, match="quá lớn"):
        list(ObjectStream(_pieces(data, 10), key="children", max_bytes=40).items())
    # A whole-file parse of the same text agrees it is too long.
    with pytest.raises(PackageError, match="có chuỗi quá dài"):
        loads_strict(data, max_bytes=1000, max_string=30)


def test_a_children_member_that_is_not_a_list_is_left_for_the_shape_check() -> None:
    children, stream = _read(b'{"children": 5, "format": "x"}', 4)
    assert children == [] and not stream.streamed and stream.rest == {"children": 5, "format": "x"}
