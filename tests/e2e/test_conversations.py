"""A conversation end to end, in English and Simplified Chinese: a customer sends feedback,
staff reply in the admin, the reply arrives at a real SMTP server, the customer opens
the case from that mail, answers with a screenshot, and staff see it and resolve.

The live server runs in this process, so the `smtp_server` fixture's settings apply to
the mail the admin's reply sends (tasks run at once, see tests/e2e/conftest.py).
"""

import io
import re
from urllib.parse import urlsplit

import pytest
from PIL import Image
from playwright.sync_api import expect

from feedback import links
from feedback.models import Status, Submission
from helpdesk import roles
from tests.e2e.helpers import (
    admin_login,
    artifacts_dir,
    assert_accessible,
    reply_from_the_case_page,
    url,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CASE_LINK = re.compile(r"https?://[^\s<>\"]+/status/r/[^\s<>\"/]+/")
TEXT = {
    "en": {
        "description": "The app says my transfer failed, but the money left my balance.",
        "reply": "Please send us a screenshot of the error message.",
        "answer": "Here is the screenshot of the error, taken just now.",
    },
    "zh-hans": {
        "description": "应用显示转账失败,但余额里的钱已经被扣了。",
        "reply": "请把错误提示的截图发给我们。",
        "answer": "这是刚才截的错误画面。",
    },
}


def png_file(name="error.png"):
    out = io.BytesIO()
    Image.new("RGB", (160, 90), (30, 90, 200)).save(out, format="PNG")
    return {"name": name, "mimeType": "image/png", "buffer": out.getvalue()}


def case_path_from_mail(mail, submission):
    """The case link the reply mail carries: the signed link of this very case."""
    found = CASE_LINK.search(mail.text())
    assert found, mail.text()
    path = urlsplit(found.group()).path
    assert links.submission_for_token(path.rstrip("/").rsplit("/", 1)[-1]) == submission
    return path


def shoot(page, name):
    folder = artifacts_dir() / "conversations"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=folder / f"{name}.png", full_page=True)


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_customer_and_staff_reach_a_resolution(
    browser, live_server, page, staff_user, smtp_server, language
):
    staff_user("agent", roles.SUPPORT_AGENTS)
    text = TEXT[language]
    email = f"mei-{language}@example.com"

    # The customer sends feedback on the site.
    page.goto(url(language, "feedback/"))
    page.locator("input[name=kind][value=complaint]").check()
    page.locator("select[name=topic]").select_option("payment")
    page.locator("textarea[name=description]").fill(text["description"])
    page.locator("input[name=email]").fill(email)
    page.locator("form.submission-form button[type=submit]").click()
    reference = page.get_by_test_id("reference").inner_text().strip()
    submission = Submission.objects.get(reference=reference)

    # A member of staff replies in the admin and asks for a screenshot.
    staff = browser.new_context(base_url=live_server.url, locale="en-GB")
    admin = staff.new_page()
    admin_login(admin, "agent")
    admin.goto(f"/admin/feedback/submission/{submission.pk}/change/")
    reply_from_the_case_page(admin, text["reply"], status=Status.WAITING_CUSTOMER)

    # The reply arrives at the SMTP server, addressed to the customer.
    replies = [
        mail
        for mail in smtp_server.messages
        if email in mail.rcpt_tos and text["reply"] in mail.text()
    ]
    assert len(replies) == 1, [m.message["Subject"] for m in smtp_server.messages]
    assert reference in replies[0].message["Subject"]

    # The customer opens the case from the mail and answers with a screenshot.
    page.goto(case_path_from_mail(replies[0], submission))
    expect(page.locator("html")).to_have_attribute("lang", re.compile(language[:2]))
    expect(page.get_by_test_id("status")).to_have_attribute("data-status", Status.WAITING_CUSTOMER)
    messages = page.get_by_test_id("thread-message")
    expect(messages).to_have_count(2)
    expect(messages.nth(1)).to_have_attribute("data-author", "staff")
    expect(messages.nth(1)).to_contain_text(text["reply"])
    assert_accessible(page, "case page")
    shoot(page, f"case-{language}-before")
    form = page.get_by_test_id("reply-form")
    form.locator("textarea[name=body]").fill(text["answer"])
    form.locator("input[name=attachments]").set_input_files(png_file())
    form.locator("button[type=submit]").click()
    expect(page.locator(".alert-success")).to_be_visible()
    expect(messages).to_have_count(3)
    expect(messages.nth(2)).to_have_attribute("data-author", "customer")
    expect(messages.nth(2)).to_contain_text(text["answer"])
    expect(messages.nth(2).get_by_test_id("thread-file")).to_contain_text(f"{reference}-1.png")
    expect(page.get_by_test_id("status")).to_have_attribute("data-status", Status.IN_PROGRESS)
    assert_accessible(page, "case page after answering")
    shoot(page, f"case-{language}-answered")

    # Staff see the answer and its file, download the file, and resolve.
    admin.goto(f"/admin/feedback/submission/{submission.pk}/change/")
    answers = admin.get_by_test_id("timeline")
    expect(answers).to_contain_text(text["answer"])
    file_link = answers.get_by_role("link", name=f"{reference}-1.png")
    with admin.expect_download() as download:
        file_link.click()
    assert download.value.suggested_filename == f"{reference}-1.png"
    shoot(admin, f"admin-{language}")
    admin.locator("select[name=status]").select_option(Status.RESOLVED)
    admin.locator("input[name=_save]").click()
    expect(admin.locator(".messagelist .success")).to_be_visible()
    staff.close()

    submission.refresh_from_db()
    assert submission.status == Status.RESOLVED and submission.messages.count() == 1
    page.reload()
    expect(page.get_by_test_id("status")).to_have_attribute("data-status", Status.RESOLVED)
    # Resolved a moment ago: the customer may still answer and reopen it.
    expect(page.get_by_test_id("reply-form")).to_be_visible()
    shoot(page, f"case-{language}-resolved")
