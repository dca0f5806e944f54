"""Retention reaches inbound mail: the raw messages go, and the text in rows and history."""

import datetime
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils import timezone

from feedback import links, services
from feedback.models import InboundMail, Status
from tests.factories import make_submission
from tests.feedback.inbound_mail import raw_mail, receive

pytestmark = pytest.mark.django_db


def test_anonymising_removes_raw_mails_and_their_history():
    case = make_submission(email="private@example.com", status=Status.WAITING_CUSTOMER)
    to = links.reply_address(case)
    receive(raw_mail(to=to, sender="private@example.com", body="My name is Private Person."))
    receive(raw_mail(to=to, sender="other@example.org", body="Also me.", message_id="<held@x.org>"))
    mails = list(InboundMail.objects.all())
    paths = [Path(django_settings.MEDIA_ROOT) / mail.raw.name for mail in mails]
    assert all(path.exists() for path in paths) and len(paths) == 2
    case.refresh_from_db()
    case.status = Status.CLOSED
    case.closed_at = timezone.now() - datetime.timedelta(days=800)
    case.save()

    assert services.submissions_anonymise(older_than_days=365) == 1

    assert not any(path.exists() for path in paths)
    for mail in InboundMail.objects.all():
        assert (mail.body, mail.sender, mail.subject, mail.raw.name) == ("[removed]", "", "", "")
    for version in InboundMail.history.all():
        assert version.sender == "" and version.subject == "" and version.raw == ""
        assert "Private Person" not in version.body and "Also me" not in version.body
    assert InboundMail.history.count() >= 2
