"""Live chat in two browsers at once, a customer and an agent, in English and Simplified
Chinese: question, suggested articles, queue, accept, messages both ways, a refused
secret, a reload mid-chat that resumes, end, rating and the transcript by e-mail; and
outside hours to the form.

pytest-django's live server speaks WSGI only: these tests run the site on daphne
(helpdesk.asgi, pages and WebSockets) in a thread of this process, so the test
database is the one the server sees. Twisted's reactor starts once per process.
"""

import gc
import re
import threading
import time
from types import SimpleNamespace

import pytest
from django.core import mail
from django.test.utils import modify_settings
from playwright.sync_api import expect

from chat.threads import close_connections
from helpdesk import roles
from tests.chat.conftest import make_closed_chat_channel
from tests.e2e.helpers import (
    admin_login,
    assert_accessible,
    assert_no_horizontal_overflow,
    url,
)
from tests.factories import make_article
from tests.feedback.test_macros import make_macro
from tests.files import png_bytes

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TEXT = {
    "en": {
        "question": "How do I reset my wallet PIN?",
        "article": "Reset your wallet PIN",
        "customer": "I tried the article but the app still asks for the old PIN.",
        "agent": "Thanks, I will reset it for you now.",
        "secret": "my password is Hunter2024!",
        "canned": "Hello, I am chatter.",
    },
    "zh-hans": {
        "question": "怎么重置钱包支付密码？",
        "article": "重置钱包支付密码",
        "customer": "我按文章操作了，但应用还是要求输入旧密码。",
        "agent": "好的，我现在帮您重置。",
        "secret": "密码是 Hunter2024!",
        "canned": "您好，我是chatter。",
    },
}


@pytest.fixture(scope="session")
def asgi_server(django_db_setup):
    """daphne serving helpdesk.asgi on a free loopback port, for the whole session.

    Set up after the test database, so that its end comes before the database is
    dropped: the threads that served the chat's database work keep their
    connections, and PostgreSQL drops no database while they are open.
    """
    from daphne.server import Server

    from helpdesk.asgi import application

    ready = threading.Event()
    server = Server(
        application=application,
        endpoints=["tcp:port=0:interface=127.0.0.1"],
        signal_handlers=False,
        ready_callable=ready.set,
        verbosity=0,
    )
    threading.Thread(target=server.run, daemon=True, name="daphne").start()
    assert ready.wait(10)
    deadline = time.monotonic() + 10
    while not server.listening_addresses and time.monotonic() < deadline:
        time.sleep(0.05)
    host, port = server.listening_addresses[0]
    # pytest-django's live-server helper enables and disables these around each test.
    yield SimpleNamespace(
        url=f"http://{host}:{port}",
        _live_server_modified_settings=modify_settings(ALLOWED_HOSTS={"append": host}),
    )
    close_connections()
    # Each HTTP request under ASGI runs in a thread of its own, which ends with
    # the request and leaves its connection (kept for CONN_MAX_AGE) to the
    # garbage collector: collected here, which closes them.
    gc.collect()


@pytest.fixture
def live_server(asgi_server, transactional_db):
    # The `context` fixture's base URL: our ASGI server instead of the WSGI one.
    return asgi_server


@pytest.fixture
def articles(language):
    for n in range(3):
        make_article(
            title_en=f"{TEXT['en']['article']} {n}",
            title_zh_hans=f"{TEXT['zh-hans']['article']} {n}",
            body_en="Open Settings, then Security, then Reset PIN.",
            body_zh_hans="打开设置，进入安全，然后重置支付密码。",
            keywords_en="reset wallet PIN",
        )


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_chat_with_an_agent(browser, live_server, page, language, staff_user, articles):
    text = TEXT[language]
    staff_user("chatter", roles.CHAT_AGENTS)
    staff_user("chatter2", roles.CHAT_AGENTS)
    make_macro(
        title_en="Greeting",
        body_en="Hello, I am {agent_name}.",
        body_zh_hans="您好，我是{agent_name}。",
        body_zh_hant="您好，我是{agent_name}。",
    )
    # The agent's own browser context: another person on another computer.
    desk = browser.new_context(base_url=live_server.url, locale="en-GB", timezone_id="UTC")
    desk.set_default_timeout(10_000)
    agent = desk.new_page()
    admin_login(agent, "chatter")
    agent.goto("/staff/chat/")
    expect(agent.locator("[data-desk-agents]")).to_have_text("1")

    page.goto(url(language, "chat/"))
    page.fill("#chat-question", text["question"])
    page.locator("form[action$='/chat/start/'] button[type=submit]").click()
    expect(page.get_by_test_id("chat-state")).to_have_attribute("data-state", "answers")
    expect(page.get_by_test_id("search-result")).to_have_count(3)
    assert_accessible(page, f"chat answers ({language})")

    page.locator("[data-chat-action=queue]").click()
    expect(page.get_by_test_id("chat-state")).to_have_attribute("data-state", "queued")
    expect(page.get_by_test_id("queue-position")).to_contain_text("1")

    waiting = agent.get_by_test_id("desk-waiting")
    expect(waiting).to_contain_text(text["question"])
    waiting.get_by_role("button").click()
    expect(page.get_by_test_id("chat-state")).to_have_attribute("data-state", "connected")

    page.fill("#chat-body", text["customer"])
    page.keyboard.press("Enter")
    expect(agent.locator("[data-testid=chat-message][data-author=customer]")).to_contain_text(
        text["customer"]
    )
    # A canned reply comes filled in, in the chat's language, to edit before sending.
    agent.get_by_test_id("desk-macros").select_option(label="Greeting")
    expect(agent.locator("[data-testid=desk-chat] textarea")).to_have_value(text["canned"])
    agent.locator("[data-testid=desk-chat] textarea").fill(text["agent"])
    agent.locator("[data-testid=desk-chat] textarea").press("Enter")
    expect(page.locator("[data-testid=chat-message][data-author=agent]")).to_contain_text(
        text["agent"]
    )

    # A file goes through the upload checks to the agent; a hostile one is refused.
    page.get_by_label(re.compile("file|文件")).set_input_files(
        files=[{"name": "screen.png", "mimeType": "image/png", "buffer": png_bytes()}]
    )
    expect(agent.get_by_test_id("chat-file")).to_have_count(1)
    with agent.expect_download() as download:
        agent.get_by_test_id("chat-file").click()
    assert download.value.suggested_filename.endswith(".png")
    page.get_by_label(re.compile("file|文件")).set_input_files(
        files=[{"name": "x.png", "mimeType": "image/png", "buffer": b"<script>alert(1)</script>"}]
    )
    expect(page.locator("[data-chat-error]")).to_be_visible()
    expect(page.get_by_test_id("chat-file")).to_have_count(1)

    # A secret is refused before it is stored; the text comes back to the box.
    page.fill("#chat-body", text["secret"])
    page.keyboard.press("Enter")
    expect(page.locator("[data-chat-error]")).to_be_visible()
    expect(page.locator("#chat-body")).to_have_value(text["secret"])
    expect(page.get_by_test_id("chat-message")).to_have_count(3)
    assert_accessible(page, f"chat with an agent ({language})")
    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    assert_no_horizontal_overflow(page, f"chat on a phone ({language})")

    # A reload mid-chat resumes: the same three messages, once each.
    page.reload()
    expect(page.get_by_test_id("chat-message")).to_have_count(3)
    expect(page.get_by_test_id("chat-state")).to_have_attribute("data-state", "connected")

    # The agent hands the chat to a named colleague, who sees it with its messages.
    colleague = desk.browser.new_context(base_url=live_server.url, locale="en-GB")
    colleague.set_default_timeout(10_000)
    second = colleague.new_page()
    admin_login(second, "chatter2")
    second.goto("/staff/chat/")
    expect(second.locator("[data-desk-agents]")).to_have_text("2")
    agent.reload()  # the list of colleagues is drawn with the page
    agent.get_by_test_id("desk-transfer-agent").select_option(label="chatter2")
    agent.locator("[data-desk-transfer-send=agent]").click()
    expect(agent.get_by_test_id("desk-chat")).to_have_count(0)
    expect(
        second.locator("[data-testid=chat-message][data-author=customer]").first
    ).to_contain_text(text["customer"])

    second.locator("[data-testid=desk-chat] [data-desk-action=end]").click()
    expect(page.get_by_test_id("chat-state")).to_have_attribute("data-state", "ended")
    page.get_by_test_id("rating").locator("label[for=chat-score-5]").click()
    page.get_by_test_id("rating").get_by_role("button").click()
    expect(page.locator("[data-chat-rated]")).not_to_be_empty()

    # The transcript by e-mail, to the address the customer types at the end.
    transcript = page.get_by_test_id("transcript")
    transcript.locator("input[type=email]").fill("customer@example.com")
    transcript.get_by_role("button").click()
    expect(page.locator(".alert-success")).to_contain_text("customer@example.com")
    (sent,) = [m for m in mail.outbox if m.to == ["customer@example.com"]]
    assert text["customer"] in sent.body
    assert text["agent"] in sent.body
    assert text["secret"] not in sent.body
    colleague.close()
    desk.close()


def test_outside_hours_leads_to_the_form(page):
    make_closed_chat_channel()
    page.goto(url("en", "chat/"))
    expect(page.get_by_test_id("chat-state")).to_have_attribute("data-state", "offline")
    assert_accessible(page, "chat closed")
    page.get_by_test_id("chat-to-form").first.click()
    expect(page).to_have_url(re.compile(r"/en/feedback/"))
