"""The test SMTP server receives what Django's SMTP backend sends, byte for byte."""

from django.core.mail import EmailMultiAlternatives


def test_mail_sent_through_django_arrives_with_its_headers_and_parts(smtp_server):
    message = EmailMultiAlternatives(
        subject="Reply about FB-7KQ9-M2XT",
        body="Hello,\n\nplain part\n",
        from_email="OKPay Help <help@example.com>",
        to=["ana@example.com"],
        reply_to=["reply+fb7kq9m2xt-0123@help.example.com"],
        headers={"References": "<a@help.example.com>"},
    )
    message.attach_alternative("<p>html part</p>", "text/html")
    message.send()

    (received,) = smtp_server.messages
    assert received.rcpt_tos == ["ana@example.com"]
    assert received.message["Reply-To"] == "reply+fb7kq9m2xt-0123@help.example.com"
    assert received.message["References"] == "<a@help.example.com>"
    assert received.message["Message-ID"]
    assert "plain part" in received.text()
    assert "<p>html part</p>" in received.html()
