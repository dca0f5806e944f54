"""Screenshot-style pictures drawn with Pillow: a phone screen with the app's buttons.

The demo articles show these instead of real screenshots (no third-party
images); `phone_screen` draws one with the button a step is about highlighted.
"""

import io

from PIL import Image, ImageDraw, ImageFont

BRAND = (22, 94, 200)
INK = (33, 37, 41)
PAPER = (246, 248, 251)
HIGHLIGHT = (255, 176, 0)


def _font(size):
    return ImageFont.load_default(size=size)


def phone_screen(
    title: str,
    buttons: list[str],
    highlight: int | None = None,
    balance: str | None = "HK$ 1,280.00",
) -> bytes:
    """A PNG of a phone (720 x 1280) showing `title` and a column of `buttons`;
    the button at index `highlight` is ringed, as a "tap here" screenshot would be.
    Screens shown before signing in pass `balance=None` (no balance card)."""
    image = Image.new("RGB", (720, 1280), (40, 44, 52))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((30, 30, 690, 1250), radius=60, fill=PAPER)
    draw.rectangle((30, 90, 690, 210), fill=BRAND)
    draw.text((70, 40), "9:41", font=_font(28), fill=INK)
    draw.text((70, 125), "OKPay", font=_font(48), fill="white")
    draw.text((70, 250), title, font=_font(40), fill=INK)
    top = 340
    if balance is not None:
        card = (70, 320, 650, 470)
        draw.rounded_rectangle(card, radius=24, fill="white", outline=(210, 214, 220))
        draw.text((100, 350), "Balance", font=_font(28), fill=(110, 117, 125))
        draw.text((100, 395), balance, font=_font(44), fill=INK)
        top = 520
    for index, label in enumerate(buttons):
        box = (70, top, 650, top + 110)
        draw.rounded_rectangle(
            box, radius=55, fill=BRAND if index == 0 else "white", outline=BRAND, width=4
        )
        colour = "white" if index == 0 else BRAND
        draw.text((360, top + 55), label, font=_font(36), fill=colour, anchor="mm")
        if index == highlight:
            draw.rounded_rectangle(
                (box[0] - 14, box[1] - 14, box[2] + 14, box[3] + 14),
                radius=68,
                outline=HIGHLIGHT,
                width=10,
            )
        top += 150
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
