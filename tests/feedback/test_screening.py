"""Secret detection: what must be caught, and honest text that must pass."""

import pytest

from helpdesk.lib.screening import Secret, find_secrets
from tests.forms import feedback_data, report_data

pytestmark = pytest.mark.django_db

SECRETS = [
    ("My card is 4111 1111 1111 1111, please check", Secret.CARD),
    ("card 5555-5555-5555-4444 was charged", Secret.CARD),
    ("卡号6212262201234567899", None),  # fails Luhn: not a card number
    ("卡号 6222 0212 3456 7894 被盗刷", Secret.CARD),
    ("amex 378282246310005", Secret.CARD),
    ("The verification code is 482913", Secret.CODE),
    ("they asked for my OTP: 123456", Secret.CODE),
    ("验证码 482913 是他们让我念的", Secret.CODE),
    ("驗證碼是 4829", Secret.CODE),
    ("I told him my code 5521 over the phone", Secret.CODE),
    ("password: hunter2", Secret.PASSWORD),
    ("my password is Okpay2024!", Secret.PASSWORD),
    ("Password=correcthorse", Secret.PASSWORD),
    ("密码是abc12345", Secret.PASSWORD),
    ("我的密碼：qwerty88", Secret.PASSWORD),
    (
        "my recovery phrase is: abandon ability able about above absent absorb abstract "
        "absurd abuse access accident",
        Secret.PHRASE,
    ),
    (
        "助记词 legal winner thank year wave sausage worth useful legal winner thank yellow",
        Secret.PHRASE,
    ),
    ("private key 0x" + "ab12" * 16, Secret.PHRASE),
]

HONEST = [
    "Transaction TX20260412-0042 of 1,250.00 HKD is still pending",
    "交易编号 2026041200012345 一直显示处理中",
    "transaction id 4111111111111111 failed",  # labelled as a transaction
    "I forgot my password and the reset e-mail never arrived",
    "my password is wrong according to the app",
    "密码错了好几次,账户被锁",
    "The app shows error code 1001 when I log in",
    "The postal code 10001 is rejected in my address",
    "They called from +1 202-555-0147 at 10:32 on 12 March",
    "Call me on +86 138 0013 8000",
    "I paid 4,999.99 USD on 2026-03-12 at 14:05",
    "The code did not arrive by SMS",
    "tx hash 0x" + "ab12" * 16,
    "I never received the verification code",
    "the amount 100000 was debited twice",
]


@pytest.mark.parametrize(("text", "expected"), SECRETS)
def test_secrets_are_found(text, expected):
    found = find_secrets(text)
    if expected is None:
        assert found == []
    else:
        assert expected in found


@pytest.mark.parametrize("text", HONEST)
def test_honest_text_passes(text):
    assert find_secrets(text) == []


@pytest.mark.parametrize(
    ("path", "builder", "language", "phrase"),
    [
        ("feedback", feedback_data, "en", "Please remove a password"),
        ("report", report_data, "zh-hans", "请从描述中删除密码"),
        ("report", report_data, "zh-hant", "請從描述中刪除密碼"),
    ],
)
def test_forms_ask_to_remove_secrets_and_store_nothing(client, path, builder, language, phrase):
    from feedback.models import Submission

    data = builder(client, language, description="He asked for it and I said password: hunter2 ok")
    response = client.post(f"/{language}/{path}/", data)
    assert response.status_code == 200
    assert phrase in response.content.decode()
    assert Submission.objects.count() == 0
