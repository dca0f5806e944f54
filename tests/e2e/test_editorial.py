"""An editor's journey: change the English text, see the translations go out of date,
read what changed, bring one translation up to date; the public pages say which
translation may be older than the English one."""

import pytest
from playwright.sync_api import expect

from faq.models import Article, ArticleImage
from helpdesk import roles
from helpdesk.content.screens import phone_screen
from tests.e2e.helpers import DEMO_ARTICLE, admin_login, url

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_english_edit_outdates_translations_until_they_are_updated(page, demo, staff_user):
    staff_user("editor", roles.CONTENT_EDITORS)
    article = Article.objects.get(slug_en=DEMO_ARTICLE.rstrip("/").rsplit("/", 1)[-1])
    change = f"/admin/faq/article/{article.pk}/change/"
    admin_login(page, "editor")

    page.goto(change)
    body = page.locator("#id_body_en")
    body.fill(body.input_value() + "\n\nIf the e-mail does not arrive, check your spam folder.")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    # The list filters outdated translations and names the languages.
    page.goto("/admin/faq/article/?outdated=zh-hant")
    row = page.locator("#result_list tbody tr")
    expect(row).to_have_count(1)
    expect(row.locator("td.field-outdated_translations")).to_contain_text("Traditional")

    # The form shows what changed in English since the translation was made.
    page.goto(change)
    changes = page.get_by_test_id("english-changes")
    expect(changes.locator("ins").first).to_contain_text("spam folder")

    # The history compares versions.
    page.goto(f"/admin/faq/article/{article.pk}/history/")
    page.get_by_test_id("compare-versions").click()
    expect(page.get_by_test_id("version-diff").locator("ins").first).to_contain_text("spam")

    # Updating the Simplified Chinese translation makes it current again.
    page.goto(change)
    page.locator("a[href='#tab_id_body_zh_hans']").first.click()
    zh_body = page.locator("#id_body_zh_hans")
    expect(zh_body).to_be_visible()
    zh_body.fill(zh_body.input_value() + "\n\n如果没有收到邮件，请检查垃圾邮件文件夹。")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    page.goto(url("zh-hant", DEMO_ARTICLE))
    note = page.get_by_test_id("outdated-note")
    expect(note).to_be_visible()
    expect(note.locator("a")).to_have_attribute("href", url("en", DEMO_ARTICLE))
    page.goto(url("zh-hans", DEMO_ARTICLE))
    expect(page.get_by_test_id("article-title")).to_be_visible()
    expect(page.get_by_test_id("outdated-note")).to_have_count(0)


def test_an_editor_uploads_a_screenshot_inserts_it_and_the_public_page_shows_it(
    page, demo, staff_user
):
    staff_user("editor", roles.CONTENT_EDITORS)
    article = Article.objects.get(slug_en=DEMO_ARTICLE.rstrip("/").rsplit("/", 1)[-1])
    admin_login(page, "editor")

    # From the article form, the editor opens the upload page.
    page.goto(f"/admin/faq/article/{article.pk}/change/")
    with page.expect_popup() as popup:
        page.get_by_role("link", name="Upload a picture").click()
    upload = popup.value
    upload.locator("#id_upload").set_input_files(
        {
            "name": "send.png",
            "mimeType": "image/png",
            "buffer": phone_screen("Send money", ["Pay", "Send", "Top up"], highlight=1),
        }
    )
    upload.locator("#id_alt_en").fill("The Send button on the home screen")
    for code, alt in (("zh_hans", "首页上的“转账”按钮"), ("zh_hant", "首頁上的「轉賬」按鈕")):
        upload.locator(f"a[href='#tab_id_alt_{code}']").first.click()
        upload.locator(f"#id_alt_{code}").fill(alt)
    upload.locator("input[name=_continue]").click()
    token = upload.locator("code.picture-token")
    uploaded = max(ArticleImage.objects.values_list("pk", flat=True))  # after the demo's own
    expect(token).to_have_text(f"[[image:{uploaded}]]")
    markdown = token.inner_text()
    upload.close()

    # The editor pastes the token into the body and publishes.
    body = page.locator("#id_body_en")
    body.fill(body.input_value() + f"\n\nTap **Send**:\n\n{markdown}\n")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()

    page.goto(url("en", DEMO_ARTICLE))
    # The demo article carries its own screenshot; the new one follows it.
    picture = page.locator("article img[srcset][alt='The Send button on the home screen']")
    expect(picture).to_have_count(1)
    expect(picture).to_have_attribute("loading", "lazy")
    src = picture.get_attribute("src")
    picture.scroll_into_view_if_needed()  # a lazy image loads when it comes into view
    page.wait_for_function(
        "(img) => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
    )
    response = page.request.get(src)
    assert response.status == 200
    assert response.headers["content-type"] == "image/png"
    assert "immutable" in response.headers["cache-control"]


def test_language_tabs_are_named_and_two_languages_show_side_by_side(page, demo, staff_user):
    staff_user("editor", roles.CONTENT_EDITORS)
    article = Article.objects.get(slug_en=DEMO_ARTICLE.rstrip("/").rsplit("/", 1)[-1])
    admin_login(page, "editor")
    page.goto(f"/admin/faq/article/{article.pk}/change/")
    tab = page.locator("a[href='#tab_id_body_zh_hant']").first
    expect(tab).not_to_have_text("zh-hant")
    expect(tab).to_have_text(tab.get_attribute("title"))
    expect(page.locator("#id_body_zh_hans")).to_be_hidden()

    page.get_by_test_id("language-view").locator("input[type=checkbox]").check()
    expect(page.locator("#id_body_en")).to_be_visible()
    expect(page.locator("#id_body_zh_hans")).to_be_visible()
    expect(page.locator("#id_body_zh_hant")).to_be_hidden()
    english = page.locator("#id_body_en").bounding_box()
    chinese = page.locator("#id_body_zh_hans").bounding_box()
    assert abs(english["y"] - chinese["y"]) < 5 and chinese["x"] > english["x"] + english["width"]
    # 1280 px: the form fits without a horizontal scroll bar.
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280

    page.get_by_test_id("language-view").locator("select").nth(1).select_option("zh-hant")
    expect(page.locator("#id_body_zh_hant")).to_be_visible()
    expect(page.locator("#id_body_zh_hans")).to_be_hidden()


@pytest.mark.parametrize("admin_list", ["faq/article", "contacts/channel"])
def test_staff_lists_fit_1280_px(page, demo, staff_user, admin_list):
    staff_user("editor", roles.CONTENT_EDITORS)
    admin_login(page, "editor")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"/admin/{admin_list}/")
    expect(page.locator("#result_list")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
