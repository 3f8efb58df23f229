"""Strict JSON for untrusted packages: exact UTF-8, no duplicates, bounded size and depth."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from dvk_desktop.errors import PackageError
from dvk_desktop.messages import _t

MAX_NUMBER_CHARS = 30
"""Longest accepted number literal; longer ones are a denial-of-service vector, not data."""

DEFAULT_MAX_STRING = 1_000_000

# One token per match, scanned left to right: a whole string literal (possessive, so a failed
# match never backtracks), a run of other characters, or a run of opening/closing brackets.
# A naive "strip the strings" regex goes quadratic on unterminated strings full of \".
_TOKEN_RE = re.compile(r'"(?:[^"\\]|\\.)*+"|[^"\[\]{}]++|([\[{]++)|([\]}]++)', re.DOTALL)
# Where a decoded string could hold a lone surrogate: a \uD800–\uDFFF escape (or text that
# merely looks like one after an escaped backslash, which only costs the full check).
_SURROGATE_RE = re.compile(r"\\u[dD][89a-fA-F]")
_HINT = _t("Tệp có thể bị hỏng hoặc bị sửa đổi; hãy yêu cầu bên gửi xuất lại gói dữ liệu.")


class _RefusedError(ValueError):
    """A problem found by a parser hook, turned into a PackageError by the caller."""


def _fail(source: str, problem: str) -> PackageError:
    return PackageError(
        _t(
            "{source} không hợp lệ: {problem}.",
            source=source,
            problem=problem,
        ),
        hint=_HINT,
    )


def _reject_constant(name: str) -> Any:
    raise _RefusedError(
        _t(
            "có giá trị số không hữu hạn ({name}), JSON chuẩn không cho phép",
            name=name,
        )
    )


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_CHARS:
        raise _RefusedError(_t("có số quá dài ({count} chữ số)", count=len(text)))
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _RefusedError(_t("có số quá dài ({count} ký tự)", count=len(text)))
    value = float(text)
    if not math.isfinite(value):
        raise _RefusedError(_t("có số vượt quá giới hạn ({text})", text=text))
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Built in C and compared by size: a loop here was a tenth of verifying a package.
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _RefusedError(_t("có khóa trùng lặp “{key}”", key=key))
            seen.add(key)
    return result


def _max_depth(text: str) -> int | None:
    """Return the deepest bracket nesting, or ``None`` if a string literal never ends."""
    depth = deepest = 0
    position = 0
    while position < len(text):
        match = _TOKEN_RE.match(text, position)
        if match is None:
            return None  # a '"' outside any string that is never closed
        opening, closing = match.groups()
        if opening:
            depth += len(opening)
            deepest = max(deepest, depth)
        elif closing:
            depth -= len(closing)
        position = match.end()
    return deepest


def _check_strings(value: Any, max_string: int) -> None:
    # Depth is already capped, so recursion here is bounded.
    if isinstance(value, str):
        _check_one_string(value, max_string)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_one_string(key, max_string)
            _check_strings(item, max_string)
    elif isinstance(value, list):
        for item in value:
            _check_strings(item, max_string)


def _check_one_string(text: str, max_string: int) -> None:
    if len(text) > max_string:
        raise _RefusedError(
            _t(
                "có chuỗi quá dài ({count} ký tự, tối đa {max_string})",
                count=len(text),
                max_string=max_string,
            )
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A "\ud800" escape decodes to a lone surrogate that breaks every later encode.
        problem = "có ký tự Unicode không hợp lệ (nửa cặp thay thế đứng một mình)"
        raise _RefusedError(problem) from None


def loads_strict(
    data: bytes,
    *,
    max_bytes: int,
    max_depth: int = 64,
    max_string: int = DEFAULT_MAX_STRING,
    source: str = "Dữ liệu JSON",
) -> Any:
    """Parse untrusted JSON bytes, refusing anything ambiguous or oversized.

    Args:
        data: The raw bytes; must be UTF-8 without a byte order mark.
        max_bytes: Largest accepted input size.
        max_depth: Deepest accepted nesting of arrays and objects.
        max_string: Longest accepted string (keys and values), in characters.
        source: What the data is, for messages (e.g. "Tệp dvk-header.json").

    Returns:
        The parsed value (dict, list, str, int, float, bool or None).

    Raises:
        PackageError: The data is not strict, bounded JSON; the message names the problem.
    """
    if len(data) > max_bytes:
        raise _fail(source, f"quá lớn ({len(data)} byte, tối đa {max_bytes} byte)")
    if data.startswith(b"\xef\xbb\xbf"):
        raise _fail(source, "bắt đầu bằng dấu BOM; chỉ chấp nhận UTF-8 không có BOM")
    if b"\x00" in data:
        raise _fail(source, "chứa byte NUL (có thể là UTF-16/UTF-32); chỉ chấp nhận UTF-8")
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise _fail(source, f"không phải UTF-8 hợp lệ (byte lỗi ở vị trí {exc.start})") from None
    return loads_strict_text(text, max_depth=max_depth, max_string=max_string, source=source)


def loads_strict_text(
    text: str,
    *,
    max_depth: int = 64,
    max_string: int = DEFAULT_MAX_STRING,
    source: str = "Dữ liệu JSON",
) -> Any:
    """Parse untrusted JSON text already decoded from strict UTF-8, as :func:`loads_strict`."""
    try:
        # Parsed first, checked after: the parser guards its own recursion, and one walk of
        # the parsed value (depth and strings together) costs a fraction of the bracket scan
        # below, which now runs only on a document that does not parse cleanly.
        value = _parse(text)
    except (ValueError, RecursionError):
        _check_depth(text, source, max_depth)  # its problems are named first, as always
        value = _parse_or_fail(text, source)  # fails again, now with the message it deserves
    depth, sound = _shape(value, max_string, _SURROGATE_RE.search(text) is not None)
    if depth > max_depth:
        raise _fail(source, f"lồng nhau quá sâu ({depth} cấp, tối đa {max_depth})")
    if not sound:
        try:
            _check_strings(value, max_string)  # names the first bad string, as it always did
        except _RefusedError as exc:
            raise _fail(source, str(exc)) from None
    return value


def decode_at(
    text: str, pos: int, *, max_depth: int, max_string: int, source: str
) -> tuple[Any, int] | None:
    """One strict value at ``text[pos:]`` and where it ends; None if it does not parse there.

    For a reader that holds only part of a document: None may mean the value is cut short
    (read more and try again) or wrong (then :func:`loads_strict_text` names the problem).
    """
    try:
        value, end = _DECODER.raw_decode(text, pos)
    except (ValueError, RecursionError):
        return None
    depth, sound = _shape(value, max_string, _SURROGATE_RE.search(text, pos, end) is not None)
    if depth > max_depth:
        raise _fail(source, f"lồng nhau quá sâu ({depth} cấp, tối đa {max_depth})")
    if not sound:
        try:
            _check_strings(value, max_string)
        except _RefusedError as exc:
            raise _fail(source, str(exc)) from None
    return value, end


def _parse(text: str) -> Any:
    return json.loads(
        text,
        object_pairs_hook=_no_duplicates,
        parse_constant=_reject_constant,
        parse_int=_parse_int,
        parse_float=_parse_float,
    )


_DECODER = json.JSONDecoder(
    object_pairs_hook=_no_duplicates,
    parse_constant=_reject_constant,
    parse_int=_parse_int,
    parse_float=_parse_float,
)


def _check_depth(text: str, source: str, max_depth: int) -> None:
    depth = _max_depth(text)
    if depth is None:
        raise _fail(source, "có chuỗi không có dấu ngoặc kép đóng")
    if depth > max_depth:
        raise _fail(source, f"lồng nhau quá sâu ({depth} cấp, tối đa {max_depth})")


def _parse_or_fail(text: str, source: str) -> Any:
    try:
        return _parse(text)
    except _RefusedError as exc:
        raise _fail(source, str(exc)) from None
    except json.JSONDecodeError as exc:
        raise _fail(
            source, f"sai cú pháp JSON ở dòng {exc.lineno}, cột {exc.colno}"
        ) from exc  # the parser's English reason goes to the log, not into Vietnamese text
    except (ValueError, RecursionError) as exc:
        raise _fail(source, "không đọc được (lồng quá sâu hoặc sai dạng)") from exc


def _shape(value: Any, max_string: int, surrogates: bool) -> tuple[int, bool]:
    r"""The nesting depth of a parsed value, and whether all its strings (keys too) pass.

    Level by level, without recursion: the depth is the number of levels holding an array or
    an object. A lone surrogate can only come from a ``\uD800``-style escape, so strings
    are encoded only when the text has one.
    """
    depth, level, sound = 0, [value], True
    while level:
        below: list[Any] = []
        strings: list[str] = []
        nested = False
        for item in level:
            if isinstance(item, dict):
                nested = True
                strings.extend(item)
                below.extend(item.values())
            elif isinstance(item, list):
                nested = True
                below.extend(item)
            elif isinstance(item, str):
                strings.append(item)
        depth += nested
        if sound and strings:
            sound = max(map(len, strings)) <= max_string and not (
                surrogates and not all(map(_encodes, strings))
            )
        level = below
    return depth, sound


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def dumps_canonical(obj: Any, *, pretty: bool = False) -> bytes:
    """Serialise to deterministic UTF-8 JSON: sorted keys, no NaN, non-ASCII kept as is.

    Args:
        obj: A JSON-compatible value.
        pretty: Indent by two spaces and end with a newline (for files people may read).
            Signatures are always computed over the compact form.

    Returns:
        The UTF-8 bytes.

    Raises:
        ValueError: ``obj`` holds a non-finite float or a lone surrogate (a programming error).
    """
    if pretty:
        text = json.dumps(obj, sort_keys=True, ensure_ascii=False, allow_nan=False, indent=2)
        return (text + "\n").encode("utf-8")
    text = json.dumps(
        obj, sort_keys=True, ensure_ascii=False, allow_nan=False, separators=(",", ":")
    )
    return text.encode("utf-8")
