"""Knowledge base: categories, articles, helpfulness votes and view counts.

Content editors write categories and articles in the admin; the public sees
only what `ArticleQuerySet.published()` lets through.
"""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from helpdesk.markdown import render_markdown

COMMENT_MAX_LENGTH = 1000

# Fields whose emptiness in a language means "not yet translated".
TRANSLATED_TEXT_FIELDS = ("title", "body")


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
        counts = dict(
            Article.objects.published()
            .for_region(region)
            .order_by()
            .values_list("category")
            .annotate(n=Count("pk"))
        )
        categories = list(self)
        for category in categories:
            category.article_count = counts.get(category.pk, 0)
        return categories


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
        return reverse("faq:category", kwargs={"category": self.slug})


class ArticleQuerySet(SlugInAnyLanguageMixin, models.QuerySet):
    def published(self):
        """The one rule for what the public may see: published and already due."""
        return self.filter(status=Article.Status.PUBLISHED, publish_at__lte=timezone.now())

    def for_region(self, region):
        """Articles for every region plus those limited to `region` (if known)."""
        if region is None:
            return self
        limits = Article.regions.through.objects.filter(article=OuterRef("pk"))
        return self.filter(~Exists(limits) | Exists(limits.filter(region=region)))

    def visible_to(self, user):
        """Staff who may edit articles also see drafts (preview); others the public set."""
        if user.is_active and user.is_staff and user.has_perm("faq.change_article"):
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
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["category__order", "title", "pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["status", "publish_at"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("faq:article", kwargs={"category": self.category.slug, "article": self.slug})

    @property
    def body_html(self):
        return render_markdown(self.body)

    def is_translated(self, language=None):
        """False when the page would show English fallback text in `language`."""
        language = language or get_language()
        return all(
            getattr(self, build_localized_fieldname(field, language), "")
            for field in TRANSLATED_TEXT_FIELDS
        )

    @property
    def is_public(self):
        return self.status == self.Status.PUBLISHED and self.publish_at <= timezone.now()


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
