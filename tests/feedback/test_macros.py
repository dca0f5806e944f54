"""Canned replies: placeholders and HTML refused, filled in in the case's language,
inserted on the reply page (with and without JavaScript), usage counted."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from feedback import macros
from feedback.models import Macro, MacroUse, Reply, Status
from tests.factories import make_channel, make_region, make_submission

pytestmark = pytest.mark.django_db


def make_macro(**fields):
    defaults = {
        "title_en": "Refund on its way",
        "body_en": "Your refund for {reference} is on its way. Call {hotline} if it is not "
        "there in 3 days. {agent_name}",
        "body_zh_hans": "您的退款（{reference}）已在处理中。"
        "如三天内未到账，请致电 {hotline}。{agent_name}",
        "body_zh_hant": "您的退款（{reference}）已在處理中。"
        "如三天內未到帳，請致電 {hotline}。{agent_name}",
    }
    macro = Macro(**{**defaults, **fields})
    macro.full_clean()
    macro.save()
    return macro


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Dear {name}", "placeholder"),
        ("{reference.__class__}", "placeholder"),
        ("{reference!r}", "placeholder"),
        ("{reference:>40}", "placeholder"),
        ("{0}", "placeholder"),
        ("Open {reference", "braces"),
        ("Close } here", "braces"),
        ("<b>Hello</b>", "html"),
        ('<a href="https://evil.example">here</a>', "html"),
        ("<script>alert(1)</script>", "html"),
    ],
)
def test_bad_texts_are_refused_with_a_reason(text, code):
    with pytest.raises(ValidationError) as caught:
        macros.validate_macro_text(text)
    assert caught.value.code == code


@pytest.mark.parametrize(
    "text",
    ["Plain text, 5 < 6 and a & b.", "{customer_name} {reference} {hotline} {agent_name}", "{{x}}"],
)
def test_good_texts_pass(text):
    macros.validate_macro_text(text)


def test_every_language_of_a_macro_is_checked():
    with pytest.raises(ValidationError) as caught:
        make_macro(body_zh_hant="{客户}")
    assert "body_zh_hant" in caught.value.message_dict


def test_a_macro_is_filled_in_in_the_cases_language(agent):
    region = make_region("hk")
    make_channel(value="+1 202-555-0100")  # a global number comes after the region's
    make_channel(region=region, value="+852 2111 2222")
    agent.first_name = "Lin"
    submission = make_submission(language="zh-hant", region=region, name="陳大文")
    text = macros.macro_render(macro=make_macro(), submission=submission, agent=agent)
    assert text == (
        f"您的退款（{submission.reference}）已在處理中。如三天內未到帳，請致電 +852 2111 2222。Lin"
    )


def test_an_empty_language_falls_back_to_english(agent):
    macro = make_macro(body_zh_hans="")
    submission = make_submission(language="zh-hans")
    text = macros.macro_render(macro=macro, submission=submission, agent=agent)
    assert text.startswith(f"Your refund for {submission.reference}")


def test_customer_name_placeholder_has_a_fallback(agent):
    macro = make_macro(body_en="Thanks {customer_name}.")
    assert macros.macro_render(macro=macro, submission=make_submission(name=""), agent=agent) == (
        "Thanks customer."
    )


def reply_url(submission):
    return reverse("admin:feedback_submission_reply", args=[submission.pk])


def test_insert_fills_the_reply_box_without_javascript(client, agent):
    macro = make_macro(set_status=Status.RESOLVED)
    submission = make_submission(language="zh-hans")
    client.force_login(agent)
    response = client.post(reply_url(submission), {"macro": macro.pk, "action": "insert"})
    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial["body"].startswith(f"您的退款（{submission.reference}）")
    assert form.initial["set_status"] == Status.RESOLVED
    assert Reply.objects.count() == 0  # inserting sends nothing


def test_the_page_carries_every_macro_filled_in_for_the_script(client, agent):
    macro = make_macro()
    submission = make_submission(language="zh-hant")
    client.force_login(agent)
    response = client.get(reply_url(submission))
    assert response.context["macro_texts"][str(macro.pk)]["body"].startswith("您的退款")
    assert 'id="macro-texts"' in response.content.decode()


def test_sending_with_a_macro_counts_its_use_and_changes_the_status(
    client, agent, django_capture_on_commit_callbacks
):
    macro = make_macro(set_status=Status.WAITING_CUSTOMER)
    submission = make_submission()
    client.force_login(agent)
    data = {
        "macro": macro.pk,
        "body": "Your refund is on its way.",
        "set_status": "waiting_customer",
    }
    preview = client.post(reply_url(submission), {**data, "action": "preview"})
    token = preview.context["form"]["previewed"].value()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reply_url(submission), {**data, "previewed": token, "action": "send"}
        )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Status.WAITING_CUSTOMER
    assert MacroUse.objects.get().macro == macro
    assert len(mail.outbox) == 1
    changelist = client.get(reverse("admin:feedback_macro_changelist"))
    assert changelist.context["cl"].result_list[0].used == 1


def test_an_inactive_macro_cannot_be_used(client, agent):
    macro = make_macro(is_active=False)
    client.force_login(agent)
    response = client.post(reply_url(make_submission()), {"macro": macro.pk, "action": "insert"})
    assert "macro" in response.context["form"].errors


@pytest.mark.parametrize(
    ("body_zh_hant", "reason"),
    [
        ("<b>您好</b>", "HTML"),
        ("親愛的 {name}", "{name}"),
    ],
)
def test_the_macro_admin_refuses_html_and_unknown_placeholders(client, agent, body_zh_hant, reason):
    """In any language's tab: the form comes back with the reason, nothing is saved."""
    client.force_login(agent)
    response = client.post(
        reverse("admin:feedback_macro_add"),
        {
            "title_en": "Greeting",
            "body_en": "Thank you, {customer_name}.",
            "body_zh_hant": body_zh_hant,
            "set_status": "",
            "is_active": "on",
            "order": "100",
        },
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "body_zh_hant" in errors and reason in str(errors["body_zh_hant"])
    assert not Macro.objects.exists()
