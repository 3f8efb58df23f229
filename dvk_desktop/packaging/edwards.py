"""Edwards25519 point checks that ``cryptography`` does not do: canonical, prime-order keys."""

from __future__ import annotations

_P = 2**255 - 19
_D = (-121665 * pow(121666, _P - 2, _P)) % _P
_L = 2**252 + 27742317777372353535851937790883648493
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)

_Point = tuple[int, int, int, int]  # extended coordinates (X, Y, Z, T)
_IDENTITY: _Point = (0, 1, 1, 0)


def _add(a: _Point, b: _Point) -> _Point:
    # RFC 8032 section 5.1.4; the formula is complete, so it also doubles.
    x1, y1, z1, t1 = a
    x2, y2, z2, t2 = b
    aa = (y1 - x1) * (y2 - x2) % _P
    bb = (y1 + x1) * (y2 + x2) % _P
    cc = 2 * _D * t1 * t2 % _P
    dd = 2 * z1 * z2 % _P
    e, f, g, h = bb - aa, dd - cc, dd + cc, bb + aa
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _multiply(point: _Point, scalar: int) -> _Point:
    result = _IDENTITY
    while scalar:
        if scalar & 1:
            result = _add(result, point)
        point = _add(point, point)
        scalar >>= 1
    return result


def _is_identity(point: _Point) -> bool:
    x, y, z, _ = point
    return x % _P == 0 and (y - z) % _P == 0


def decompress(encoded: bytes) -> _Point | None:
    """Decode a 32-byte point, or return ``None`` if it is off the curve or non-canonical."""
    if len(encoded) != 32:
        return None
    value = int.from_bytes(encoded, "little")
    sign = value >> 255
    y = value & ((1 << 255) - 1)
    if y >= _P:
        return None
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P != 0:
        x = x * _SQRT_M1 % _P
    if (x * x - x2) % _P != 0:
        return None
    if x == 0 and sign:
        return None  # "negative zero" is a second encoding of the same point
    if x & 1 != sign:
        x = _P - x
    return (x, y, 1, x * y % _P)


def is_strong_public_key(encoded: bytes) -> bool:
    """Whether ``encoded`` is a canonical point of prime order ``L`` (not small or mixed order)."""
    point = decompress(encoded)
    if point is None:
        return False
    if _is_identity(_multiply(point, 8)):
        return False  # small order: any signature trick with the torsion subgroup works
    return _is_identity(_multiply(point, _L))
