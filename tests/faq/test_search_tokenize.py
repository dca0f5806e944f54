"""The analyser: pure functions shared by indexing and querying."""

import re

from faq.search.analysis import (
    Alternative,
    allowed_edits,
    analyse_query,
    edit_distance,
    index_tokens,
    normalise_query,
    stem,
    synonym_groups,
    trigrams,
)


def test_chinese_becomes_bigrams_and_single_characters():
    tokens = index_tokens("请输入忘记密码")
    for token in ["忘记", "记密", "密码", "忘", "密", "码", "请输"]:
        assert token in tokens
    assert "忘记密码" not in tokens  # never one token per run, as unicode61 would make it


def test_english_is_case_folded_and_stemmed():
    assert index_tokens("WITHDRAWING") == index_tokens("withdrawal") == ["withdraw"]
    assert stem("passwords") == stem("password")
    assert index_tokens("Ｐａｓｓｗｏｒｄ") == ["password"]  # full-width letters
    assert index_tokens("can't") == ["cant"]


def test_mixed_text_keeps_latin_and_chinese_apart():
    assert index_tokens("2FA验证码") == ["2fa", "验", "验证", "证", "证码", "码"]


def test_tokens_are_only_letters_and_digits_whatever_the_input():
    hostile = '"pass" * NEAR(a b) OR -x AND y\x00 \ufffd <script> \'; DROP TABLE x; -- ^$:{}'
    tokens = index_tokens(hostile)
    assert tokens
    assert all(re.fullmatch(r"[^\W_]+", token) for token in tokens), tokens


def test_normalise_query_strips_control_characters_and_caps_length():
    assert normalise_query("  pass\x00word \n reset ") == "pass word reset"
    assert len(normalise_query("x" * 5000)) == 200


def test_edit_distance_counts_a_swap_once_and_stops_at_the_limit():
    assert edit_distance("pasword", "password", 1) == 1
    assert edit_distance("pasword", "passowrd", 2) == 2
    assert edit_distance("recieve", "receive", 1) == 1  # swap
    assert edit_distance("abcdef", "uvwxyz", 2) == 3  # past the limit: limit + 1


def test_allowed_edits_follow_word_length():
    assert allowed_edits("fee") == 0
    assert allowed_edits("fees") == 1
    assert allowed_edits("withdraw") == 2


def test_trigrams_mark_the_start_and_end():
    grams = trigrams("send")
    assert "bse" in grams and "end" in grams and "tsen" in grams


def test_query_drops_stopwords_but_not_all_of_them():
    clauses = analyse_query("how do I reset my password").clauses
    assert [c.text for c in clauses] == ["reset", "password"]
    assert [c.text for c in analyse_query("how").clauses] == ["how"]


def test_synonym_group_becomes_one_clause_for_the_words_it_covers():
    groups = synonym_groups(("cash out, withdraw, take out money",))
    clauses = analyse_query("cash out now", synonyms=groups).clauses
    synonym = next(c for c in clauses if c.kind == "synonym")
    assert Alternative(Alternative.TERM, ("withdraw",)) in synonym.alternatives
    assert Alternative(Alternative.PHRASE, ("cash", "out")) in synonym.alternatives
    assert "cash" not in [c.text for c in clauses if c.kind == "word"]


def test_chinese_synonym_inside_a_sentence():
    groups = synonym_groups(("提现, 取钱, 提款",))
    clauses = analyse_query("我想取钱到银行卡", synonyms=groups).clauses
    synonym = next(c for c in clauses if c.kind == "synonym")
    assert Alternative(Alternative.TERM, ("提现",)) in synonym.alternatives
    bigrams = {c.alternatives[0].tokens[0] for c in clauses if c.kind == "cjk"}
    assert "取钱" not in bigrams  # covered by the synonym clause
    assert "银行" in bigrams


def test_snippet_text_drops_markdown_syntax_and_link_targets():
    from faq.search.snippets import plain_text

    text = plain_text("## Fees\n\n| a | b |\n| --- | :-: |\n| [x](/en/faq/y/) | 2 |\n\n**Bold**")
    assert text == "Fees a b x 2 Bold"


def test_chinese_question_words_are_cut_from_queries():
    from faq.search.analysis import analyse_query

    tokens = {
        t for clause in analyse_query("请问怎么更改手机号码吗").clauses for t in clause.tokens()
    }
    assert "更改" in tokens and "号码" in tokens
    assert not tokens & {"请问", "怎么", "么更", "码吗", "吗", "怎", "问"}
    # A query of nothing but question words is still searched as typed.
    assert analyse_query("怎么").clauses
