"""The agents' desk in a browser: an agent takes the next case from the queue, answers
it in Chinese with a canned reply (chosen from the list, previewed, sent) that resolves
it; the customer rates it from the reply mail's link. An agent creates a call code and
the customer confirms it on the verify page (English and Traditional Chinese). axe
checks the new pages."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from feedback.models import Macro, MacroUse, Rating, Status
from helpdesk import roles
from tests.e2e.helpers import (
    admin_login,
    artifacts_dir,
    assert_accessible,
    assert_no_horizontal_overflow,
    url,
)
from tests.factories import make_channel, make_region, make_submission

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

RATING_LINK = re.compile(r"https?://\S+/rate/\?score=4")


def shoot(page, name):
    folder = artifacts_dir() / "desk"
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=folder / f"{name}.png", full_page=True)


@pytest.fixture
def hong_kong():
    region = make_region("hk", name_en="Hong Kong", time_zone="Asia/Hong_Kong")
    phone = make_channel(region=region, value="+852 2111 2222")
    return region, phone


def test_an_agent_takes_the_next_case_answers_in_chinese_with_a_macro_resolves_and_it_is_rated(
    page, staff_user, hong_kong
):
    region, _phone = hong_kong
    agent = staff_user("agent", roles.SUPPORT_AGENTS)
    agent.first_name = "Lin"
    agent.save()
    Macro.objects.create(
        title_en="Refund on its way",
        title_zh_hans="退款处理中",
        body_en="Your refund for {reference} is on its way. {agent_name}",
        body_zh_hans="我们已为案件 {reference} 发起退款，如有疑问请致电 {hotline}。{agent_name}",
        set_status=Status.RESOLVED,
    )
    now = timezone.now()
    make_submission(kind="complaint", response_due_at=now + datetime.timedelta(days=2))
    submission = make_submission(
        kind="complaint",
        language="zh-hans",
        name="李梅",
        region=region,
        description="我转到示例银行的款项还没有到账。",
        response_due_at=now - datetime.timedelta(hours=1),
        resolution_due_at=now + datetime.timedelta(days=2),
    )

    # The queue: the most urgent case first, saying it is overdue; it fits the screen.
    admin_login(page, "agent")
    page.goto("/admin/feedback/submission/")
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("李梅")
    expect(rows.first.get_by_test_id("due")).to_have_attribute("data-state", "breached")
    assert_no_horizontal_overflow(page, "the queue")
    shoot(page, "desk-queue")

    # "Take the next case" gives that one to the agent.
    page.get_by_test_id("take-next").click()
    expect(page.locator(".messagelist .success")).to_contain_text(submission.reference)
    expect(page.get_by_test_id("timeline")).to_contain_text("还没有到账")
    submission.refresh_from_db()
    assert submission.assignee == agent
    shoot(page, "desk-case")

    # The answer: a canned reply in the customer's language, previewed, sent; it resolves.
    page.get_by_test_id("reply-link").click()
    assert_accessible(page, "reply page")
    page.locator("#id_macro").select_option(label="Refund on its way")
    body = page.locator("#id_body")
    expect(body).to_have_value(
        f"我们已为案件 {submission.reference} 发起退款，如有疑问请致电 +852 2111 2222。Lin"
    )
    expect(page.locator("#id_set_status")).to_have_value("resolved")
    page.get_by_test_id("reply-preview-button").click()
    preview = page.get_by_test_id("reply-preview")
    expect(preview).to_contain_text("李梅")
    expect(preview).to_contain_text("我们解决了您的问题吗？")
    assert preview.inner_text().count("李梅") == 1
    assert_accessible(page, "reply preview")
    page.get_by_test_id("reply-send").click()
    page.wait_for_url(f"**/admin/feedback/submission/{submission.pk}/change/")

    submission.refresh_from_db()
    assert submission.status == Status.RESOLVED and submission.first_response_at is not None
    assert MacroUse.objects.filter(reply__submission=submission).count() == 1
    # One mail: the reply, with the rating question.
    [reply_mail] = mail.outbox
    assert f"我们已为案件 {submission.reference} 发起退款" in reply_mail.body
    link = RATING_LINK.search(reply_mail.body).group()

    # The customer opens the mail's "4" link: the page has 4 chosen; nothing is recorded yet.
    customer = page.context.browser.new_context(base_url=page.url.split("/admin/")[0])
    rate = customer.new_page()
    parts = urlsplit(link)
    rate.goto(f"{parts.path}?{parts.query}")
    expect(rate.get_by_test_id("rating").locator("input[value='4']")).to_be_checked()
    assert not Rating.objects.exists()
    assert_accessible(rate, "rating page")
    rate.get_by_label("还有什么想告诉我们的吗？（选填）").fill("退款很快，谢谢。")
    rate.get_by_test_id("rating").locator("button[type=submit]").click()
    expect(rate.locator(".alert-success, .alert")).to_contain_text("感谢您的评分")
    expect(rate.get_by_test_id("rating-given")).to_be_visible()
    rating = Rating.objects.get(submission=submission)
    assert (rating.score, rating.comment) == (4, "退款很快，谢谢。")
    customer.close()


@pytest.mark.parametrize("language", ["en", "zh-hant"])
def test_a_customer_confirms_the_agents_call_code(
    page, browser, live_server, staff_user, hong_kong, language
):
    region, phone = hong_kong
    agent = staff_user("agent", roles.SUPPORT_AGENTS)
    agent.first_name = "Lin"
    agent.save()
    submission = make_submission(language=language, region=region)

    admin_login(page, "agent")
    page.goto(f"/admin/feedback/submission/{submission.pk}/change/")
    page.get_by_test_id("call-code-link").click()
    page.locator("#id_calling_from").select_option(str(phone.pk))
    page.get_by_test_id("call-code-form").locator("input[type=submit]").click()
    code = page.get_by_test_id("call-code").inner_text().strip()
    assert re.fullmatch(r"[2-9A-Z]{4}-[2-9A-Z]{4}", code)
    assert_accessible(page, "call code page")

    customer = browser.new_context(base_url=live_server.url)
    verify = customer.new_page()
    verify.goto(url(language, "contact/verify/"))
    verify.get_by_test_id("call-check-link").click()
    verify.locator("#id_code").fill(code.lower().replace("-", " "))
    verify.locator("form button[type=submit]").last.click()
    result = verify.get_by_test_id("call-result")
    expect(result).to_have_attribute("data-confirmed", "true")
    expect(result).to_contain_text("Lin")
    expect(result).to_contain_text(submission.reference)
    expect(result).to_contain_text("+852 2111 2222")
    assert_accessible(verify, f"call check {language}")

    # The same code again: used, so "not confirmed" like any wrong code.
    verify.locator("#id_code").fill(code)
    verify.locator("form button[type=submit]").last.click()
    expect(verify.get_by_test_id("call-result")).to_have_attribute("data-confirmed", "false")
    customer.close()

    page.goto(f"/admin/feedback/submission/{submission.pk}/call-code/")
    outcomes = page.get_by_test_id("call-code-check").evaluate_all(
        "nodes => nodes.map(node => node.dataset.outcome)"
    )
    assert outcomes == ["confirmed", "used"]
