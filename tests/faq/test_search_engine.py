"""Search behaviour on the running database (CI runs it on SQLite and PostgreSQL)."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from faq.models import Article, ArticleDailyViews, SearchDocument, SearchTerm, Synonym
from faq.search import engine, query, search_articles
from faq.search.analysis import stem
from faq.search.index import article_index_remove, article_index_update
from tests.factories import article_admin_form, make_article, make_category, make_region
from tests.html import by_testid

pytestmark = pytest.mark.django_db


def slugs(query, language="en", region=None, top=10):
    return [a.slug_en for a in search_articles(query, language=language, region=region)[:top]]


def test_word_forms_typos_and_case():
    make_article(slug_en="withdraw", title_en="Withdrawal to a bank", body_en="Move money out.")
    make_article(slug_en="password", title_en="Reset a password", body_en="Choose a new one.")
    make_article(slug_en="other", title_en="Something else", body_en="Nothing related here.")
    assert slugs("withdrawing") == ["withdraw"]
    assert slugs("WITHDRAWALS") == ["withdraw"]
    assert slugs("pasword") == ["password"]  # 1 edit, 7 letters
    assert slugs("passwrod") == ["password"]  # a swap
    assert slugs("withdrawel") == ["withdraw"]
    assert slugs("pwsd") == []  # 2 edits away: too many for a 4-letter word
    assert slugs("passw") == ["password"]  # typing: prefix of the last word
    assert slugs("passw reset") == ["password"]  # "reset" is in the title too


def test_title_outranks_summary_outranks_body():
    body = make_article(slug_en="body", title_en="Alpha", body_en="About refunds here.")
    summary = make_article(slug_en="summary", title_en="Beta", summary_en="About refunds.")
    title = make_article(slug_en="title", title_en="Refunds", body_en="Text.")
    assert slugs("refund") == [title.slug_en, summary.slug_en, body.slug_en]


def test_keywords_count_like_the_summary():
    make_article(slug_en="kw", title_en="Alpha", keywords_en="chargeback")
    make_article(slug_en="body", title_en="Beta", body_en="Read about a chargeback here.")
    assert slugs("chargeback") == ["kw", "body"]


def test_views_and_helpful_votes_break_near_ties_and_ids_break_exact_ties():
    category = make_category()
    first = make_article(category, slug_en="first", title_en="Fees", body_en="Same text.")
    second = make_article(category, slug_en="second", title_en="Fees", body_en="Same text.")
    assert slugs("fees") == ["first", "second"]  # a tie: lower id first
    ArticleDailyViews.objects.create(article=second, day=timezone.localdate(), views=500)
    assert slugs("fees") == ["second", "first"]
    assert first.pk < second.pk


def test_chinese_two_character_words_inside_sentences_in_both_scripts():
    make_article(
        slug_en="pw",
        title_zh_hans="账户问题",
        body_zh_hans="如果您忘记了登录密码，请点击重置。",
        title_zh_hant="帳戶問題",
        body_zh_hant="如果您忘記了登入密碼，請點選重設。",
    )
    make_article(slug_en="other", title_zh_hans="其他", body_zh_hans="与此无关。")
    assert slugs("密码", "zh-hans") == ["pw"]
    assert slugs("忘记密码", "zh-hans") == ["pw"]
    assert slugs("忘記密碼", "zh-hant") == ["pw"]
    assert slugs("可疑", "zh-hans") == []


def test_mixed_query():
    make_article(slug_en="2fa", title_zh_hans="开启 2FA", body_zh_hans="输入验证码完成设置。")
    make_article(slug_en="x", title_zh_hans="其他", body_zh_hans="没有关系的内容。")
    assert slugs("2FA 验证码", "zh-hans") == ["2fa"]


def test_synonyms_from_the_editors_list_apply_at_once():
    make_article(slug_en="withdraw", title_en="How to withdraw", body_en="To your bank.")
    assert slugs("cash out") == []
    Synonym.objects.create(language="en", terms="cash out, withdraw")
    assert slugs("cash out") == ["withdraw"]
    assert slugs("cash out", "zh-hans") == []  # each language has its own list


def test_missing_translation_falls_back_to_english_and_is_marked(client):
    make_article(
        slug_en="en-only",
        title_en="Faster Payments explained",
        body_en="Payments to UK banks.",
        title_zh_hans="",
        body_zh_hans="",
    )
    results = search_articles("faster payments", language="zh-hans")
    assert [a.slug_en for a in results[:10]] == ["en-only"]
    assert results[0].is_fallback
    html = client.get("/zh-hans/search/?q=faster").content.decode()
    assert len(by_testid(html, "search-result")) == 1
    assert 'lang="en"' in html


def test_only_published_due_and_region_visible_articles():
    cn = make_region("cn", time_zone="Asia/Shanghai")
    hk = make_region("hk")
    make_article(slug_en="public", title_en="Visa card")
    make_article(slug_en="cn-only", title_en="Visa card in China", regions=[cn])
    make_article(slug_en="draft", title_en="Visa draft", status=Article.Status.DRAFT)
    make_article(
        slug_en="future",
        title_en="Visa future",
        publish_at=timezone.now() + datetime.timedelta(days=1),
    )
    assert sorted(slugs("visa")) == ["cn-only", "public"]
    assert sorted(slugs("visa", region=cn)) == ["cn-only", "public"]
    assert slugs("visa", region=hk) == ["public"]
    assert search_articles("visa", language="en", region=hk).count() == 1


def test_index_follows_edits_and_deletes():
    article = make_article(slug_en="a", title_en="Original heading", body_en="Zebra facts.")
    assert slugs("zebra") == ["a"]
    article.body_en = "Giraffe facts."
    article.save()
    article_index_update(article=article)
    assert slugs("zebra") == []
    assert slugs("giraffe") == ["a"]
    assert not SearchTerm.objects.filter(term=stem("zebra")).exists()
    assert SearchTerm.objects.get(term=stem("giraffe"), language="en").df == 1
    article_index_remove(article=article)
    article.delete()
    assert slugs("giraffe") == []
    assert not SearchDocument.objects.exists()
    assert not SearchTerm.objects.filter(term=stem("giraffe")).exists()


def test_deleting_an_article_drops_its_documents_even_without_the_service():
    article = make_article(title_en="Quokka")
    article.delete()  # cascade; the vocabulary may lag until a rebuild
    assert not SearchDocument.objects.exists()
    assert slugs("quokka") == []


def test_admin_save_reindexes(client, editor):
    article = make_article(slug_en="a", title_en="Platypus")
    client.force_login(editor)
    data = article_admin_form(article, title_en="Wombat")
    response = client.post(f"/admin/faq/article/{article.pk}/change/", data)
    assert response.status_code == 302
    assert slugs("wombat") == ["a"]
    assert slugs("platypus") == []


def test_rebuild_command_reproduces_the_index():
    make_article(slug_en="a", title_en="Rebuild me", body_en="Koala.")
    make_article(slug_en="b", title_en="Another", body_en="Koala koala.")
    before = slugs("koala")
    terms = set(SearchTerm.objects.values_list("term", "language", "df"))
    SearchDocument.objects.all().delete()
    assert slugs("koala") == []
    call_command("rebuild_search_index", verbosity=0)
    assert slugs("koala") == before
    assert set(SearchTerm.objects.values_list("term", "language", "df")) == terms


def test_pagination_total_and_slices_beyond_the_rerank_window():
    category = make_category()
    made = [make_article(category, title_en=f"Lemur {n}") for n in range(57)]
    results = search_articles("lemur", language="en")
    assert results.count() == len(results) == 57
    seen = [a.pk for start in range(0, 60, 10) for a in results[start : start + 10]]
    assert sorted(seen) == sorted(a.pk for a in made)  # every hit once, none twice
    assert len(results[50:60]) == 7


def test_results_carry_what_the_suggest_endpoint_reads():
    make_article(slug_en="a", title_en="Lost phone")
    top = search_articles("lost phone", language="en")[:3]
    assert top[0].title == "Lost phone"
    assert top[0].get_absolute_url().startswith("/en/faq/")
    assert top[0].score > 0


def test_snippet_highlights_and_escapes():
    make_article(
        slug_en="x",
        title_en="Refund <b>now</b>",
        summary_en="",
        body_en="Some text. <script>alert(1)</script> Your refund arrives soon & safely.",
    )
    article = search_articles("refund", language="en")[0]
    snippet = str(article.snippet)
    assert "<mark>refund</mark>" in snippet
    assert "<script>" not in snippet and "&amp;" in snippet
    assert str(article.title_html) == "<mark>Refund</mark> &lt;b&gt;now&lt;/b&gt;"


def test_snippets_come_from_the_indexed_plain_text_not_the_markdown_body():
    article = make_article(
        slug_en="x",
        title_en="Refunds",
        summary_en="Money back.",
        body_en="## Steps\n\n**Refunds** follow [the rules](/en/faq/rules/).",
        body_zh_hans="退款规则。",
    )
    result = search_articles("refund", language="en")[0]
    assert str(result.snippet) == "Money back. Steps <mark>Refunds</mark> follow the rules."
    # No language's Markdown body is loaded to show a result.
    assert {"body_en", "body_zh_hans", "body_zh_hant"} <= result.get_deferred_fields()
    assert result.body_en.startswith("## Steps")  # loaded on first use

    article.body_en = "Refunds take three days."
    article.save()
    article_index_update(article=article)
    result = search_articles("refund", language="en")[0]
    assert str(result.snippet) == "Money back. <mark>Refunds</mark> take three days."


def test_results_page_shows_title_category_snippet_and_total(client):
    category = make_category(title_en="Money")
    for n in range(12):
        make_article(category, title_en=f"Transfer guide {n}", body_en="About a transfer.")
    html = client.get("/en/search/?q=transfer").content.decode()
    assert len(by_testid(html, "search-result")) == 10
    assert "12 articles found" in html
    assert "Money" in html and "<mark>" in html
    assert "q=transfer&amp;page=2" in html
    page2 = client.get("/en/search/?q=transfer&page=2").content.decode()
    assert len(by_testid(page2, "search-result")) == 2


@pytest.fixture
def common_share(monkeypatch):
    # The real share suits thousands of articles; a test has a few dozen.
    monkeypatch.setattr(query, "COMMON_SHARE", 0.3)


def test_common_words_only_score_when_the_query_has_a_rare_one(common_share):
    category = make_category()
    for n in range(20):
        make_article(category, slug_en=f"wallet-{n}", title_en=f"Wallet basics {n}")
    for n in range(5):
        make_article(category, slug_en=f"quokka-{n}", title_en=f"Quokka care {n}")
    make_article(category, slug_en="both", title_en="Quokka wallet")
    results = search_articles("quokka wallet", language="en")
    assert results.count() == 6  # not the 26 that have either word
    assert [a.slug_en for a in results[:1]] == ["both"]  # "wallet" still scores


def test_too_few_strict_matches_fall_back_to_any_word(common_share):
    category = make_category()
    for n in range(20):
        make_article(category, title_en=f"Wallet basics {n}")
    for n in range(2):
        make_article(category, title_en=f"Quokka care {n}")
    assert search_articles("quokka wallet", language="en").count() == 22


def test_a_query_of_common_words_matches_documents_with_all_of_them(common_share):
    category = make_category()
    for n in range(10):
        make_article(category, title_en=f"Wallet limits {n}")
        make_article(category, title_en=f"Wallet fees {n}")
    for n in range(6):
        make_article(category, slug_en=f"both-{n}", title_en=f"Wallet fees and limits {n}")
    results = search_articles("wallet fees limits", language="en")
    assert results.count() == 6
    assert {a.slug_en for a in results[:10]} == {f"both-{n}" for n in range(6)}


def test_chinese_bigrams_decide_the_matches_single_characters_only_score(common_share, monkeypatch):
    monkeypatch.setattr(query, "UNIGRAM_MAX_SHARE", 1)  # keep the characters as clauses
    category = make_category()
    for n in range(20):
        make_article(category, title_zh_hans=f"充值说明 {n}", body_zh_hans="余额与充值。")
    for n in range(6):
        # Every character of 密码 is here, but not the word.
        make_article(category, slug_en=f"chars-{n}", title_zh_hans=f"密钥与号码 {n}")
    for n in range(5):
        make_article(category, slug_en=f"word-{n}", title_zh_hans=f"重置密码 {n}")
    results = search_articles("密码", language="zh-hans")
    assert results.count() == 5
    assert {a.slug_en for a in results[:10]} == {f"word-{n}" for n in range(5)}


def test_past_rank_all_matches_title_and_summary_matches_rank_first(monkeypatch):
    # A common word matching thousands: only matches in the title, summary or
    # keywords are ranked for the first pages; the rest follow. Every hit once.
    monkeypatch.setattr(engine, "RANK_ALL", 3)
    category = make_category()
    body_only = [
        make_article(category, slug_en=f"body-{n}", body_en="Tapir " * 8) for n in range(6)
    ]
    head = [make_article(category, slug_en=f"head-{n}", title_en=f"Tapir {n}") for n in range(4)]
    head.append(make_article(category, slug_en="summary", summary_en="All about the tapir."))
    results = search_articles("tapir", language="en")
    assert results.count() == 11
    ranked = [a.slug_en for start in (0, 4, 8) for a in results[start : start + 4]]
    assert sorted(ranked) == sorted(a.slug_en for a in head + body_only)
    assert set(ranked[:5]) == {a.slug_en for a in head}
    assert [a.slug_en for a in results[:11]] == ranked


def test_a_word_spelt_like_a_language_code_matches_text_only():
    # SQLite's index holds each document's language ("en", "hans", "hant") in a
    # column of its own, which queries must never match.
    make_article(slug_en="route", title_en="Cash en route", body_en="Money on its way.")
    make_article(slug_en="other", title_en="Fees", body_en="What a transfer costs.")
    assert search_articles("en", language="en").count() == 1
    assert slugs("en") == ["route"]
    assert search_articles("hans", language="zh-hans").count() == 0
    assert search_articles("han", language="zh-hant").count() == 0  # typing: "han*"


LEAN_CASES = [
    ("重置密码", "zh-hans"),
    ("密码 验证码", "zh-hans"),
    ("退款到账", "zh-hans"),
    ("重設密碼", "zh-hant"),
    ("reset password", "en"),
]


def ranked(text, language):
    return [(a.slug_en, a.score) for a in search_articles(text, language=language)[:20]]


def test_ranking_vectors_without_the_common_characters_rank_exactly_as_the_full_ones(
    monkeypatch,
):
    # PostgreSQL's second pass reads vectors that leave out the commonest
    # Chinese characters but divide by the full vector's length: the scores
    # must be the full vectors' to the last bit, whatever each body's length.
    category = make_category()
    filler = [
        "您的账户可以在设置里找到。",
        "我们会在一个工作日内处理。",
        "如果还有问题，请联系客服。",
    ]
    filler_hant = ["您的帳戶可以在設定裡找到。", "我們會在一個工作日內處理。"]
    for n in range(12):
        make_article(
            category,
            slug_en=f"a-{n}",
            title_en=f"Reset your password {n}" if n % 3 else f"Account {n}",
            body_en="Reset the password from the login page. " * (n + 1),
            title_zh_hans="重置密码" if n % 2 else "账户设置",
            body_zh_hans="".join(filler[: n % 3 + 1]) * (n + 1)
            + "重置密码需要验证码。" * (n % 4)
            + "退款到账一般需要三天。" * (n % 3),
            title_zh_hant="重設密碼" if n % 2 else "帳戶設定",
            body_zh_hant="".join(filler_hant) * (n + 1) + "重設密碼需要驗證碼。" * (n % 4),
        )
    for text, language in LEAN_CASES:  # the cases take the lean path
        plan = search_articles(text, language=language).plan
        assert not engine.PostgresBackend.scores_common_character(plan)
    lean = {case: ranked(*case) for case in LEAN_CASES}
    monkeypatch.setattr(
        engine.PostgresBackend, "scores_common_character", staticmethod(lambda plan: True)
    )
    full = {case: ranked(*case) for case in LEAN_CASES}
    assert lean == full
    assert all(len(hits) >= 4 for hits in lean.values())


def test_a_query_that_scores_with_a_common_character_is_ranked_with_the_full_vectors(
    monkeypatch,
):
    monkeypatch.setattr(query, "UNIGRAM_MAX_SHARE", 1)  # keep the characters as clauses
    category = make_category()
    for n in range(4):  # 的 is rare here, so that it counts on either engine
        make_article(category, title_zh_hans=f"余额说明 {n}", body_zh_hans="充值与提现。")
    make_article(category, slug_en="plain", title_zh_hans="密码", body_zh_hans="设置。")
    make_article(category, slug_en="often", title_zh_hans="密码", body_zh_hans="的的的。")
    plan = search_articles("的密码", language="zh-hans").plan
    assert engine.PostgresBackend.scores_common_character(plan)
    # Only the full vectors hold 的: without them both would tie and go by id.
    assert slugs("的密码", language="zh-hans") == ["often", "plain"]
