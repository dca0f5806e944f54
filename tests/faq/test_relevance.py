"""Relevance: customers' own wording finds the right demo article in the top 3.

Queries are written as customers type them (questions, typos, other words for
the same thing), over the real demo content in three languages. At least 90 %
must have the expected article among the first three results; misses are
printed so a change in ranking shows what it broke.
"""

import pytest
from django.utils import timezone

from faq.instant import instant_answer
from faq.search import search_articles

pytestmark = pytest.mark.django_db

TOP = 3
THRESHOLD = 0.9

CASES = [
    # English: questions, word forms, typos, abbreviations and synonyms.
    ("en", "forgot my password", "reset-forgotten-password"),
    ("en", "how do I reset my pasword", "reset-forgotten-password"),
    ("en", "account locked too many attempts", "unlock-locked-account"),
    ("en", "I changed my phone number", "change-sign-in-email-or-phone"),
    ("en", "update my adress", "update-personal-details"),
    ("en", "delete my account", "close-your-account"),
    ("en", "GDPR data request", "download-or-delete-your-data"),
    ("en", "set up 2FA", "turn-on-two-factor-authentication"),
    ("en", "two-step verification", "turn-on-two-factor-authentication"),
    ("en", "lost my phone cant get codes", "lost-phone-two-factor-recovery"),
    ("en", "is this call really from OKPay", "recognise-official-okpay-messages"),
    ("en", "how long does verification take", "verification-levels-and-limits"),
    ("en", "verificaton rejected", "verification-rejected-how-to-fix"),
    ("en", "app keeps crashing", "app-crashes-or-wont-open"),
    ("en", "not getting the SMS code", "not-receiving-sms-or-email-codes"),
    ("en", "top up my wallet", "add-money"),
    ("en", "how to cash out", "how-to-withdraw"),
    ("en", "withdrawing to my bank", "how-to-withdraw"),
    ("en", "withdrawal taking too long", "withdrawal-times-by-region"),
    ("en", "payment pending not recieved", "payment-failed-or-not-received"),
    ("en", "sent money to the wrong person", "sent-to-wrong-recipient"),
    ("en", "where is my transaction number", "find-transaction-id"),
    ("en", "exchange rate fees", "fees-and-exchange-rates"),
    ("en", "raise my daily limit", "limits-and-how-to-raise"),
    ("en", "refund from a shop", "request-a-refund"),
    ("en", "chargeback", "dispute-a-charge"),
    ("en", "someone took money from my account", "unauthorised-transactions"),
    ("en", "report a phishing website", "report-suspicious-activity"),
    # Simplified Chinese: no spaces, colloquial, synonyms.
    ("zh-hans", "忘记密码", "reset-forgotten-password"),
    ("zh-hans", "密码忘了怎么登录", "reset-forgotten-password"),
    ("zh-hans", "账户被锁了", "unlock-locked-account"),
    ("zh-hans", "换了新手机号", "change-sign-in-email-or-phone"),
    ("zh-hans", "怎么注销账号", "close-your-account"),
    ("zh-hans", "开启两步验证", "turn-on-two-factor-authentication"),
    ("zh-hans", "2FA 验证码", "turn-on-two-factor-authentication"),
    ("zh-hans", "手机丢了收不到验证码", "lost-phone-two-factor-recovery"),
    ("zh-hans", "接到自称客服的电话", "recognise-official-okpay-messages"),
    ("zh-hans", "实名认证没通过", "verification-rejected-how-to-fix"),
    ("zh-hans", "app打不开", "app-crashes-or-wont-open"),
    ("zh-hans", "怎么充值", "add-money"),
    ("zh-hans", "怎么提现到银行卡", "how-to-withdraw"),
    ("zh-hans", "提现多久到账", "withdrawal-times-by-region"),
    ("zh-hans", "钱没到账", "payment-failed-or-not-received"),
    ("zh-hans", "转错人了", "sent-to-wrong-recipient"),
    ("zh-hans", "交易单号在哪看", "find-transaction-id"),
    ("zh-hans", "手续费多少", "fees-and-exchange-rates"),
    ("zh-hans", "提高额度", "limits-and-how-to-raise"),
    ("zh-hans", "退款多久能到", "how-long-refunds-take"),
    ("zh-hans", "账户被盗刷了", "unauthorised-transactions"),
    ("zh-hans", "举报可疑交易", "report-suspicious-activity"),
    # Traditional Chinese, in Taiwan and Hong Kong wording.
    ("zh-hant", "忘記密碼", "reset-forgotten-password"),
    ("zh-hant", "帳號被鎖住", "unlock-locked-account"),
    ("zh-hant", "更換手機號碼", "change-sign-in-email-or-phone"),
    ("zh-hant", "改地址", "update-personal-details"),
    ("zh-hant", "刪除個人資料", "download-or-delete-your-data"),
    ("zh-hant", "啟用雙重驗證", "turn-on-two-factor-authentication"),
    ("zh-hant", "手機被偷了怎麼登入", "lost-phone-two-factor-recovery"),
    ("zh-hant", "假客服詐騙", "common-scams"),
    ("zh-hant", "身分驗證要準備什麼", "verification-levels-and-limits"),
    ("zh-hant", "收不到簡訊", "not-receiving-sms-or-email-codes"),
    ("zh-hant", "如何儲值", "add-money"),
    ("zh-hant", "提現要多久", "withdrawal-times-by-region"),
    ("zh-hant", "付款失敗", "payment-failed-or-not-received"),
    ("zh-hant", "匯錯帳戶", "sent-to-wrong-recipient"),
    ("zh-hant", "匯率怎麼算", "fees-and-exchange-rates"),
    ("zh-hant", "申請退款", "request-a-refund"),
    ("zh-hant", "信用卡被盜刷", "unauthorised-transactions"),
    ("zh-hant", "通報可疑活動", "report-suspicious-activity"),
]


# What customers type to reach us or to check who contacted them, and questions
# phrased around the words that matter: (language, query, expected article or
# None, the instant answer: "channels" or "channels:<kind shown first>", a
# verdict "official" / "impostor" (a confirmed scam) / "not-official", or None).
INSTANT_CASES = [
    # Contact intent, three languages; a named kind comes first.
    ("en", "customer service phone number", None, "channels:phone"),
    ("en", "contact support", None, "channels"),
    ("en", "OKPay hotline", None, "channels:phone"),
    ("en", "email support", None, "channels:email"),
    ("en", "live chat with an agent", None, "channels:chat"),
    ("en", "how do I contact customer service", None, "channels"),
    ("en", "talk to a person", None, "channels"),
    ("zh-hans", "OKPay客服电话", None, "channels:phone"),
    ("zh-hans", "人工客服", None, "channels"),
    ("zh-hans", "在线客服", None, "channels:chat"),
    ("zh-hans", "怎么联系客服", None, "channels"),
    ("zh-hans", "客服邮箱", None, "channels:email"),
    ("zh-hans", "转人工", None, "channels"),
    ("zh-hant", "客服電話", None, "channels:phone"),
    ("zh-hant", "線上客服", None, "channels:chat"),
    ("zh-hant", "如何聯絡客服", None, "channels"),
    ("zh-hant", "客服電郵", None, "channels:email"),
    # Pasted official values, however written.
    ("en", "+44 20 7946 0018", None, "official"),
    ("zh-hans", "００４４ ２０ ７９４６ ０１００", None, "official"),
    ("en", "help@okpay.example", None, "official"),
    ("zh-hant", "https://community.okpay.example/tw/", None, "official"),
    ("en", "@OKPaySupport", None, "official"),
    # Known impostors.
    ("en", "+1 202-555-0147", None, "impostor"),
    ("zh-hans", "+44 20 7946 0999", None, "impostor"),
    ("en", "support@okpay-help.example", None, "impostor"),
    ("zh-hant", "@OKPay_Help_Desk", None, "impostor"),
    ("en", "https://okpay-verify.example/login", None, "impostor"),
    # Look-alikes: not ours, not (yet) reported.
    ("en", "help@okpay.example.com", None, "not-official"),
    ("en", "okpay-help.example", None, "not-official"),
    ("zh-hans", "@OKPay_Support", None, "not-official"),
    ("en", "+44 20 7946 0019", None, "not-official"),
    # Question and filler words around the words that matter; not contact questions.
    ("zh-hans", "怎么更改手机号码", "change-sign-in-email-or-phone", None),
    ("en", "change my phone number", "change-sign-in-email-or-phone", None),
    ("zh-hans", "请问如何提现", "how-to-withdraw", None),
    ("zh-hans", "怎样重置密码呢", "reset-forgotten-password", None),
    ("zh-hant", "請問怎麼更改手機號碼", "change-sign-in-email-or-phone", None),
    ("en", "how can I change my email address", "change-sign-in-email-or-phone", None),
    ("en", "can I get a refund", "request-a-refund", None),
    ("zh-hant", "為什麼帳戶被鎖住了", "unlock-locked-account", None),
    ("zh-hans", "可以退款吗", "request-a-refund", None),
    ("en", "is this number really OKPay", "recognise-official-okpay-messages", None),
]


def instant_of(query, language):
    answer = instant_answer(
        query, language=language, region=None, now=timezone.now(), may_verify=lambda: True
    )
    if answer is None:
        return None
    if answer.kind == answer.CHANNELS:
        return answer.cards[0].kind if answer.cards else "channels"
    if answer.result.impostor:
        return "impostor"
    return str(answer.result.verdict)


def instant_matches(found, expected):
    if expected and expected.startswith("channels"):
        wanted_kind = expected.partition(":")[2]
        return (
            found is not None
            and found not in ("official", "impostor", "not-official")
            and (not wanted_kind or found == wanted_kind)
        )
    return found == expected


def top_slugs(query, language):
    return [article.slug_en for article in search_articles(query, language=language)[:TOP]]


def test_relevance_set_is_large_and_covers_three_languages():
    assert len(CASES) >= 60
    for language in ("en", "zh-hans", "zh-hant"):
        assert sum(1 for case in CASES if case[0] == language) >= 18


@pytest.mark.django_db(transaction=True)
def test_expected_article_is_in_the_top_three_for_nine_in_ten_queries(demo):
    misses = []
    questions = [(lang, q, slug) for lang, q, slug, _instant in INSTANT_CASES if slug]
    for language, query, expected in CASES + questions:
        found = top_slugs(query, language)
        if expected not in found:
            misses.append((language, query, expected, found))
    for miss in misses:
        print("MISS", *miss)
    total = len(CASES) + len(questions)
    rate = 1 - len(misses) / total
    print(f"top-{TOP} hit rate: {rate:.1%} ({total - len(misses)}/{total})")
    assert rate >= THRESHOLD, misses


def test_instant_answer_set_is_large_and_covers_three_languages():
    assert len(INSTANT_CASES) >= 30
    for language in ("en", "zh-hans", "zh-hant"):
        assert sum(1 for case in INSTANT_CASES if case[0] == language) >= 8


@pytest.mark.django_db(transaction=True)
def test_instant_answer_is_there_exactly_where_expected(demo):
    wrong = []
    for language, query, _slug, expected in INSTANT_CASES:
        found = instant_of(query, language)
        if not instant_matches(found, expected):
            wrong.append((language, query, expected, found))
    for case in wrong:
        print("WRONG", *case)
    assert wrong == []


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("zh-hans", "怎么更改手机号码"),
        ("zh-hans", "如何更改手机号码"),
        ("zh-hant", "請問怎麼更改手機號碼"),
        ("en", "change my phone number"),
        ("en", "how do I change my phone number"),
    ],
)
def test_question_words_do_not_outrank_the_meaning(demo, language, query):
    assert top_slugs(query, language)[0] == "change-sign-in-email-or-phone"
