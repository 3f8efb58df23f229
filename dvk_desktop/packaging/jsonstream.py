"""Strict JSON read a piece at a time: one top-level object whose big array is streamed.

An aggregate package's ``records.json`` is one object holding every commune's snapshot in
``children``: parsed whole, a 100,000-model aggregate took more than a gigabyte. Here the
text is decoded as it is read and each element of that array is cut out by its brackets and
parsed on its own by :func:`strictjson.loads_strict_text`, with every rule of the whole-file
parse kept: exact UTF-8 without BOM or NUL, no duplicate key (at the top as inside), bounded
size, depth and strings, nothing after the object.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterable, Iterator
from typing import Any

from dvk_desktop.errors import PackageError
from dvk_desktop.packaging.strictjson import (
    DEFAULT_MAX_STRING,
    _fail,
    decode_at,
    loads_strict_text,
)

_SPACE_RE = re.compile(r"[ \t\n\r]*")


class ObjectStream:
    """The members of one JSON object read from ``chunks``; the array at ``key`` streamed.

    Iterate :meth:`items` once for the elements of ``obj[key]``; afterwards :attr:`rest`
    holds every other member, :attr:`count` the number of elements, :attr:`streamed`
    whether ``key`` held an array (else its value, if any, is in ``rest``) and
    :attr:`sha256` the digest of every byte read. Problems raise :class:`PackageError`
    with the same words as :func:`strictjson.loads_strict`.
    """

    def __init__(
        self,
        chunks: Iterable[bytes],
        *,
        key: str,
        max_bytes: int,
        max_depth: int = 64,
        max_string: int = DEFAULT_MAX_STRING,
        source: str = "Dữ liệu JSON",
    ) -> None:
        self._chunks = iter(chunks)
        self._key, self._max_bytes, self._source = key, max_bytes, source
        self._max_depth, self._max_string = max_depth, max_string
        self._decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self._digest = hashlib.sha256()
        self._text, self._at, self._read, self._eof = "", 0, 0, False
        self._started = False
        self.rest: dict[str, Any] = {}
        self.count = 0
        self.streamed = False
        self.finished = False  # every byte read and found sound

    @property
    def sha256(self) -> str:
        """SHA-256 (hex) of the bytes read so far: of the whole member once items ended."""
        return self._digest.hexdigest()

    @property
    def bytes_read(self) -> int:
        """How many bytes of the input were read so far (for a progress bar)."""
        return self._read

    # --- reading and decoding --------------------------------------------------------------
    def _more(self) -> bool:
        """Decode the next chunk onto the text; False at the end of the input."""
        if self._eof:
            return False
        chunk = next(self._chunks, None)
        if chunk is None:
            self._eof = True
            self._decode(b"", final=True)
            return False
        if b"\x00" in chunk:
            raise self._fail("chứa byte NUL (có thể là UTF-16/UTF-32); chỉ chấp nhận UTF-8")
        if self._read + len(chunk) > self._max_bytes:
            raise self._fail(f"quá lớn (hơn {self._max_bytes} byte)")
        self._digest.update(chunk)
        self._decode(chunk)
        self._read += len(chunk)
        return True

    def _decode(self, chunk: bytes, *, final: bool = False) -> None:
        try:
            text = self._decoder.decode(chunk, final=final)
        except UnicodeDecodeError as exc:
            position = self._read + exc.start
            raise self._fail(f"không phải UTF-8 hợp lệ (byte lỗi ở vị trí {position})") from None
        if text and not self._started:  # the first character, however the bytes were cut
            self._started = True
            if text[0] == "\ufeff":
                raise self._fail("bắt đầu bằng dấu BOM; chỉ chấp nhận UTF-8 không có BOM")
        # What was consumed goes: only the piece being read is ever held.
        self._text = self._text[self._at :] + text
        self._at = 0

    def _fail(self, problem: str) -> PackageError:
        return _fail(self._source, problem)

    # --- tokens ----------------------------------------------------------------------------
    def _skip_space(self) -> str:
        """Skip white space; the next character ('' at the end of the input)."""
        while True:
            self._at = _SPACE_RE.match(self._text, self._at).end()  # type: ignore[union-attr]
            if self._at < len(self._text):
                return self._text[self._at]
            if not self._more():
                return ""

    def _expect(self, wanted: str) -> str:
        found = self._skip_space()
        if not found or found not in wanted:
            raise self._fail(self._syntax())
        self._at += 1
        return found

    def _syntax(self) -> str:
        return "sai cú pháp JSON" if self._at < len(self._text) else "bị cắt cụt (thiếu phần cuối)"

    def _value(self, depth: int) -> Any:
        """One value parsed strictly in C where it starts; ``depth`` containers above it.

        A value cut by the end of the text read so far does not parse, or (a number) parses
        short: the text doubles until it does, so each piece is parsed about twice at most.
        Only at the end of the input is a value that does not parse an error, named by the
        whole-text parser.
        """
        self._skip_space()
        limits = {
            "max_depth": self._max_depth - depth,
            "max_string": self._max_string,
            "source": self._source,
        }
        while True:
            found = decode_at(self._text, self._at, **limits)  # type: ignore[arg-type]
            if found is not None and (found[1] < len(self._text) or self._eof):
                value, self._at = found
                return value
            if self._eof:
                return loads_strict_text(self._text[self._at :], **limits)  # type: ignore[arg-type]
            wanted = 2 * (len(self._text) - self._at) + 1
            while len(self._text) - self._at < wanted and self._more():
                pass

    # --- the object ------------------------------------------------------------------------
    def items(self) -> Iterator[Any]:
        """The elements of the streamed array, one at a time, each parsed strictly."""
        if self._skip_space() != "{":
            raise self._fail("không phải đối tượng JSON")
        self._at += 1
        if self._skip_space() == "}":
            self._at += 1
        else:
            while True:
                name = self._value(1)
                if not isinstance(name, str):
                    raise self._fail(self._syntax())
                if name in self.rest or (name == self._key and self.streamed):
                    raise self._fail(f"có khóa trùng lặp “{name}”")
                self._expect(":")
                if name == self._key and self._skip_space() == "[":
                    self._at += 1
                    self.streamed = True
                    yield from self._elements()
                else:
                    self.rest[name] = self._value(1)
                if self._expect(",}") == "}":
                    break
        if self._skip_space() != "":
            raise self._fail("có dữ liệu thừa sau đối tượng JSON")
        self.finished = True

    def _elements(self) -> Iterator[Any]:
        if self._skip_space() == "]":
            self._at += 1
            return
        while True:
            item = self._value(2)
            self.count += 1
            yield item
            if self._expect(",]") == "]":
                return
