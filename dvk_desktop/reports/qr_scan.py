"""Reading QR codes back from a scanned or photographed page (zxing-cpp on a Pillow image)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from dvk_desktop.errors import ValidationError
from dvk_desktop.messages import _t

IMAGE_HINT = _t(
    "Hãy quét trang thành ảnh PNG, JPG hoặc TIFF (từ 100 dpi trở lên), giữ trang phẳng."
)


def read_qr_codes(path: Path) -> list[str]:
    """The texts of every QR code found in the image (each page of a multi-page TIFF).

    Raises ValidationError, in Vietnamese, when the file is not an image it can read; an
    image without a readable code gives an empty list.
    """
    import zxingcpp  # imported here: only this check needs it

    if path.suffix.lower() == ".pdf":
        raise ValidationError(
            _t(
                "Tệp “{name}” là PDF, chưa đọc được mã QR trong PDF.",
                name=path.name,
            ),
            hint=IMAGE_HINT,
        )
    try:
        image = Image.open(path)
    except FileNotFoundError:
        raise ValidationError(_t("Không tìm thấy tệp “{path}”.", path=path)) from None
    except (UnidentifiedImageError, OSError) as exc:
        raise ValidationError(
            _t("Tệp “{name}” không phải là ảnh đọc được.", name=path.name), hint=IMAGE_HINT
        ) from exc
    only_qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    found: list[str] = []
    with image:
        for frame in range(getattr(image, "n_frames", 1)):
            image.seek(frame)
            # Grey levels, upright as the camera or scanner recorded it.
            page = ImageOps.exif_transpose(image).convert("L")
            for code in zxingcpp.read_barcodes(page, formats=only_qr):
                if code.valid and code.text not in found:
                    found.append(code.text)
    return found
