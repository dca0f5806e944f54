"""Customer and staff journeys through the real pages, in English and Simplified Chinese.

Pages are found by the data-testid hooks and by form field names, not by wording,
so each journey runs unchanged in both languages.
"""

import datetime
import io
import re

import pytest
from django.core import mail
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from contacts.models import Channel, Closure
from faq.models import Article, Vote
from feedback.models import Status, Submission
from helpdesk import roles
from tests.e2e.helpers import (
    DEMO_ARTICLE,
    DEMO_REGION,
    HTML_LANG,
    IMPOSTOR_NUMBER,
    LOCALES,
    admin_login,
    assert_accessible,
    reply_from_the_case_page,
    url,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

JOURNEY_LANGUAGES = ["en", "zh-hans"]
SEARCH_WORD = {"en": "password", "zh-hans": "密码"}


def png_file(name="screenshot.png"):
    out = io.BytesIO()
    Image.new("RGB", (120, 80), (220, 40, 40)).save(out, format="PNG")
    return {"name": name, "mimeType": "image/png", "buffer": out.getvalue()}


@pytest.mark.parametrize(("language", "browser_language"), [("en", "zh-hans"), ("zh-hans", "en")])
def test_land_switch_language_search_read_and_vote(page, demo, language, browser_language):
    # The browser asks for the other language first; the visitor switches.
    page.goto("/")
    expect(page).to_have_url(re.compile(f"/{browser_language}/$"))
    page.locator(f".language-switcher a[lang='{HTML_LANG[language]}']").click()
    expect(page).to_have_url(re.compile(f"/{language}/$"))
    expect(page.locator("html")).to_have_attribute("lang", HTML_LANG[language])

    page.locator("#search-q-hero").fill(SEARCH_WORD[language])
    page.locator("#search-q-hero").press("Enter")
    results = page.get_by_test_id("search-result")
    expect(results.first).to_be_visible()
    first = results.first.get_by_role("link")
    title = first.inner_text()
    first.click()
    expect(page).to_have_url(re.compile(f"/{language}/faq/[^/]+/[^/]+/$"))
    expect(page.get_by_test_id("article-title")).to_have_text(title)

    comment = {"en": "The reset link had expired.", "zh-hans": "重置链接已经过期了。"}[language]
    page.locator("#helpful textarea").fill(comment)
    page.locator("#helpful button[name=helpful][value=no]").click()
    expect(page.locator(".messages .alert")).to_be_visible()
    assert_accessible(page, "article after a vote")
    article = Article.objects.get(**{f"title_{language.replace('-', '_')}": title})
    vote = Vote.objects.get(article=article)
    assert (vote.helpful, vote.comment, vote.language) == (False, comment, language)


@pytest.mark.parametrize("language", JOURNEY_LANGUAGES)
def test_pick_a_region_and_see_what_is_open(page, demo, language):
    hotline = Channel.objects.get(region__code=DEMO_REGION, kind="phone")
    always_open = Channel.objects.filter(region__code=DEMO_REGION, always_open=True).first()
    assert always_open is not None, "the demo region needs a channel open around the clock"
    today = timezone.now().date()
    Closure.objects.create(
        channel=hotline,
        starts_on=today - datetime.timedelta(days=1),
        ends_on=today + datetime.timedelta(days=1),
        reason="Staff training",
    )

    page.goto(url(language, "contact/"))
    page.locator("select[name=region]").select_option(DEMO_REGION)
    page.locator(".region-picker button[type=submit]").click()
    expect(page).to_have_url(re.compile(f"/{language}/contact/{DEMO_REGION}/$"))

    channels = page.get_by_test_id("channel")
    expect(channels.first).to_be_visible()
    hotline_card = page.locator(f"[data-testid=channel][aria-labelledby='channel-{hotline.pk}']")
    open_card = page.locator(f"[data-testid=channel][aria-labelledby='channel-{always_open.pk}']")
    expect(hotline_card).to_have_attribute("data-open", "false")
    expect(open_card).to_have_attribute("data-open", "true")
    # Each card says it in words too, not only in the attribute.
    for card in channels.all():
        badge = card.locator(".open-badge")
        if card.get_attribute("data-open") == "true":
            expect(badge).to_have_class(re.compile("text-bg-success"))
        else:
            expect(badge).to_have_class(re.compile("text-bg-secondary"))
    # The choice is remembered: the directory now shows the region's channels.
    page.goto(url(language, "contact/"))
    expect(page.locator("select[name=region]")).to_have_value(DEMO_REGION)


@pytest.mark.parametrize("language", JOURNEY_LANGUAGES)
def test_impostor_number_leads_to_a_prefilled_report(page, demo, language):
    page.goto(url(language, "contact/verify/"))
    page.locator("form.verify-form input[name=q]").fill(IMPOSTOR_NUMBER)
    page.locator("form.verify-form button[type=submit]").click()
    result = page.get_by_test_id("verify-result")
    expect(result).to_have_attribute("data-verdict", "not-official")

    page.get_by_test_id("report-link").click()
    expect(page).to_have_url(re.compile(f"/{language}/report/\\?"))
    expect(page.locator("input[name=suspicious_contact]")).to_have_value(IMPOSTOR_NUMBER)
    expect(page.locator("input[name=incident][value=impostor_call]")).to_be_checked()


def send_feedback(page, language, *, email, description, attach=True):
    page.goto(url(language, "feedback/"))
    page.locator("input[name=kind][value=complaint]").check()
    page.locator("select[name=topic]").select_option("withdrawal")
    page.locator("textarea[name=description]").fill(description)
    if attach:
        page.locator("input[name=attachments]").set_input_files(png_file())
    page.locator("input[name=email]").fill(email)
    page.locator("form.submission-form button[type=submit]").click()
    reference = page.get_by_test_id("reference")
    expect(reference).to_be_visible()
    return reference.inner_text().strip()


def look_up_status(page, language, *, reference, email):
    page.goto(url(language, "status/"))
    page.locator("input[name=reference]").fill(reference)
    page.locator("input[name=email]").fill(email)
    page.locator("form.status-form button[type=submit]").click()
    status = page.get_by_test_id("status")
    expect(status).to_be_visible()
    return status


@pytest.mark.parametrize("language", JOURNEY_LANGUAGES)
def test_send_feedback_with_an_attachment_then_check_its_status(page, demo, language):
    email = f"customer-{language}@example.com"
    description = {
        "en": "My withdrawal to Example Bank has been pending for three days.",
        "zh-hans": "我提现到 Example Bank 已经三天了还没到账。",
    }[language]
    reference = send_feedback(page, language, email=email, description=description)
    assert re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{4}-[A-Z0-9]{4}", reference), reference
    assert_accessible(page, "confirmation page")

    submission = Submission.objects.get(reference=reference)
    assert (submission.kind, submission.language, submission.email) == (
        "complaint",
        language,
        email,
    )
    assert submission.attachments.count() == 1
    assert any(reference in message.subject for message in mail.outbox)

    status = look_up_status(page, language, reference=reference, email=email)
    expect(status).to_have_attribute("data-status", Status.RECEIVED)
    expect(status).to_contain_text(reference)
    assert_accessible(page, "status page with a result")


@pytest.mark.parametrize("language", JOURNEY_LANGUAGES)
def test_editor_changes_a_chinese_title_and_the_public_page_shows_it(
    browser, live_server, page, demo, staff_user, language
):
    staff_user("editor", roles.CONTENT_EDITORS)
    article = Article.objects.get(slug_en=DEMO_ARTICLE.rstrip("/").rsplit("/", 1)[-1])
    public = url("zh-hans", DEMO_ARTICLE)
    # A visitor reads the page first, so it sits in the page cache.
    visitor = browser.new_context(base_url=live_server.url, locale=LOCALES["zh-hans"])
    reader = visitor.new_page()
    reader.goto(public)
    expect(reader.get_by_test_id("article-title")).to_have_text(article.title_zh_hans)

    # The admin speaks the staff member's browser language.
    admin_login(page, "editor")
    expect(page.locator("html")).to_have_attribute("lang", re.compile(f"^{language[:2]}"))
    page.goto(f"/admin/faq/article/{article.pk}/change/")
    new_title = f"{article.title_zh_hans}(已更新)"
    page.locator("a[href='#tab_id_title_zh_hans']").click()
    title_field = page.locator("#id_title_zh_hans")
    expect(title_field).to_be_visible()
    title_field.fill(new_title)
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    reader.goto(public)
    expect(reader.get_by_test_id("article-title")).to_have_text(new_title)
    # Other languages are untouched.
    reader.goto(url("en", DEMO_ARTICLE))
    expect(reader.get_by_test_id("article-title")).to_have_text(article.title_en)
    visitor.close()


@pytest.mark.parametrize("language", JOURNEY_LANGUAGES)
def test_analyst_replies_to_a_report_and_the_customer_reads_it(
    browser, live_server, page, demo, staff_user, language
):
    staff_user("analyst", roles.SECURITY_ANALYSTS)
    email = "victim@example.com"
    page.goto(url(language, f"report/?contact={IMPOSTOR_NUMBER}&kind=impostor_call"))
    page.locator("textarea[name=description]").fill(
        {
            "en": "A caller said he was from support and asked for my code.",
            "zh-hans": "有人自称客服打电话给我,要我的验证码。",
        }[language]
    )
    page.locator("input[name=email]").fill(email)
    page.locator("form.submission-form button[type=submit]").click()
    reference = page.get_by_test_id("reference").inner_text().strip()

    staff = browser.new_context(base_url=live_server.url, locale="en-GB")
    admin = staff.new_page()
    admin_login(admin, "analyst")
    admin.goto(f"/admin/feedback/submission/?q={reference}")
    admin.get_by_role("link", name=reference).click()
    reply = "We have blocked that number. Thank you for telling us."
    reply_from_the_case_page(admin, reply, status=Status.RESOLVED)
    staff.close()

    status = look_up_status(page, language, reference=reference, email=email)
    expect(status).to_have_attribute("data-status", Status.RESOLVED)
    expect(page.get_by_test_id("reply")).to_contain_text(reply)
    assert any(reply in message.body for message in mail.outbox)
