"""Knowledge base: categories, articles, helpfulness votes and view counts.

Content editors write categories and articles in the admin; the public sees
only what `ArticleQuerySet.published()` lets through.
"""

import hashlib
import json

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, RegexValidator
from django.db import models
from django.db.models import Count, F, Min, OuterRef, Q, Subquery
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from simple_history.models import HistoricalRecords

from contacts.models import Channel, RegionScopedQuerySet
from faq import pictures
from faq.official import article_problems, render_channel_tokens
from faq.pictures import image_keys, images_by_key, render_image_tokens
from helpdesk.lib.languages import language_codes, localized_fieldnames
from helpdesk.lib.markdown import render_markdown
from helpdesk.lib.publicmedia import public_storage
from helpdesk.lib.textdiff import diff_html
from helpdesk.lib.urls import reverse_slugs

COMMENT_MAX_LENGTH = 1000

# Fields whose emptiness in a language means "not yet translated".
TRANSLATED_TEXT_FIELDS = ("title", "body")
# Every text editors write per language.
EDITED_TEXT_FIELDS = ("title", "summary", "body", "keywords")
# The English texts a translation follows: when one changes, translations are outdated.
SOURCE_FIELDS = ("title", "summary", "body")


def text_fingerprint(texts):
    """A short digest of {field: text}: equal texts, equal fingerprints."""
    encoded = json.dumps(texts, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()[:32]


def previews_articles(user) -> bool:
    """Whether `user` sees articles the public does not (drafts, scheduled, past)."""
    return user.is_active and user.is_staff and user.has_perm("faq.change_article")


class SlugInAnyLanguageMixin:
    def by_slug(self, slug):
        """Match a slug in any language, so links survive a language switch."""
        query = Q()
        for code, _name in settings.LANGUAGES:
            query |= Q(**{build_localized_fieldname("slug", code): slug})
        return self.filter(query)


class CategoryQuerySet(SlugInAnyLanguageMixin, models.QuerySet):
    def with_article_counts(self, region=None):
        """Categories with `article_count` set: public, due articles only."""
        counts = (
            Article.objects.published()
            .for_visitor_region(region)
            .filter(category=OuterRef("pk"))
            .order_by()
            .values("category")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return list(self.annotate(article_count=Coalesce(Subquery(counts), 0)))


class Category(models.Model):
    title = models.CharField(_("title"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=True)
    description = models.CharField(_("description"), max_length=300, blank=True)
    icon = models.CharField(
        _("icon"), max_length=30, blank=True, help_text=_("Name of an icon shown beside it.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=100)

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse_slugs("faq:category", category=self.slug)


class ArticleQuerySet(SlugInAnyLanguageMixin, RegionScopedQuerySet):
    regions_field = "regions"

    def published(self):
        """The one rule for what the public may see: published, already due and not yet
        past its "unpublish at"."""
        now = timezone.now()
        return self.filter(status=Article.Status.PUBLISHED, publish_at__lte=now).filter(
            Q(unpublish_at__isnull=True) | Q(unpublish_at__gt=now)
        )

    def due_for_review(self, today=None):
        """Articles whose "review by" date has come (archived ones aside)."""
        today = today or timezone.localdate()
        return self.filter(review_by__lte=today).exclude(status=Article.Status.ARCHIVED)

    def outdated(self, language):
        """Articles whose translation into `language` was made from an older English text."""
        translated = Q()
        for field in TRANSLATED_TEXT_FIELDS:
            name = build_localized_fieldname(field, language)
            translated &= Q(**{f"{name}__isnull": False}) & ~Q(**{name: ""})
        return (
            self.alias(source_fingerprint=KT(f"translation_sources__{language}__fingerprint"))
            .filter(translated, source_fingerprint__isnull=False)
            .exclude(source_fingerprint=F("english_fingerprint"))
        )

    def next_publication_after(self, now):
        """The first moment after `now` at which one of these articles enters or
        leaves `published()` (a date of Article.SCHEDULE_FIELDS), or None."""
        moments = self.filter(status=Article.Status.PUBLISHED).aggregate(
            **{
                field: Min(field, filter=Q(**{f"{field}__gt": now}))
                for field in Article.SCHEDULE_FIELDS
            }
        )
        return min((moment for moment in moments.values() if moment), default=None)

    def for_lists(self):
        """Without the bodies (every language's), which lists of links never show."""
        return self.defer(
            "body", *(build_localized_fieldname("body", code) for code in language_codes())
        )

    def for_visitor_region(self, region):
        """What a visitor may be shown: `for_region(region)`, or every article when
        their region is unknown (a region-limited article may still be theirs)."""
        return self if region is None else self.for_region(region)

    def visible_to(self, user):
        """Staff who may edit articles also see drafts (preview); others the public set."""
        if previews_articles(user):
            return self
        return self.published()

    def most_viewed(self, limit):
        return self.annotate(total_views=models.Sum("daily_views__views")).order_by(
            models.F("total_views").desc(nulls_last=True), "pk"
        )[:limit]


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="articles", verbose_name=_("category")
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, allow_unicode=True)
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences shown in lists and search results."),
    )
    body = models.TextField(
        _("body"), help_text=_("Markdown. Scripts and unsafe HTML are removed.")
    )
    keywords = models.CharField(
        _("keywords"),
        max_length=300,
        blank=True,
        help_text=_("Comma-separated words customers search with."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    publish_at = models.DateTimeField(
        _("publish date"),
        default=timezone.now,
        help_text=_("Published articles appear from this moment on."),
    )
    unpublish_at = models.DateTimeField(
        _("unpublish date"),
        null=True,
        blank=True,
        help_text=_("Published articles disappear from this moment on. Leave empty to keep."),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="owned_articles",
        verbose_name=_("owner"),
        help_text=_("Who keeps this article right; reminded when it is due for review."),
    )
    review_by = models.DateField(
        _("review by"),
        null=True,
        blank=True,
        help_text=_("The owner is reminded from this day until the date is moved on."),
    )
    regions = models.ManyToManyField(
        "contacts.Region",
        blank=True,
        related_name="articles",
        verbose_name=_("regions"),
        help_text=_("Leave empty for all regions."),
    )
    alerts = models.ManyToManyField(
        "contacts.Alert",
        blank=True,
        related_name="articles",
        verbose_name=_("alerts"),
        help_text=_("Scam or service alerts shown on this article while they are active."),
    )
    related = models.ManyToManyField(
        "self",
        blank=True,
        symmetrical=False,
        verbose_name=_("related articles"),
        help_text=_("Shown under the article; if empty, others from the same category are."),
    )
    # Text saved as a draft of a published article: {localized field name: text},
    # kept out of the live fields until an editor publishes it.
    draft_texts = models.JSONField(default=dict, blank=True, editable=False)
    draft_saved_at = models.DateTimeField(_("draft saved"), null=True, blank=True, editable=False)
    # Which English text each translation was made from (see `is_outdated`).
    english_fingerprint = models.CharField(max_length=32, blank=True, editable=False)
    translation_sources = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()
    # The dates at which a published article appears on (or leaves) public pages.
    SCHEDULE_FIELDS = ("publish_at", "unpublish_at")
    # What published() and is_public read.
    PUBLIC_FIELDS = ("status", *SCHEDULE_FIELDS)

    class Meta:
        ordering = ["category__order", "title", "pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            # Covers published(): the hidden ids every search filters with
            # (faq.search.metadata) come from this index, not from the table
            # (key columns: SQLite has no INCLUDE, and reads it the same way).
            models.Index(
                fields=["status", "publish_at", "unpublish_at", "id"],
                name="faq_article_public_idx",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Browsers send text areas with Windows line endings: store one form, so
        # history records only real changes.
        for name in localized_fieldnames(*EDITED_TEXT_FIELDS):
            value = getattr(self, name, None)
            if value and "\r" in value:
                setattr(self, name, value.replace("\r\n", "\n").replace("\r", "\n"))
        self._follow_english()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse_slugs("faq:article", category=self.category.slug, article=self.slug)

    def clean(self):
        super().clean()
        errors = {}
        if self.unpublish_at and self.publish_at and self.unpublish_at <= self.publish_at:
            errors["unpublish_at"] = [_("The unpublish date must be after the publish date.")]
        for problem in article_problems(self):
            name = build_localized_fieldname(problem.field, problem.language)
            errors.setdefault(name, []).append(problem.message)
        if errors:
            raise ValidationError(errors)

    # -- a draft of the live article ------------------------------------------------

    def apply_draft(self):
        """Show the draft's texts in place of the live ones (this instance only)."""
        names = set(localized_fieldnames(*EDITED_TEXT_FIELDS))
        for name, value in (self.draft_texts or {}).items():
            if name in names:
                setattr(self, name, value)

    def keep_as_draft(self):
        """Move this instance's text edits into the draft; the live texts stay as stored."""
        names = localized_fieldnames(*EDITED_TEXT_FIELDS)
        live = type(self).objects.filter(pk=self.pk).values(*names).get()
        draft = {}
        for name in names:
            value = (getattr(self, name) or "").replace("\r\n", "\n").replace("\r", "\n")
            if value != (live[name] or ""):
                draft[name] = value
            setattr(self, name, live[name])
        self.draft_texts = draft
        self.draft_saved_at = timezone.now() if draft else None

    def discard_draft(self):
        self.draft_texts = {}
        self.draft_saved_at = None

    # -- translations and the English text they were made from --------------------

    def english_texts(self):
        return {field: getattr(self, f"{field}_en") or "" for field in SOURCE_FIELDS}

    def _follow_english(self):
        """A translation edited in this save was made from today's English text."""
        self.english_fingerprint = text_fingerprint(self.english_texts())
        names = localized_fieldnames(*SOURCE_FIELDS)
        before = type(self).objects.filter(pk=self.pk).values(*names).first() if self.pk else None
        self.translation_sources = dict(self.translation_sources or {})
        for code in language_codes():
            if code == settings.LANGUAGE_CODE:
                continue
            fields = [build_localized_fieldname(field, code) for field in SOURCE_FIELDS]
            edited = before is None or any(
                (getattr(self, name) or "") != (before[name] or "") for name in fields
            )
            if edited or code not in self.translation_sources:
                self.mark_translation_current(code)

    def mark_translation_current(self, language):
        """The translation into `language` now follows the English text as it is."""
        texts = self.english_texts()
        self.translation_sources = {
            **(self.translation_sources or {}),
            language: {"fingerprint": text_fingerprint(texts), **texts},
        }

    def is_outdated(self, language=None):
        """True when the English title, summary or body changed since the translation
        into `language` was made or marked current (never for untranslated pages)."""
        language = language or get_language()
        if language == settings.LANGUAGE_CODE or not self.is_translated(language):
            return False
        source = (self.translation_sources or {}).get(language)
        return bool(source) and source.get("fingerprint") != self.english_fingerprint

    @property
    def translation_outdated(self):
        """`is_outdated` in the page's language (for templates)."""
        return self.is_outdated()

    def outdated_languages(self):
        return [code for code in language_codes() if self.is_outdated(code)]

    def english_changes(self, language):
        """{field: HTML diff} of the English text since the translation was made."""
        source = (self.translation_sources or {}).get(language) or {}
        now = self.english_texts()
        return {
            field: diff_html(source.get(field, ""), now[field])
            for field in SOURCE_FIELDS
            if source.get(field, "") != now[field]
        }

    @property
    def english_url(self):
        with override(settings.LANGUAGE_CODE):
            return reverse(
                "faq:article",
                kwargs={"category": self.category.slug_en, "article": self.slug_en},
            )

    @staticmethod
    def render_body(text):
        """A body's Markdown as safe HTML, channel tokens showing their current values."""
        return render_markdown(render_image_tokens(render_channel_tokens(text)))

    @property
    def body_html(self):
        return self.render_body(self.body)

    def is_translated(self, language=None):
        """False when the page would show English fallback text in `language`."""
        language = language or get_language()
        return all(
            getattr(self, build_localized_fieldname(field, language), "")
            for field in TRANSLATED_TEXT_FIELDS
        )

    @property
    def is_public(self):
        # The same rule as ArticleQuerySet.published(), for an article already loaded.
        now = timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.publish_at <= now
            and (self.unpublish_at is None or self.unpublish_at > now)
        )


class ArticleImageQuerySet(models.QuerySet):
    def used_ids(self):
        """Ids of pictures any article names, in any language, live or in a draft."""
        names = localized_fieldnames("body")
        keys = set()
        for row in Article.objects.values_list("draft_texts", *names):
            drafts, *bodies = row
            for text in [*bodies, *(drafts or {}).values()]:
                keys |= image_keys(text)
        return {image.pk for image in images_by_key(keys).values()}

    def orphaned(self):
        return self.exclude(pk__in=self.used_ids())


class ArticleImage(models.Model):
    """A picture editors insert in article bodies with `[[image:ID]]` (public).

    A picture from the content folder also has a `name`, and bodies there
    insert it with `[[image:NAME]]`, so the folder needs no database ids."""

    large = models.FileField(_("picture"), storage=public_storage, max_length=200)
    small = models.FileField(
        _("phone-size picture"), storage=public_storage, max_length=200, blank=True
    )
    width = models.PositiveIntegerField(_("width"))
    height = models.PositiveIntegerField(_("height"))
    small_width = models.PositiveIntegerField(_("phone width"), null=True, blank=True)
    name = models.CharField(
        _("name"),
        max_length=80,
        unique=True,
        null=True,
        blank=True,
        validators=[RegexValidator(rf"^{pictures.NAME}\Z")],
        help_text=_("Optional: lower-case letters, digits and -, starting with a letter."),
    )
    alt = models.CharField(
        _("alt text"),
        max_length=250,
        help_text=_("What the picture shows, for people who cannot see it (each language)."),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ArticleImageQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("article picture")
        verbose_name_plural = _("article pictures")

    def __str__(self):
        return f"{self.markdown} {self.alt}"

    @property
    def markdown(self):
        return f"[[image:{self.pk}]]"

    def store(self, variants):
        """Keep the re-encoded widths (smallest first) as this picture's files."""
        from django.core.files.base import ContentFile

        largest = variants[-1]
        self.large.save(largest.name, ContentFile(largest.content), save=False)
        self.width, self.height = largest.width, largest.height
        if len(variants) > 1:
            self.small.save(variants[0].name, ContentFile(variants[0].content), save=False)
            self.small_width = variants[0].width


class Vote(models.Model):
    """One visitor's answer to "Was this helpful?" for one article."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="votes", verbose_name=_("article")
    )
    visitor = models.CharField(_("visitor"), max_length=64, editable=False)
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(
        _("what was missing"),
        max_length=COMMENT_MAX_LENGTH,
        blank=True,
        validators=[MaxLengthValidator(COMMENT_MAX_LENGTH)],
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["article", "visitor"], name="one_vote_per_visitor")
        ]

    def __str__(self):
        return f"{self.article} · {'+' if self.helpful else '-'}"


class ArticleDailyViews(models.Model):
    """Views of an article per day, written in batches (see faq.views_counter)."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="daily_views", verbose_name=_("article")
    )
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        ordering = ["-day"]
        verbose_name = _("daily views")
        verbose_name_plural = _("daily views")
        constraints = [
            models.UniqueConstraint(fields=["article", "day"], name="one_view_row_per_day")
        ]

    def __str__(self):
        return f"{self.article_id} {self.day}: {self.views}"


# -- Search (see faq.search) -------------------------------------------------------


class SearchDocument(models.Model):
    """An article's text in one language, tokenised for the search engines.

    Derived data, written only by `faq.search.index` (and rebuilt by
    `manage.py rebuild_search_index`). Where a translation is missing the
    English text is indexed for that language and `is_fallback` is set. The
    engines' own structures (an FTS5 table on SQLite, a tsvector column with a
    GIN index on PostgreSQL) are created by the search migrations and follow
    this table inside the same transaction.

    The id is `article id * 16 + language slot` (see `document_id`), so the
    engines read the article and language from their own index entries
    without a look-up in this table of long rows. A language's slot is its
    place in settings.LANGUAGES: add languages at the end (reordering them
    needs `rebuild_search_index`).
    """

    SLOT_BITS = 4

    id = models.BigIntegerField(primary_key=True, editable=False)
    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="search_documents",
        verbose_name=_("article"),
    )
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    is_fallback = models.BooleanField(_("shown in English"), default=False)
    title_tokens = models.TextField(blank=True)
    summary_tokens = models.TextField(blank=True, help_text="Summary and keywords.")
    body_tokens = models.TextField(blank=True)
    # What result snippets are cut from: the summary and the body as plain
    # text, as indexed (no Markdown to strip and no article body to load per search).
    snippet_text = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article", "language"]
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "language"], name="one_search_document_per_language"
            )
        ]

    def __str__(self):
        return f"{self.article_id} [{self.language}]"

    @staticmethod
    def language_slot(language):
        return language_codes().index(language)

    @classmethod
    def document_id(cls, article_id, language):
        return (article_id << cls.SLOT_BITS) + cls.language_slot(language)


class SearchTerm(models.Model):
    """The index's vocabulary per language: document frequency, a written form, trigrams.

    The frequency weighs terms (rare words count more) and lets queries skip
    characters that are everywhere; the trigrams of Latin terms find typo
    candidates ("pasword" -> "password").
    """

    term = models.CharField(max_length=64)
    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    df = models.PositiveIntegerField(default=0)
    word = models.CharField(max_length=64, blank=True)
    trigrams = models.TextField(blank=True)

    class Meta:
        ordering = ["language", "term"]
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        constraints = [
            models.UniqueConstraint(
                fields=["term", "language"], name="one_search_term_per_language"
            )
        ]

    def __str__(self):
        return f"{self.term} [{self.language}] {self.df}"


class WordListQuerySet(models.QuerySet):
    """Word lists editors keep per language (synonyms, contact words)."""

    def for_language(self, language):
        return self.filter(language=language)


class Synonym(models.Model):
    """Words customers use for the same thing, in one language; editors keep the list."""

    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    terms = models.CharField(
        _("words with the same meaning"),
        max_length=500,
        help_text=_(
            "Comma-separated, e.g. “2FA, two-factor, two-step”. A search for any of them "
            "finds all of them."
        ),
    )
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = WordListQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["language", "terms"]
        verbose_name = _("synonym group")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return self.terms


class ContactWord(models.Model):
    """Words that show a search asks how to reach us, in one language; editors keep the list.

    A row without a kind says "the visitor wants to contact us" (customer
    service, 客服): the results page then shows the region's channels first.
    A row with a kind (phone, e-mail, chat...) only puts that kind of channel
    first when the search asks to contact us: "change my phone number" is not
    a contact question, "customer service phone" is.
    """

    ANY = ""
    KIND_CHOICES = [
        (ANY, _("any channel (the visitor wants to contact us)")),
        *Channel.Kind.choices,
    ]

    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    kind = models.CharField(_("kind"), max_length=10, choices=KIND_CHOICES, blank=True, default=ANY)
    terms = models.CharField(
        _("words"),
        max_length=500,
        help_text=_(
            "Comma-separated, e.g. “customer service, hotline, contact you”. A search "
            "containing any of them (whole words; Chinese anywhere) matches."
        ),
    )
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = WordListQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["language", "kind", "terms"]
        verbose_name = _("contact word list")
        verbose_name_plural = _("contact words")
        constraints = [
            models.UniqueConstraint(fields=["language", "kind"], name="one_contact_word_list")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.terms}"


class SearchGap(models.Model):
    """A search that found nothing: what customers look for and the help center lacks."""

    query = models.CharField(_("search"), max_length=200)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    count = models.PositiveIntegerField(_("times"), default=0)
    first_seen = models.DateTimeField(_("first seen"), default=timezone.now)
    last_seen = models.DateTimeField(_("last seen"), default=timezone.now)

    class Meta:
        ordering = ["-count", "-last_seen", "pk"]
        verbose_name = _("content gap")
        verbose_name_plural = _("content gaps")
        constraints = [
            models.UniqueConstraint(fields=["query", "language"], name="one_gap_per_query")
        ]

    def __str__(self):
        return self.query
