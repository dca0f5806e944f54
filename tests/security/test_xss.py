"""Stored and reflected script injection, through every field, on every page that shows it.

Every vector of the corpus (tests/security/xss_vectors.py, 230+) goes through
the Markdown renderer, an article body in all three languages on its public
pages, the customer's description (reflected in the form and stored in the
admin) and all three e-mails. A fixed sample of 30 vectors, one or more of
each family, goes through every other field (staff: article title, summary and
keywords in each language, category, alert, channel, region, advice, official
account note; customer: name, e-mail, reference, suspicious contact,
transaction ID, search, verification, vote comment, staff reply) on the public
pages, the admin and the e-mails: those fields are all escaped by the same
template engine, so the full corpus would only repeat one code path there.

Pages are parsed with an HTML parser (tests/security/checks.py): no foreign
<script>, no event-handler attribute, no javascript:/data:text/html URL, no
template evaluation (the secret key or {% debug %} output never appear).
"""

import uuid

import pytest
from django.urls import reverse

from contacts.models import OfficialAccount
from faq.models import Vote
from feedback import outbox
from feedback.forms import FeedbackForm
from feedback.models import Note, Notification, Reply
from helpdesk.lib.markdown import render_markdown
from tests.factories import (
    make_alert,
    make_article,
    make_category,
    make_channel,
    make_guidance,
    make_official,
    make_region,
    make_submission,
)
from tests.forms import report_data
from tests.html import unsafe_findings
from tests.security.checks import evaluation_findings, page_findings
from tests.security.xss_vectors import IDS, PAYLOADS, SAMPLE, VECTORS

LANGUAGES = ["en", "zh-hans", "zh-hant"]
SAMPLE_IDS = [vector_id for vector_id, _payload in SAMPLE]
SAMPLE_PAYLOADS = [payload for _vector_id, payload in SAMPLE]


def storable(payload):
    """PostgreSQL text cannot hold NUL: the ORM cannot store it (forms refuse it)."""
    return payload.replace("\x00", "")


def assert_clean(response, where):
    html = response.content.decode()
    assert page_findings(html) == [], (where, page_findings(html))


def test_xss_corpus_has_at_least_150_vectors():
    assert len(VECTORS) >= 150
    assert len(set(IDS)) == len(IDS), "vector ids must be unique"
    assert len(set(PAYLOADS)) == len(PAYLOADS), "vectors must differ"
    families = {vector_id.split("-")[0] for vector_id in IDS}
    assert families == {"classic", "svg", "md", "tpl", "url"}
    assert len(SAMPLE) == 30 and {s.split("-")[0] for s in SAMPLE_IDS} == families


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_markdown_renderer_neutralises(payload):
    html = render_markdown(f"Intro\n\n{payload}\n\nOutro")
    assert unsafe_findings(html) == []
    assert evaluation_findings(html) == []


@pytest.mark.django_db
@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_article_body_on_its_page(client, payload):
    payload = storable(payload)
    article = make_article(body_en=payload, body_zh_hans=payload, body_zh_hant=payload)
    languages = LANGUAGES if (payload in SAMPLE_PAYLOADS) else ["en"]
    for language in languages:
        url = article.get_absolute_url().replace("/en/", f"/{language}/", 1)
        response = client.get(url)
        assert response.status_code == 200
        assert_clean(response, url)


@pytest.mark.django_db
@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_customer_description_and_name_reflected_in_the_form(client, payload):
    data = {
        "token": str(uuid.uuid4()),
        "kind": "complaint",
        "topic": "fees",
        "description": f"Evidence follows: {payload}",
        "name": payload[:120],
        "email": "not-mail",  # invalid: the form comes back with the text in it
        "website": "",
    }
    response = client.post("/en/feedback/", data)
    assert response.status_code == 200
    assert_clean(response, "feedback form")


@pytest.mark.django_db
def test_every_vector_stored_as_customer_and_staff_text_in_one_admin_page(client, superuser):
    """All vectors on one change page: the description of each would be one page
    per vector; notes and replies show many texts through the same escaping."""
    submission = make_submission(description=storable(" ".join(PAYLOADS))[:5000])
    for payload in PAYLOADS:
        Note.objects.create(submission=submission, body=storable(payload))
        Reply.objects.create(submission=submission, body=storable(payload))
    client.force_login(superuser)
    url = reverse("admin:feedback_submission_change", args=[submission.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert_clean(response, url)
    # The customer sees the replies on the status page.
    status = client.post(
        "/en/status/", {"reference": submission.reference, "email": submission.email}, follow=True
    )
    assert status.content.decode().count('data-testid="reply"') == len(PAYLOADS)
    assert_clean(status, "status page")


@pytest.mark.django_db
@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_emails_are_plain_text_and_never_evaluate(payload, settings):
    settings.FEEDBACK_SECURITY_ALERT_TO = ["security@example.com"]
    payload = storable(payload)
    submission = make_submission(
        kind="suspicious", name=payload[:120], description=f"Evidence: {payload}"
    )
    reply = Reply.objects.create(submission=submission, body=payload)
    purposes = [
        (Notification.Purpose.CONFIRMATION, None),
        (Notification.Purpose.SECURITY_ALERT, None),
        (Notification.Purpose.REPLY, reply),
    ]
    for purpose, for_reply in purposes:
        notification = Notification.objects.create(
            submission=submission,
            reply=for_reply,
            purpose=purpose,
            recipient="someone@example.com",
            language="en",
        )
        message = outbox.message_build(notification)
        # Plain text only: no mail client renders the customer's text as HTML.
        assert message.content_subtype == "plain"
        assert not getattr(message, "alternatives", [])
        assert evaluation_findings(message.body + message.subject) == []
        assert "\n" not in message.subject and "\r" not in message.subject
    # A reply keeps staff text literally (template syntax stays text).
    assert payload.strip() in outbox.message_build(notification).body


@pytest.mark.parametrize("payload", PAYLOADS, ids=IDS)
def test_a_customer_name_with_markup_never_reaches_an_email(payload):
    # The confirmation greets the customer by name: names carrying markup,
    # template syntax or links are refused at the form.
    form = FeedbackForm(data={"name": payload[:120]})
    form.is_valid()
    if "name" not in form.errors:
        cleaned = form.cleaned_data["name"]
        assert not any(ch in cleaned for ch in "<>{}[]/:@"), cleaned


@pytest.fixture
def staff_content():
    """Builds one object of every staff-written kind, every text field hostile."""

    def build(payload):
        payload = storable(payload)
        region = make_region("hk", name_en=payload[:80], best_time_hint_en=payload)
        category = make_category(
            title_en=payload[:120],
            title_zh_hans=payload[:120],
            title_zh_hant=payload[:120],
            description_en=payload[:300],
        )
        fields = {}
        for code in ("en", "zh_hans", "zh_hant"):
            fields[f"title_{code}"] = f"Hostile {payload}"[:200]
            fields[f"summary_{code}"] = payload[:300]
            fields[f"keywords_{code}"] = payload[:300]
        article = make_article(category=category, **fields)
        alert = make_alert(title_en=payload[:160], body_en=payload[:600])
        article.alerts.add(alert)
        channel = make_channel(
            region,
            value="+1 202-555-0142",
            label_en=payload[:120],
            description_en=payload[:300],
            audience_en=payload[:120],
            languages_en=payload[:120],
            response_time_en=payload[:120],
        )
        make_channel(
            region,
            kind="social",
            value="okpay_help",
            platform=payload[:40],
            profile_url="https://social.example/okpay_help",
            label_en=payload[:120],
        )
        guidance = make_guidance(title_en=payload[:120], body_en=payload, region=region)
        official = make_official(note_en=payload[:200])
        return {
            "region": region,
            "category": category,
            "article": article,
            "alert": alert,
            "channel": channel,
            "guidance": guidance,
            "official": official,
        }

    return build


@pytest.mark.django_db
@pytest.mark.parametrize("payload", SAMPLE_PAYLOADS, ids=SAMPLE_IDS)
def test_staff_fields_on_public_pages(client, staff_content, payload):
    objects = staff_content(payload)
    article, category = objects["article"], objects["category"]
    client.cookies["region"] = "hk"
    urls = []
    for language in LANGUAGES:
        urls += [
            f"/{language}/",
            f"/{language}/faq/",
            category.get_absolute_url().replace("/en/", f"/{language}/", 1),
            article.get_absolute_url().replace("/en/", f"/{language}/", 1),
        ]
    urls += [
        "/en/search/?q=Hostile",
        "/en/contact/",
        "/en/contact/hk/",
        "/en/contact/verify/?q=%2B1+202-555-0142",
        "/en/contact/verify/?q=okpay.example",
        "/en/feedback/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_clean(response, url)


@pytest.mark.django_db
@pytest.mark.parametrize("payload", SAMPLE_PAYLOADS, ids=SAMPLE_IDS)
def test_staff_fields_in_the_admin(client, superuser, staff_content, payload):
    objects = staff_content(payload)
    client.force_login(superuser)
    for name in ("region", "category", "article", "alert", "channel", "guidance", "official"):
        obj = objects[name]
        opts = obj._meta
        views = [("changelist", []), ("change", [obj.pk])]
        if name == "article":  # history pages share one template: one model suffices
            views.append(("history", [obj.pk]))
        for view, args in views:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)
            response = client.get(url)
            assert response.status_code == 200, url
            assert_clean(response, url)
    assert OfficialAccount.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("payload", SAMPLE_PAYLOADS, ids=SAMPLE_IDS)
def test_customer_fields_reflected_on_public_pages(client, payload):
    article = make_article()
    reflected = [
        client.get("/en/search/", {"q": payload}),
        client.get("/en/contact/verify/", {"q": payload}),
        client.get("/en/report/", {"contact": payload, "kind": payload}),
        client.get("/en/search/suggest/", {"q": payload}),
        client.post("/en/status/", {"reference": payload, "email": payload}),
        client.post("/en/status/", {"reference": "FB-2345-6789", "email": payload}),
        client.post(
            "/en/report/",
            report_data(
                client,
                suspicious_contact=payload,
                transaction_id=payload,
                name=payload[:120],
                description=f"It happened like this: {payload}",
                email="broken",
            ),
        ),
        client.post(f"{article.get_absolute_url()}vote/", {"helpful": payload, "comment": payload}),
    ]
    for response in reflected:
        assert response.status_code in {200, 400}, response.request
        assert_clean(response, response.request["PATH_INFO"])


@pytest.mark.django_db
@pytest.mark.parametrize("payload", SAMPLE_PAYLOADS, ids=SAMPLE_IDS)
def test_customer_fields_stored_in_the_admin_and_status_page(client, superuser, payload):
    article = make_article()
    client.post(f"{article.get_absolute_url()}vote/", {"helpful": "no", "comment": payload})
    vote = Vote.objects.get()
    payload = storable(payload)
    report = make_submission(
        kind="suspicious",
        suspicious_contact=payload[:200],
        transaction_id=payload[:64],
        name=payload[:120],
        description=payload,
        email="li@example.com",
    )
    Reply.objects.create(submission=report, body=payload)
    # The customer reads the staff reply on the status page.
    status = client.post(
        "/en/status/", {"reference": report.reference, "email": report.email}, follow=True
    )
    assert 'data-testid="reply"' in status.content.decode()
    assert_clean(status, "status page")
    client.force_login(superuser)
    urls = [
        reverse("admin:feedback_submission_changelist"),
        reverse("admin:feedback_submission_changelist") + "?q=" + payload[:50],
        reverse("admin:feedback_submission_change", args=[report.pk]),
        reverse("admin:feedback_submission_history", args=[report.pk]),
        reverse("admin:feedback_submission_analytics"),
        reverse("admin:faq_vote_changelist"),
        reverse("admin:faq_vote_change", args=[vote.pk]),
        reverse("admin:faq_article_change", args=[article.pk]),
        reverse("admin:feedback_notification_changelist"),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_clean(response, url)
