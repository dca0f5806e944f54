"""import_content: idempotent, all or nothing, and refusing bad folders by file and line."""

import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from contacts import models as contacts
from faq import models as faq
from faq.models import Article, Category, SearchDocument, Synonym
from feedback.models import Macro
from helpdesk.content.demo import CONTENT_DIR
from helpdesk.content.files import layout_files
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db

CONTENT_MODELS = [
    contacts.Region,
    contacts.Channel,
    contacts.OpeningHours,
    contacts.Closure,
    contacts.Alert,
    contacts.OfficialAccount,
    contacts.KnownImpostor,
    contacts.ContactGuidance,
    faq.Category,
    faq.Article,
    faq.Synonym,
    faq.ContactWord,
]
ARTICLE = "faq/articles/reset-forgotten-password"


def snapshot():
    """Rows and history rows of every content model, and the search index."""
    counts = [model.objects.count() for model in CONTENT_MODELS]
    counts += [model.history.count() for model in CONTENT_MODELS if hasattr(model, "history")]
    return [*counts, SearchDocument.objects.count()]


def run(folder, *args):
    out = StringIO()
    call_command("import_content", str(folder), *args, stdout=out)
    return out.getvalue()


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ---------------------------------------------------------------- importing


def test_import_loads_the_folder_and_a_second_import_changes_nothing(folder):
    out = run(folder)
    assert "180 added, 0 changed, 0 removed, 0 unchanged" in out
    assert Article.objects.count() == 34 and Category.objects.count() == 10
    assert SearchDocument.objects.count() == 34 * 3
    article = Article.objects.get(slug_en="reset-forgotten-password")
    assert article.title_zh_hant == "忘記密碼怎麼辦"
    assert article.body_zh_hans.startswith("忘记密码不用着急，只要还能收到注册邮箱的邮件")
    hours = contacts.Channel.objects.get(value_normalised="+12025550143").hours.all()
    assert [(h.weekday, f"{h.opens:%H:%M}", f"{h.closes:%H:%M}") for h in hours] == [
        (0, "22:00", "06:00"),
        (1, "22:00", "06:00"),
        (2, "22:00", "06:00"),
        (3, "22:00", "06:00"),
        (6, "22:00", "06:00"),
    ]
    before = snapshot()
    out = run(folder)
    assert "0 added, 0 changed, 0 removed, 180 unchanged" in out
    assert snapshot() == before


def test_a_changed_translation_saves_one_row_and_reindexes_it(folder):
    run(folder)
    article = Article.objects.get(slug_en="reset-forgotten-password")
    history, indexed = article.history.count(), article.search_documents.get(language="zh-hant")
    edit(folder / ARTICLE / "zh-hant.md", "忘記密碼怎麼辦", "忘了密碼怎麼辦")
    out = run(folder, "-v2")
    assert "change article reset-forgotten-password (title_zh_hant)" in out
    assert "0 added, 1 changed, 0 removed, 179 unchanged" in out
    article.refresh_from_db()
    assert article.title_zh_hant == "忘了密碼怎麼辦"
    assert article.history.count() == history + 1
    assert "忘了" in article.search_documents.get(language="zh-hant").snippet_text + (
        article.search_documents.get(language="zh-hant").title_tokens
    )
    assert article.search_documents.get(language="zh-hant").updated_at > indexed.updated_at


def test_dry_run_prints_the_changes_and_writes_nothing(folder):
    out = run(folder, "--dry-run")
    assert "add    article reset-forgotten-password" in out
    assert "add    channel phone +44 20 7946 0018 (global)" in out
    assert "Would import" in out and "180 added" in out
    assert snapshot() == [0] * len(snapshot())

    run(folder)
    extra = make_article(slug_en="editors-own", category=Category.objects.first())
    edit(
        folder / "contacts/channels.toml",
        'slug = "fraud-hotline"\norder = 1',
        'slug = "fraud-hotline"\norder = 2',
    )
    (folder / ARTICLE / "zh-hant.md").unlink()
    before = snapshot()
    out = run(folder, "--dry-run", "--prune")
    assert "change channel phone +44 20 7946 0018 (global) (order)" in out
    assert (
        "change article reset-forgotten-password (title_zh_hant, summary_zh_hant, "
        "keywords_zh_hant, body_zh_hant, slug_zh_hant)"
    ) in out
    assert "remove article editors-own" in out
    assert "0 added, 2 changed, 1 removed" in out
    assert snapshot() == before
    assert Article.objects.filter(pk=extra.pk).exists()


def test_rows_the_folder_does_not_name_stay_unless_pruned(folder):
    run(folder)
    category = Category.objects.get(slug_en="sign-in-password")
    own = make_article(slug_en="editors-own", category=category)
    demo = Article.objects.get(slug_en="reset-forgotten-password")
    demo.related.add(own)  # an editor's link from a demo article to their own
    Synonym.objects.create(language="en", terms="wallet, purse")

    run(folder)
    assert Article.objects.filter(pk=own.pk).exists()
    assert demo.related.filter(pk=own.pk).exists()
    assert Synonym.objects.filter(terms="wallet, purse").exists()

    out = run(folder, "--prune", "-v2")
    assert "remove article editors-own" in out
    assert "remove synonym en: wallet, purse" in out
    assert not Article.objects.filter(pk=own.pk).exists()
    assert not SearchDocument.objects.filter(article_id=own.pk).exists()
    assert not Synonym.objects.filter(terms="wallet, purse").exists()


def test_lists_of_a_named_row_follow_the_folder(folder):
    run(folder)
    demo = Article.objects.get(slug_en="reset-forgotten-password")
    demo.related.clear()
    demo.regions.add(contacts.Region.objects.get(code="hk"))
    channel = contacts.Channel.objects.get(value_normalised="+12025550143")
    channel.hours.all().delete()
    out = run(folder, "-v2")
    assert "change article reset-forgotten-password (related, regions)" in out or (
        "change article reset-forgotten-password (regions, related)" in out
    )
    assert "change channel phone +1 202-555-0143 (us) (hours)" in out
    assert demo.related.count() == 3 and demo.regions.count() == 0
    assert channel.hours.count() == 5


def test_editors_own_content_folder_can_be_small(tmp_path, folder):
    """A folder needs every file, but each may be empty of items."""
    small = tmp_path / "small"
    for relative in layout_files():
        (small / relative).parent.mkdir(parents=True, exist_ok=True)
        (small / relative).write_text("", encoding="utf-8")
    (small / "faq/articles").mkdir()
    (small / "faq/categories.toml").write_text(
        '[[category]]\nslug = "cards"\ntitle = { en = "Cards", zh-hans = "卡片" }\n',
        encoding="utf-8",
    )
    article = small / "faq/articles/lost-card"
    article.mkdir()
    (article / "meta.toml").write_text('category = "cards"\nstatus = "draft"\n', encoding="utf-8")
    (article / "en.md").write_text(
        '+++\ntitle = "Lost card"\n+++\n\nFreeze it in the app.\n', encoding="utf-8"
    )
    (article / "zh-hans.md").write_text(
        '+++\ntitle = "卡片遗失"\nslug = "卡片遗失"\n+++\n\n请在 App 中冻结卡片。\n',
        encoding="utf-8",
    )
    run(small)
    imported = Article.objects.get(slug_en="lost-card")
    assert imported.status == "draft" and imported.slug_zh_hans == "卡片遗失"
    assert imported.body_zh_hans == "请在 App 中冻结卡片。"
    assert imported.title_zh_hant == "" and imported.category.title_zh_hans == "卡片"


# ----------------------------------------------------------------- refusals


def refuse(folder, expected):
    """The import fails naming `expected` (file and line) and writes nothing."""
    before = snapshot()
    with pytest.raises(CommandError) as caught:
        run(folder)
    message = str(caught.value)
    assert message.startswith("Nothing imported"), message
    assert expected in message, message
    assert snapshot() == before
    with pytest.raises(CommandError):
        run(folder, "--dry-run")
    return message


EN, ZH_HANS, ZH_HANT = (f"{ARTICLE}/{code}.md" for code in ("en", "zh-hans", "zh-hant"))
META = f"{ARTICLE}/meta.toml"
LINK = "/faq/app-troubleshooting/not-receiving-sms-or-email-codes/"
# (file, text, replacement, what the refusal says): one edit of the bundled folder each.
REFUSED_EDITS = {
    "unknown category": (META, '"sign-in-password"', '"sign-in"', "meta.toml:1: unknown category"),
    "English title missing": (
        EN,
        'title = "Reset a forgotten password"\n',
        "",
        "en.md: the English version needs a title",
    ),
    "broken link": (
        ZH_HANS,
        f"/zh-hans{LINK}",
        "/zh-hans/faq/app-troubleshooting/not-receiving-codes/",
        "zh-hans.md:26: broken link /zh-hans/faq/app-troubleshooting/not-receiving-codes: "
        "no article 'not-receiving-codes'",
    ),
    "link naming another category": (
        EN,
        f"/en{LINK}",
        "/en/faq/sign-in-password/not-receiving-sms-or-email-codes/",
        "en.md:26: broken link /en/faq/sign-in-password/not-receiving-sms-or-email-codes: "
        "article 'not-receiving-sms-or-email-codes' is in category 'app-troubleshooting'",
    ),
    "link in another language": (EN, f"/en{LINK}", f"/fr{LINK}", "'fr' is not one of the"),
    "invalid TOML": (
        "contacts/channels.toml",
        'kind = "email"',
        'kind = "email',
        "contacts/channels.toml:69: invalid TOML",
    ),
    "front matter not TOML": (EN, 'title = "Reset', "title = Reset", "en.md:2: invalid TOML"),
    "no front matter": (ZH_HANT, "+++\n", "", "zh-hant.md:1: must start with a line +++"),
    "front matter type": (
        EN,
        'title = "Reset a forgotten password"',
        "title = 5",
        "en.md:2: 'title' must be a string",
    ),
    "meta type": (META, "regions = []", 'regions = "hk"', "meta.toml:3: 'regions' must be a list"),
    "unknown front matter key": (
        EN,
        "keywords =",
        'colour = "red"\nkeywords =',
        "en.md:4: unknown key 'colour'",
    ),
    "unknown meta key": (META, "status =", "order = 3\nstatus =", "meta.toml:2: unknown key"),
    "unknown region key": (
        "contacts/regions.toml",
        'code = "hk"',
        'code = "hk"\ncapital = "Victoria"',
        "regions.toml:19: [[region]] number 2: unknown key 'capital'",
    ),
    "unknown language key": (
        "contacts/channels.toml",
        'en = "Live chat"',
        'en = "Live chat"\nfr = "Chat"',
        "[[channel]] number 2: 'label': language 'fr' is not one of the site's languages",
    ),
    "duplicate slug": (
        "faq/articles/unlock-locked-account/zh-hans.md",
        "+++\ntitle",
        '+++\nslug = "reset-forgotten-password"\ntitle',
        "unlock-locked-account/zh-hans.md:2: duplicate article slug 'reset-forgotten-password' "
        "(also 'reset-forgotten-password')",
    ),
    "duplicate channel": (
        "contacts/channels.toml",
        'value = "help@okpay.example"',
        'value = "security@okpay.example"',
        "channels.toml:100: [[channel]] number 4: duplicate channel email security@okpay.example",
    ),
    "phone number": (
        EN,
        "[Contact us](/en/contact/)",
        "Call +44 20 7946 0555 or [contact us](/en/contact/)",
        "en.md:32: phone number '+44 20 7946 0555' is not one of our channels",
    ),
    "national phone number": (
        ZH_HANS,
        "请[联系客服]",
        "请拨打 (202) 555-0177 或[联系客服]",
        "zh-hans.md:32: phone number '(202) 555-0177' is not one of our channels",
    ),
    "e-mail address": (
        EN,
        "[Contact us]",
        "Write to help@okpay-support.example or [contact us]",
        "en.md:32: e-mail address 'help@okpay-support.example' is not one of ours",
    ),
    "unconfirmed impostor": (
        EN,
        "## If this didn't help",
        "> Not us: +61 491 570 999\n\n## If this didn't help",
        "phone number '+61 491 570 999' is not one of our channels",
    ),
    "bad hours": (
        "contacts/channels.toml",
        '"daily 07:00-23:00"',
        '"every day 07:00-23:00"',
        "channels.toml:39: [[channel]] number 2: hours 'every day 07:00-23:00'",
    ),
    "model validation in a language file": (
        ZH_HANT,
        'title = "忘記密碼怎麼辦"',
        f'title = "{"長" * 201}"',
        "zh-hant.md:2: article reset-forgotten-password: title_zh_hant: Ensure this value",
    ),
}


@pytest.mark.parametrize(
    ("relative", "old", "new", "expected"), REFUSED_EDITS.values(), ids=REFUSED_EDITS.keys()
)
def test_refuses_a_bad_edit_naming_file_and_line(folder, relative, old, new, expected):
    edit(folder / relative, old, new)
    refuse(folder, expected)


def test_refuses_an_article_without_its_english_version(folder):
    (folder / ARTICLE / "en.md").unlink()
    refuse(folder, f"{ARTICLE}/en.md: missing file: every article needs its English version")


def test_refuses_a_file_in_a_language_the_site_does_not_have(folder):
    shutil.copy(folder / ARTICLE / "en.md", folder / ARTICLE / "fr.md")
    refuse(folder, f"{ARTICLE}/fr.md: language 'fr' is not one of the site's languages")


def test_refuses_unknown_files(folder):
    (folder / "faq/faq.toml").write_text("", encoding="utf-8")
    refuse(folder, "faq/faq.toml: unknown file")


def test_refuses_a_body_over_the_size_limit(folder):
    with (folder / ARTICLE / "en.md").open("a", encoding="utf-8") as stream:
        stream.write("a" * (5 * 1024 * 1024))
    refuse(folder, f"{ARTICLE}/en.md: is 5,")


def test_refuses_a_link_out_of_the_folder(folder, tmp_path):
    outside = tmp_path / "outside.md"
    shutil.copy(folder / ARTICLE / "zh-hant.md", outside)
    (folder / ARTICLE / "zh-hant.md").unlink()
    os.symlink(outside, folder / ARTICLE / "zh-hant.md")
    refuse(folder, f"{ARTICLE}/zh-hant.md: is a link to a place outside the content folder")


def test_refuses_an_article_folder_linked_from_outside(folder, tmp_path):
    shutil.move(folder / ARTICLE, tmp_path / "moved")
    os.symlink(tmp_path / "moved", folder / ARTICLE)
    refuse(folder, f"{ARTICLE}: is a link to a place outside the content folder")


def test_refuses_a_broken_link_to_a_translation(folder):
    (folder / ARTICLE / "zh-hant.md").unlink()
    os.symlink("missing.md", folder / ARTICLE / "zh-hant.md")
    refuse(folder, f"{ARTICLE}/zh-hant.md: missing file")


def test_accepts_a_link_within_the_folder(folder):
    target = folder / "faq/articles/add-money"
    (target / "zh-hant.md").unlink()
    os.symlink("zh-hans.md", target / "zh-hant.md")
    run(folder)
    article = Article.objects.get(slug_en="add-money")
    assert article.title_zh_hant == article.title_zh_hans


def test_refuses_bytes_that_are_not_utf8(folder):
    path = folder / ARTICLE / "zh-hans.md"
    path.write_bytes(
        path.read_bytes().replace("重置密码".encode(), "重置密码".encode("gb18030"), 1)
    )
    refuse(folder, f"{ARTICLE}/zh-hans.md:4: is not valid UTF-8 text")


@pytest.mark.parametrize(
    "relative", ["contacts/regions.toml", "faq/synonyms.toml", f"{ARTICLE}/meta.toml"]
)
def test_refuses_a_missing_file(folder, relative):
    (folder / relative).unlink()
    refuse(folder, f"{relative}: missing file")


def test_refuses_a_folder_that_does_not_exist(tmp_path):
    with pytest.raises(CommandError, match="no such folder"):
        run(tmp_path / "nowhere")


def test_accepts_our_own_numbers_and_addresses_in_any_form(folder):
    edit(
        folder / ARTICLE / "en.md",
        "[Contact us](/en/contact/)",
        "Call +44 (0)20 7946 0018, 0044 20 7946 0018 or 202-555-0142, write to "
        "HELP@okpay.example or anyone@okpay.example, or [contact us](/en/contact/)",
    )
    run(folder)
    assert "+44 (0)20 7946 0018" in Article.objects.get(slug_en="reset-forgotten-password").body_en


def test_a_known_impostor_may_be_quoted_only_as_a_warning(folder):
    """Scam examples name confirmed impostors on a '>' line; anywhere else they are refused."""
    edit(
        folder / ARTICLE / "en.md",
        "## If this didn't help",
        "Scammers call from +44 20 7946 0999.\n\n## If this didn't help",
    )
    refuse(folder, "phone number '+44 20 7946 0999' is not one of our channels")
    edit(folder / ARTICLE / "en.md", "Scammers call", "> **Scam:** fraudsters call")
    edit(
        folder / ARTICLE / "zh-hans.md",
        "## 仍未解决？",
        "> 诈骗邮件来自 support@okpay-help.example.org 或 x@login.okpay-support.example.net。"
        "\n\n## 仍未解决？",
    )
    run(folder)
    assert "7946 0999" in Article.objects.get(slug_en="reset-forgotten-password").body_en


def test_model_validation_refuses_the_whole_folder(folder):
    """Rows saved before the bad one are rolled back too."""
    edit(folder / "contacts/channels.toml", 'kind = "forum"', 'kind = "pigeon"')
    message = refuse(folder, "contacts/channels.toml:")
    assert "kind: Value 'pigeon' is not a valid choice." in message
    assert not contacts.Region.objects.exists()


def test_refuses_every_problem_at_once(folder):
    edit(folder / ARTICLE / "meta.toml", "status =", "order = 3\nstatus =")
    (folder / "faq/articles/add-money/en.md").unlink()
    message = refuse(folder, "2 problems")
    assert "unknown key 'order'" in message and "add-money/en.md: missing file" in message


def test_prune_removes_a_category_with_its_articles(folder):
    run(folder)
    own = make_category(slug_en="editors-category")
    make_article(slug_en="editors-article", category=own)
    # Articles are pruned before categories, so the category is no longer in use.
    out = run(folder, "--prune", "-v2")
    assert "remove category editors-category" in out
    assert not Category.objects.filter(pk=own.pk).exists()


def test_bundled_folder_path_is_inside_the_project():
    assert Path(CONTENT_DIR).is_dir() and (Path(CONTENT_DIR) / "faq/articles").is_dir()


def test_check_content_reads_without_writing(folder):
    out = StringIO()
    call_command("check_content", stdout=out)
    assert "34 articles, 18 channels: no problems" in out.getvalue()
    edit(folder / ARTICLE / "en.md", "[Contact us]", "Call +1 202-555-0100 or [contact us]")
    with pytest.raises(CommandError, match=r"en.md:32: phone number '\+1 202-555-0100'"):
        call_command("check_content", str(folder), stdout=StringIO())
    assert snapshot() == [0] * len(snapshot())


def test_canned_replies_come_from_the_folder_and_bad_ones_are_refused(tmp_path):
    """The demo's canned replies load in every language; a placeholder that does not
    exist refuses the whole folder with the file named."""
    folder = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, folder)
    call_command("import_content", str(folder), stdout=StringIO())
    refund = Macro.objects.get(title_en="Refund on its way")
    assert "{hotline}" in refund.body_zh_hant and refund.set_status == "resolved"
    macros_file = folder / "feedback" / "macros.toml"
    macros_file.write_text(
        macros_file.read_text().replace("{agent_name}", "{agent_phone}", 1), encoding="utf-8"
    )
    with pytest.raises(CommandError, match=r"feedback/macros\.toml.*agent_phone"):
        call_command("import_content", str(folder), stdout=StringIO())
