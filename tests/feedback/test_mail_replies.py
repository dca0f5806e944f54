"""The whole loop by mail: the customer submits, staff reply in the admin, the reply
arrives at a real SMTP server, the customer answers it from their mail program
(quoting it), `receive_mail` takes the answer, and staff see it with the history gone.

The case page and its thread view come with the web replies; here staff check the
answer where it lands today (the inbound mail admin and the customer message)."""

import pytest
from django.urls import reverse

from feedback.models import CustomerMessage, InboundMail, Status, Submission
from tests.factories import reply_with_preview
from tests.feedback.inbound_mail import answer_to, receive
from tests.forms import feedback_data

pytestmark = pytest.mark.django_db

JOURNEYS = {
    "en": {
        "reply": "Please send us a screenshot of the error.",
        "answer": "Here is the screenshot. The error appears after I tap Withdraw.",
        "quote_header": "On {date}, OKPay Help <help@example.com> wrote:",
        "signature": "-- \nMei Chan\nSent from my phone",
    },
    "zh-hans": {
        "reply": "请把错误画面的截图发给我们。",
        "answer": "截图在附件里。点击提现后就出现这个错误。",
        "quote_header": "在 2026年12月3日 10:15，OKPay Help <help@example.com> 写道：",
        "signature": "-- \n陈美\n发自我的手机",
    },
}


def sent_to(smtp_server, address):
    return [mail for mail in smtp_server.messages if address in mail.rcpt_tos]


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_an_answer_by_mail_lands_on_the_thread_without_the_quoted_history(
    language, client, agent, smtp_server, django_capture_on_commit_callbacks
):
    journey = JOURNEYS[language]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/{language}/feedback/",
            feedback_data(client, language, email="mei@example.com"),
        )
    submission = Submission.objects.get()
    # The customer's mail (the agent is also told of the new complaint).
    (confirmation,) = sent_to(smtp_server, "mei@example.com")
    assert [m.rcpt_tos for m in sent_to(smtp_server, agent.email)] == [[agent.email]]

    # Staff reply in the admin and wait for the customer.
    client.force_login(agent)
    with django_capture_on_commit_callbacks(execute=True):
        sent = reply_with_preview(
            client, submission, journey["reply"], set_status=Status.WAITING_CUSTOMER
        )
    assert sent.status_code == 302
    _confirmation, reply = sent_to(smtp_server, "mei@example.com")
    assert journey["reply"] in reply.text()
    assert reply.message["In-Reply-To"] == confirmation.message["Message-ID"]

    # The customer answers that very mail from their mail program.
    raw = answer_to(reply, sender="mei@example.com", journey=journey)
    with django_capture_on_commit_callbacks(execute=True):
        assert receive(raw) == 0

    message = CustomerMessage.objects.get()
    assert message.submission == submission and message.source == "email"
    assert message.body == journey["answer"]  # no quoted reply, no signature
    assert message.attachments.get().content_type == "image/png"
    submission.refresh_from_db()
    assert submission.status == Status.IN_PROGRESS
    mail = InboundMail.objects.get()
    assert (mail.state, mail.customer_message) == ("attached", message)

    # Staff are told, and see the answer in the admin.
    told = smtp_server.messages[-1]
    assert told.rcpt_tos == [agent.email]
    assert submission.reference in told.message["Subject"]
    assert told.message["Reply-To"] is None
    page = client.get(reverse("admin:feedback_inboundmail_change", args=[mail.pk]))
    assert page.status_code == 200
    content = page.content.decode()
    assert journey["answer"] in content and journey["reply"] not in content
    listing = client.get(reverse("admin:feedback_inboundmail_changelist"), {"state": "attached"})
    assert submission.reference in listing.content.decode()
