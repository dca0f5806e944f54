"""Official values only: channel tokens in article bodies, and no hand-written contact
value that is not ours (on save, and in `check_content --published`)."""

from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils.translation import override

from contacts.models import Channel, KnownImpostor
from contacts.textscan import contact_values
from faq.models import Article
from faq.official import article_problems
from tests.factories import (
    article_admin_form,
    make_alert,
    make_article,
    make_channel,
    make_guidance,
    make_impostor,
    make_official,
    make_region,
)
from tests.html import elements

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory():
    hk = make_region("hk", name_en="Hong Kong", name_zh_hant="香港")
    hotline = make_channel(region=hk, value="+44 20 7946 0200", slug="hk-hotline")
    email = make_channel(kind=Channel.Kind.EMAIL, value="help@okpay.example", slug="help-mail")
    social = make_channel(kind=Channel.Kind.SOCIAL, value="@OKPaySupport", slug="social")
    make_official(value="okpay.example")
    return {"hk": hk, "hotline": hotline, "email": email, "social": social}


def refused(article):
    """{field name: messages} that full_clean() refuses, {} when it accepts."""
    try:
        article.full_clean()
    except ValidationError as error:
        return error.message_dict
    return {}


# ------------------------------------------------------------------ rendering


def test_a_token_shows_the_channels_current_value_and_its_check_link(directory):
    article = make_article(body_zh_hant="請致電 [[channel:hk-hotline]] 查詢。")
    with override("zh-hant"):
        html = Article.objects.get(pk=article.pk).body_html
        verify = reverse("contacts:verify")
    links = [attrs["href"] for tag, attrs in elements(html) if tag == "a"]
    assert "tel:+442079460200" in links
    assert f"{verify}?q=%2B442079460200" in links
    assert verify.startswith("/zh-hant/")
    assert "+44 20 7946 0200" in html
    assert "真的是我們嗎" in html  # the check link in the page's language
    assert "[[channel:" not in html

    directory["hotline"].value = "+44 20 7946 0300"
    directory["hotline"].save()
    with override("zh-hant"):
        assert "+44 20 7946 0300" in Article.objects.get(pk=article.pk).body_html


@pytest.mark.parametrize("gone", ["deleted", "switched off"])
def test_a_token_for_a_channel_that_is_gone_shows_the_contact_page(directory, gone):
    article = make_article(body_en="Call [[channel:hk-hotline]] now.")
    if gone == "deleted":
        directory["hotline"].delete()
        expected = reverse("contacts:directory")
    else:
        Channel.objects.filter(pk=directory["hotline"].pk).update(is_active=False)
        expected = directory["hk"].get_absolute_url()
    html = Article.objects.get(pk=article.pk).body_html
    assert [attrs["href"] for tag, attrs in elements(html) if tag == "a"] == [expected]
    assert "7946" not in html and "[[channel:" not in html
    with pytest.raises(CommandError, match=r"\[en\] body: \[\[channel:hk-hotline\]\] names no"):
        call_command("check_content", "--published", stdout=StringIO())


# ---------------------------------------------------------------- on saving


@pytest.mark.parametrize(
    ("field", "text", "named"),
    [
        ("body_en", "Call +44 20 7946 0555 today.", "+44 20 7946 0555"),
        ("body_zh_hans", "请致电＋４４ ２０ ７９４６ ０５５５查询。", "+44 20 7946 0555"),
        ("body_zh_hant", "請來電\u3000+44\u200b 20 7946 0555。", "+44 20 7946 0555"),
        ("title_zh_hant", "致電 (202) 555-0177", "(202) 555-0177"),
        ("summary_en", "Write to help@okpay-support.example.", "help@okpay-support.example"),
        ("body_en", "Sign in at https://okpay-login.example/", "https://okpay-login.example/"),
        ("body_en", "Sign in at \u043ekpay.example", "\u043ekpay.example"),
        ("body_zh_hans", "登录 xn--kpay-5ve.example", "xn--kpay-5ve.example"),
        ("body_en", "Follow @OKPay_Help for news.", "@OKPay_Help"),
        ("keywords_en", "hotline 020 7946 0555", "020 7946 0555"),
    ],
)
def test_saving_refuses_an_unofficial_value_and_names_it(directory, field, text, named):
    article = make_article()
    setattr(article, field, text)
    errors = refused(article)
    assert list(errors) == [field]
    assert named in errors[field][0]


@pytest.mark.parametrize(
    "text",
    [
        "Call +44 20 7946 0200 or write to help@okpay.example.",
        "Sign in at https://www.okpay.example/login or help.okpay.example.",
        "Follow @OKPaySupport. Transaction TX24051893KQ7F2M0A, 2024-05-18, HK$8,000.",
        "Send report.pdf and photo.jpg, e.g. from version 2.3.1, between 09:00-18:00.",
        "> Scam warning: +44 20 7946 0999 is not us.",
        "Call [[channel:hk-hotline]] or [[channel:help-mail]].",
    ],
)
def test_saving_accepts_official_values_tokens_and_ordinary_text(directory, text):
    make_impostor(value="+44 20 7946 0999", is_confirmed=True)
    article = make_article(body_en=text)
    assert refused(article) == {}


def test_a_known_impostor_is_refused_outside_a_warning_line(directory):
    make_impostor(kind=KnownImpostor.Kind.PHONE, value="+44 20 7946 0999", is_confirmed=True)
    article = make_article(body_en="Our number: +44 20 7946 0999")
    assert "+44 20 7946 0999" in refused(article)["body_en"][0]


def test_tokens_must_name_an_active_channel_and_stand_in_the_body(directory):
    article = make_article(body_en="Call [[channel:no-such-line]].", title_en="[[channel:social]]")
    errors = refused(article)
    assert "no-such-line" in errors["body_en"][0]
    assert "body only" in errors["title_en"][0]


def test_the_admin_form_refuses_the_save_and_keeps_the_text(client, editor, directory):
    article = make_article(body_en="Before.")
    client.force_login(editor)
    url = reverse("admin:faq_article_change", args=[article.pk])
    data = article_admin_form(article, body_zh_hans="请拨打 ＋４４ ２０ ７９４６ ０５５５")
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "+44 20 7946 0555" in html and "不是我们的官方" not in html  # English admin
    assert "is not one of our official contact values" in html
    assert "＋４４ ２０ ７９４６ ０５５５" in html  # what the editor typed is still there
    article.refresh_from_db()
    assert article.body_zh_hans != data["body_zh_hans"]


def test_line_endings_are_stored_once(client, editor, directory):
    article = make_article(body_en="One.\n\nTwo.")
    client.force_login(editor)
    url = reverse("admin:faq_article_change", args=[article.pk])
    data = article_admin_form(article, summary_en="New summary.")
    data = {
        key: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for key, value in data.items()
    }
    assert client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.body_en == "One.\n\nTwo."
    versions = list(article.history.order_by("history_id"))
    assert versions[-1].body_en == versions[0].body_en


# ------------------------------------------------------------- check_content


def test_check_content_published_reports_article_language_and_value(directory):
    clean = make_article(slug_en="clean", body_en="Call [[channel:hk-hotline]].")
    make_article(
        slug_en="planted",
        body_zh_hant="請致電 ＋４４ ２０ ７９４６ ０５５５",
        body_en="See [the guide](/en/faq/no-such-category/no-such-article/).",
    )
    make_article(slug_en="draft", status=Article.Status.DRAFT, body_en="Call +44 20 7946 0666")
    with pytest.raises(CommandError) as raised:
        call_command("check_content", "--published", stdout=StringIO())
    message = str(raised.value)
    assert "planted [zh-hant] body: “+44 20 7946 0555” is not one of our official" in message
    assert "planted [en] body: The link /en/faq/no-such-category/no-such-article/" in message
    assert "clean" not in message.replace("planted", "")
    assert "0666" not in message  # drafts are not public
    assert article_problems(clean) == []


def test_check_content_published_passes_clean_content(directory):
    other = make_article(slug_en="other")
    make_article(body_en=f"See [this]({other.get_absolute_url()}) or [[channel:social]].")
    out = StringIO()
    call_command("check_content", "--published", stdout=out)
    assert "2 published articles: no problems" in out.getvalue()


def test_values_in_text_are_found_as_a_reader_sees_them():
    found = contact_values(
        "请致电＋４４ ２０ ７９４６ ０２００或发送至help@okpay.example。\n> @fake_okpay"
    )
    assert [(f.kind, f.value, f.line, f.on_warning_line) for f in found] == [
        ("phone", "+44 20 7946 0200", 0, False),
        ("email", "help@okpay.example", 0, False),
        ("handle", "@fake_okpay", 1, True),
    ]


def test_check_content_published_reads_alerts_and_contact_advice(directory):
    make_guidance(body_zh_hans="请拨打 +44 20 7946 0777 联系我们。")
    make_alert(title_en="Call help@okpay-helpdesk.example for refunds")
    with pytest.raises(CommandError) as raised:
        call_command("check_content", "--published", stdout=StringIO())
    message = str(raised.value)
    assert "[zh-hans] body: “+44 20 7946 0777”" in message
    assert "[en] title: “help@okpay-helpdesk.example”" in message


def test_search_snippets_never_show_a_token(client, directory):
    article = make_article(
        title_en="Freeze a wallet", body_en="Freeze it: call [[channel:hk-hotline]] now."
    )
    html = client.get("/en/search/", {"q": "freeze wallet"}).content.decode()
    assert article.get_absolute_url() in html
    assert "[[channel" not in html and "hk-hotline" not in html
