"""The second journey, by mail, in English and Simplified Chinese: the customer reports in
the browser, an analyst replies in the admin, the reply arrives at a real SMTP server,
the customer answers it from their mail program (quoting it, with a screenshot), the
MTA pipes the answer to `receive_mail`, and staff see it in the admin with the quoted
history gone. The customer's signed link from the mail opens the case, back in progress.
"""

import pytest
from playwright.sync_api import expect

from feedback.models import CustomerMessage, Status, Submission
from helpdesk import roles
from tests.e2e.helpers import IMPOSTOR_NUMBER, admin_login, reply_from_the_case_page, url
from tests.feedback.inbound_mail import answer_to, receive

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

JOURNEYS = {
    "en": {
        "description": "A caller said he was from support and asked for my code.",
        "reply": "Did the caller give a name? Please send a screenshot of the call log.",
        "answer": "He said his name was Tom. The screenshot of the call log is attached.",
        "quote_header": "On {date}, OKPay Help <help@example.com> wrote:",
        "signature": "-- \nMei Chan\nSent from my phone",
    },
    "zh-hans": {
        "description": "有人自称客服打电话给我,要我的验证码。",
        "reply": "来电的人有没有报姓名?请把通话记录的截图发给我们。",
        "answer": "他说他叫小王。通话记录的截图在附件里。",
        "quote_header": "在 2026年12月3日 10:15，OKPay Help <help@example.com> 写道：",
        "signature": "-- \n陈美\n发自我的手机",
    },
}


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_an_answer_by_mail_reaches_the_thread_and_staff_see_it(
    browser, live_server, page, demo, staff_user, smtp_server, settings, language
):
    settings.SITE_URL = live_server.url
    journey = JOURNEYS[language]
    staff_user("analyst", roles.SECURITY_ANALYSTS)
    email = "victim@example.com"
    page.goto(url(language, f"report/?contact={IMPOSTOR_NUMBER}&kind=impostor_call"))
    page.locator("textarea[name=description]").fill(journey["description"])
    page.locator("input[name=email]").fill(email)
    page.locator("form.submission-form button[type=submit]").click()
    reference = page.get_by_test_id("reference").inner_text().strip()

    staff = browser.new_context(base_url=live_server.url, locale="en-GB")
    admin = staff.new_page()
    admin_login(admin, "analyst")
    admin.goto(f"/admin/feedback/submission/?q={reference}")
    admin.get_by_role("link", name=reference).click()
    reply_from_the_case_page(admin, journey["reply"], status=Status.WAITING_CUSTOMER)

    # The reply as it arrived at the mail server, answered from the mail program.
    to_customer = [mail for mail in smtp_server.messages if mail.rcpt_tos == [email]]
    reply = next(mail for mail in to_customer if journey["reply"] in mail.text())
    assert reply.message["In-Reply-To"] == to_customer[0].message["Message-ID"]
    assert receive(answer_to(reply, sender=email, journey=journey)) == 0

    submission = Submission.objects.get(reference=reference)
    message = CustomerMessage.objects.get(submission=submission)
    assert message.body == journey["answer"]
    assert message.attachments.count() == 1

    # Staff find it among the inbound mail, with the quoted history gone.
    admin.goto("/admin/feedback/inboundmail/?state__exact=attached")
    admin.locator("#result_list tbody tr th a").first.click()
    expect(admin.locator("body")).to_contain_text(journey["answer"])
    expect(admin.locator("body")).not_to_contain_text(journey["reply"])
    staff.close()

    # The signed link in the mail opens the case, which is back in progress.
    link = next(line.strip() for line in reply.text().splitlines() if "/status/r/" in line)
    page.goto(link)
    expect(page.get_by_test_id("status")).to_have_attribute("data-status", Status.IN_PROGRESS)
