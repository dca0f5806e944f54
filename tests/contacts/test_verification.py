""" "Is it really us?": official values however they are written, look-alikes never."""

import pytest
from django.core.exceptions import ValidationError

from contacts.models import Channel, KnownImpostor, OfficialAccount
from contacts.verification import Problem, ValueKind, Verdict, normalise_host, verify
from tests.factories import make_channel, make_impostor, make_official, make_region

pytestmark = pytest.mark.django_db

CYRILLIC_O = "\u043e"  # looks like "o"
GREEK_O = "\u03bf"


@pytest.fixture
def official(db):
    regions = {
        "gb": make_region("gb", time_zone="Europe/London"),
        "us": make_region("us", time_zone="America/New_York"),
        "hk": make_region("hk", time_zone="Asia/Hong_Kong"),
    }
    channels = {
        "fraud": make_channel(None, value="+44 20 7946 0018", always_open=True),
        "us": make_channel(regions["us"], value="+1 202-555-0142"),
        "hk": make_channel(regions["hk"], value="+44 20 7946 0200"),
        "email": make_channel(None, kind=Channel.Kind.EMAIL, value="help@okpay.example"),
        "chat": make_channel(None, kind=Channel.Kind.CHAT, value="https://chat.okpay.example/"),
        "social": make_channel(
            None, kind=Channel.Kind.SOCIAL, value="@OKPaySupport", platform="Microblog"
        ),
    }
    make_official(OfficialAccount.Kind.DOMAIN, "okpay.example")
    make_official(OfficialAccount.Kind.SOCIAL, "@OKPayNews", platform="Microblog")
    make_official(OfficialAccount.Kind.EMAIL, "press@okpay-media.example")
    make_impostor(KnownImpostor.Kind.PHONE, "+44 20 7946 0999")
    make_impostor(KnownImpostor.Kind.WEB, "okpay-support.example.net")
    make_impostor(KnownImpostor.Kind.EMAIL, "support@okpay-help.example.org")
    make_impostor(KnownImpostor.Kind.SOCIAL, "@OKPay_Support_Team")
    make_impostor(KnownImpostor.Kind.PHONE, "+61 491 570 999", is_confirmed=False)
    return {"regions": regions, "channels": channels}


# (value written as customers copy it, visitor's region code, what it must match)
MUST_MATCH = [
    # phone numbers: any formatting, with or without country code, IDD prefix
    ("+1 202-555-0142", None, "channel:us"),
    ("+12025550142", None, "channel:us"),
    ("(202) 555-0142", "us", "channel:us"),
    ("202.555.0142", "us", "channel:us"),
    ("202 555 0142", None, "channel:us"),  # no region known: every region is tried
    ("1-202-555-0142", None, "channel:us"),
    ("+1 (202) 555 0142", None, "channel:us"),
    ("001 202 555 0142", "hk", "channel:us"),
    ("tel:+1-202-555-0142", None, "channel:us"),
    ("  +1 202 555 0142  ", None, "channel:us"),
    ("+1 202 555 0142 ext. 12", None, "channel:us"),
    ("+44 20 7946 0018", None, "channel:fraud"),
    ("+44 (0)20 7946 0018", None, "channel:fraud"),
    ("020 7946 0018", "gb", "channel:fraud"),
    ("020-7946-0018", "hk", "channel:fraud"),  # leading zero for GB, visitor elsewhere
    ("44 20 7946 0018", "hk", "channel:fraud"),  # country code without "+"
    ("0044 20 7946 0018", "gb", "channel:fraud"),
    ("+44.20.7946.0018", None, "channel:fraud"),
    (
        "\uff0b\uff14\uff14 \uff12\uff10 \uff17\uff19\uff14\uff16 \uff10\uff10\uff11\uff18",
        None,
        "channel:fraud",
    ),  # full-width
    ("+44 20 7946 0200", "hk", "channel:hk"),
    # e-mail: case, spaces, mailto:, official domain and its subdomains
    ("help@okpay.example", None, "channel:email"),
    ("Help@OKPay.Example", None, "channel:email"),
    ("  HELP@okpay.example\t", None, "channel:email"),
    ("mailto:help@okpay.example?subject=Card", None, "channel:email"),
    ("<help@okpay.example>", None, "channel:email"),
    ("billing@okpay.example", None, "account:okpay.example"),
    ("noreply@mail.okpay.example", None, "account:okpay.example"),
    ("Press@OKPay-Media.example", None, "account:press@okpay-media.example"),
    # web addresses: only the host decides
    ("okpay.example", None, "account:okpay.example"),
    ("https://okpay.example", None, "account:okpay.example"),
    ("https://www.okpay.example/", None, "account:okpay.example"),
    ("HTTP://WWW.OKPAY.EXAMPLE/Login?next=/account", None, "account:okpay.example"),
    ("www.okpay.example/help#fees", None, "account:okpay.example"),
    ("okpay.example:443/pay", None, "account:okpay.example"),
    ("https://okpay.example./", None, "account:okpay.example"),
    ("help.okpay.example/faq/", None, "account:okpay.example"),
    ("https://chat.okpay.example/start?lang=en", None, "account:okpay.example"),
    # social handles: with or without @, any case
    ("@OKPaySupport", None, "channel:social"),
    ("okpaysupport", None, "channel:social"),
    ("@OKPAYSUPPORT", None, "channel:social"),
    ("@okpaynews", None, "account:@OKPayNews"),
]

# (value, visitor's region code, reported as a scam?)
MUST_NOT_MATCH = [
    # phone numbers: one digit off, impostors, letters
    ("+1 202-555-0143", None, False),
    ("+44 20 7946 0019", None, False),
    ("+44 20 7946 0999", None, True),
    ("020 7946 0999", "gb", True),
    ("+61 491 570 999", None, False),  # reported but not confirmed: not named a scam
    ("+1 202 555 CALL", None, False),
    ("202-555-01ab", "us", False),
    ("12345", None, False),
    # e-mail at look-alike or other domains
    ("help@okpay-support.example", None, False),
    ("help@okpay.example.evil.example", None, False),
    ("help@evil-okpay.example", None, False),
    (f"help@{CYRILLIC_O}kpay.example", None, False),
    ("help@xn--kpay-45d.example", None, False),
    ("support@okpay-help.example.org", None, True),
    ("help@okpay.example@evil.example", None, False),
    # web: look-alike hosts, subdomain of another domain, tricks with userinfo
    ("brand-support.example.net", None, False),
    ("okpay-support.example.net", None, True),
    ("https://login.okpay-support.example.net/verify", None, True),
    ("okpay.example.evil.example", None, False),
    ("https://okpay.example.evil.example/login", None, False),
    ("evilokpay.example", None, False),
    ("okpay.example.com", None, False),
    ("https://okpay.example@evil.example/", None, False),
    ("https://evil.example\\@okpay.example/", None, False),
    ("https://evil.example/okpay.example", None, False),
    ("https://evil.example/?next=https://okpay.example", None, False),
    (f"https://{CYRILLIC_O}kpay.example/", None, False),
    (f"{GREEK_O}kpay.example", None, False),
    ("https://xn--kpay-45d.example/", None, False),
    ("https://www.0kpay.example", None, False),
    ("okpay.examp1e", None, False),
    # social handles that only look like ours
    ("@OKPay_Support_Team", None, True),
    ("@OKPaySupport1", None, False),
    ("@OKPay_Support", None, False),
    (f"@{CYRILLIC_O}KPaySupport", None, False),
]


def _target(name, fixture):
    kind, _sep, key = name.partition(":")
    if kind == "channel":
        return fixture["channels"][key]
    return OfficialAccount.objects.get(value=key)


@pytest.mark.parametrize(("value", "region", "target"), MUST_MATCH)
def test_official_values_match_however_written(official, value, region, target):
    result = verify(value, region=official["regions"].get(region))
    assert result.verdict == Verdict.OFFICIAL, (value, result)
    expected = _target(target, official)
    if isinstance(expected, Channel):
        assert result.channel == expected
    else:
        assert result.official_account == expected


@pytest.mark.parametrize(("value", "region", "reported"), MUST_NOT_MATCH)
def test_look_alikes_and_others_are_never_official(official, value, region, reported):
    result = verify(value, region=official["regions"].get(region))
    assert result.verdict == Verdict.NOT_OFFICIAL, (value, result)
    assert result.channel is None and result.official_account is None
    assert (result.impostor is not None) is reported, (value, result.impostor)


def test_there_are_at_least_forty_cases_each_way():
    assert len(MUST_MATCH) >= 40 and len(MUST_NOT_MATCH) >= 30


@pytest.mark.parametrize(
    ("value", "kind", "problem"),
    [
        ("+1 202 555 CALL", ValueKind.PHONE, Problem.LETTERS_IN_NUMBER),
        ("x" * 5000, ValueKind.UNKNOWN, Problem.TOO_LONG),
        ("<script>alert(1)</script>", ValueKind.UNKNOWN, Problem.UNREADABLE),
        ("call me maybe", ValueKind.UNKNOWN, Problem.UNREADABLE),
        ("xn--zz.example", ValueKind.WEB, Problem.UNREADABLE),
    ],
)
def test_unreadable_input_is_not_official_with_a_reason(official, value, kind, problem):
    result = verify(value)
    assert result.verdict == Verdict.NOT_OFFICIAL
    assert (result.kind, result.problem) == (kind, problem)


@pytest.mark.parametrize("value", ["", "   ", "\x00\x00", "\u200b"])
def test_empty_input_gives_no_answer(official, value):
    assert verify(value) is None


def test_binary_input_is_cleaned_before_matching(official):
    result = verify("\x00+1 202\x07 555 0142\x1b")
    assert result.verdict == Verdict.OFFICIAL  # control characters removed, digits kept
    assert "\x00" not in result.value


def test_look_alike_of_the_brand_is_flagged(official):
    assert verify(f"https://{CYRILLIC_O}kpay.example").imitates_brand
    assert verify("help@okpay-support.example").imitates_brand
    assert not verify("brand-support.example.net").imitates_brand


def test_inactive_channels_and_regions_are_not_official(official):
    official["channels"]["us"].is_active = False
    official["channels"]["us"].save()
    assert verify("+1 202-555-0142").verdict == Verdict.NOT_OFFICIAL
    hk = official["regions"]["hk"]
    hk.is_active = False
    hk.save()
    assert verify("+44 20 7946 0200").verdict == Verdict.NOT_OFFICIAL


def test_report_kind_follows_what_was_checked(official):
    assert verify("+1 202-555-0199").report_kind == "impostor_call"
    assert verify("a@evil.example").report_kind == "phishing"
    assert verify("evil.example").report_kind == "fake_website"
    assert verify("@someone").report_kind == "fake_social"


def test_stored_values_are_normalised_on_save(official):
    channels = official["channels"]
    assert channels["us"].value_normalised == "+12025550142"
    assert channels["email"].value_normalised == "help@okpay.example"
    assert channels["chat"].value_normalised == "chat.okpay.example"
    assert channels["social"].value_normalised == "okpaysupport"
    national = make_channel(official["regions"]["gb"], value="020 7946 0401")
    assert national.value_normalised == "+442079460401"


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (Channel.Kind.PHONE, "call us"),
        (Channel.Kind.EMAIL, "not-an-address"),
        (Channel.Kind.CHAT, "javascript:alert(1)"),
        (Channel.Kind.FORUM, f"https://{CYRILLIC_O}kpay.example/"),
        (Channel.Kind.SOCIAL, "@has space"),
    ],
)
def test_staff_cannot_save_a_value_that_does_not_normalise(official, kind, value):
    channel = Channel(kind=kind, value=value, label_en="Bad")
    with pytest.raises(ValidationError):
        channel.full_clean()


def test_official_domains_must_be_plain_ascii(official):
    account = OfficialAccount(kind=OfficialAccount.Kind.DOMAIN, value=f"{CYRILLIC_O}kpay.example")
    with pytest.raises(ValidationError):
        account.full_clean()


@pytest.mark.parametrize(
    ("value", "host"),
    [
        ("https://WWW.OKPay.example:8443/a?b#c", "okpay.example"),
        ("okpay.example/", "okpay.example"),
        ("//okpay.example", "okpay.example"),
        ("https://user:pass@okpay.example", "okpay.example"),
        ("https://www.www.okpay.example", "www.okpay.example"),  # only one www. goes
        ("https://xn--kpay-45d.example", f"{CYRILLIC_O}kpay.example"),
        ("https://%6Fkpay.example", "okpay.example"),
        ("http://[::1]/", "::1"),
    ],
)
def test_hosts_are_normalised(value, host):
    assert normalise_host(value) == host
