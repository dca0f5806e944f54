"""What the API answers and accepts: the OpenAPI document is generated from these."""

import datetime
from typing import Literal

from ninja import Schema
from pydantic import ConfigDict, Field


class Error(Schema):
    error: str = Field(description="A stable code, e.g. not_found, unknown_language.")
    detail: str = Field(description="What went wrong, in the request's language.")


# ---------------------------------------------------------------- knowledge base


class CategoryOut(Schema):
    slug: str
    title: str
    description: str
    icon: str
    article_count: int
    url: str


class ArticleSummary(Schema):
    slug: str
    title: str
    summary: str
    category: str
    url: str


class CategoryDetail(CategoryOut):
    articles: list[ArticleSummary]


class ArticleOut(Schema):
    slug: str
    title: str
    summary: str
    category: str
    category_title: str
    url: str
    language: str
    is_translated: bool = Field(description="False when the text is the English fallback.")
    translations: list[str] = Field(description="Languages the article is written in.")
    outdated_translations: list[str] = Field(
        description="Languages whose translation is behind the English text (editors' flag)."
    )
    body_html: str = Field(description="The body rendered from Markdown and sanitised.")
    body_text: str = Field(description="The body as plain text.")
    keywords: str
    regions: list[str] = Field(description="Region codes; empty for every region.")
    updated_at: datetime.datetime


class SearchHit(Schema):
    slug: str
    title: str
    snippet: str
    category: str
    url: str
    is_fallback: bool


class SearchPage(Schema):
    query: str
    total: int
    page: int
    page_size: int
    pages: int
    suggestion: str | None
    results: list[SearchHit]


# -------------------------------------------------------------------- contacts


class RegionOut(Schema):
    code: str
    name: str
    time_zone: str
    default_language: str
    url: str


class WeekRow(Schema):
    first_weekday: int = Field(ge=0, le=6, description="0 is Monday.")
    last_weekday: int = Field(ge=0, le=6)
    hours: list[tuple[str, str]] = Field(description="Opening and closing times; empty: closed.")


class ChannelOut(Schema):
    kind: str
    label: str
    description: str
    value: str
    href: str
    region: str | None
    time_zone: str
    always_open: bool
    open_now: bool
    closes_at: datetime.datetime | None = Field(description="While open: when it closes.")
    next_open: datetime.datetime | None = Field(description="While closed: when it opens.")
    closed_today_for: str = Field(description="The reason of today's closure, if any.")
    week: list[WeekRow]


class ClosureOut(Schema):
    starts_on: datetime.date
    ends_on: datetime.date
    opens: str | None
    closes: str | None
    reason: str
    channel: str = Field(description="The channel's label; empty for the whole region.")


class AlertOut(Schema):
    level: str
    title: str
    body: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None


class DirectoryOut(Schema):
    region: RegionOut | None
    now: datetime.datetime
    regional: list[ChannelOut]
    worldwide: list[ChannelOut]
    closures: list[ClosureOut]
    alerts: list[AlertOut]


class VerifyOut(Schema):
    verdict: Literal["official", "not-official"]
    kind: str
    value: str
    normalised: str
    problem: str
    imitates_brand: bool
    reported_scam: bool = Field(description="Analysts confirmed it as an impostor.")
    channel: ChannelOut | None = None
    official_account: str = ""
    report_kind: str = Field(description="The report form's kind for this value.")


class ImpostorOut(Schema):
    kind: str
    value: str
    normalised: str
    region: str | None
    reported_at: datetime.date
    updated_at: datetime.datetime


class ImpostorFeed(Schema):
    count: int
    results: list[ImpostorOut]


# ------------------------------------------------------------------------ cases


class Upload(Schema):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    content_base64: str = Field(description="The file's bytes, base64-encoded.")


class CaseIn(Schema):
    model_config = ConfigDict(extra="forbid")
    description: str = Field(max_length=10000)
    email: str = Field(max_length=254)
    name: str = Field("", max_length=120)
    region: str = Field("", max_length=2, description="Region code.")
    transaction_id: str = Field("", max_length=64)
    attachments: list[Upload] = Field(default_factory=list, max_length=10)


class FeedbackIn(CaseIn):
    kind: Literal["feedback", "complaint"] = "feedback"
    topic: str = Field(max_length=12)


class ReportIn(CaseIn):
    incident: str = Field(max_length=16)
    suspicious_contact: str = Field("", max_length=200)
    occurred_on: datetime.date | None = None
    amount: str = Field("", max_length=20)
    currency: str = Field("", max_length=3)


class CaseCreated(Schema):
    reference: str
    kind: str
    status: str
    case_token: str = Field(description="Opens the case: GET /api/v1/cases/{case_token}.")
    created: bool = Field(description="False when the Idempotency-Key was seen before.")


class ThreadEntry(Schema):
    author: Literal["customer", "staff"]
    body: str
    created_at: datetime.datetime
    files: list[str]


class CaseOut(Schema):
    reference: str
    kind: str
    status: str
    status_label: str
    next_step: str
    created_at: datetime.datetime
    thread: list[ThreadEntry]


class StaffCase(Schema):
    reference: str
    kind: str
    status: str
    priority: int
    email: str
    description: str
    created_at: datetime.datetime


class StaffCaseList(Schema):
    count: int
    results: list[StaffCase]


class ReplyIn(Schema):
    model_config = ConfigDict(extra="forbid")
    body: str = Field(min_length=1, max_length=10000)
