"""Staff editing of the knowledge base (content editors; superusers aside).

Translated fields appear as language tabs; every change is kept in history.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from modeltranslation.admin import TabbedTranslationAdmin
from modeltranslation.utils import build_localized_fieldname

from faq.models import (
    EDITED_TEXT_FIELDS,
    SOURCE_FIELDS,
    TRANSLATED_TEXT_FIELDS,
    Article,
    Category,
    ContactWord,
    SearchGap,
    Synonym,
    Vote,
)
from faq.search.index import article_index_remove, article_index_update
from helpdesk.lib.admin import HistoryAdmin, ViewOnlyInline, ViewOnlyMixin
from helpdesk.lib.languages import localized_fieldnames
from helpdesk.lib.textdiff import diff_html


def translation_languages():
    """(code, name) of the languages translated from the default one."""
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


class TranslationLanguageFilter(admin.SimpleListFilter):
    """A list filter naming one translation language; `for_language` does the filtering."""

    def lookups(self, request, model_admin):
        return translation_languages()

    def queryset(self, request, queryset):
        code = self.value()
        if code not in dict(translation_languages()):
            return queryset
        return self.for_language(queryset, code)


class MissingTranslationFilter(TranslationLanguageFilter):
    title = _("translation missing")
    parameter_name = "missing"

    def for_language(self, queryset, code):
        missing = Q()
        for field in TRANSLATED_TEXT_FIELDS:
            name = build_localized_fieldname(field, code)
            missing |= Q(**{f"{name}__isnull": True}) | Q(**{name: ""})
        return queryset.filter(missing)


class OutdatedTranslationFilter(TranslationLanguageFilter):
    title = _("translation outdated")
    parameter_name = "outdated"

    def for_language(self, queryset, code):
        return queryset.outdated(code)


# The change form's button that saves the text as a draft of the live article.
DRAFT_BUTTON = "_save_draft"


class ReviewDueFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("due", _("Due for review"))]

    def queryset(self, request, queryset):
        return queryset.due_for_review() if self.value() == "due" else queryset


class ArticleAdminForm(forms.ModelForm):
    mark_current = forms.MultipleChoiceField(
        label=_("Mark translations current"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=translation_languages,
        help_text=_(
            "Tick a language whose translation still says what the English text says: "
            "it is then no longer shown as outdated. Editing a translation does this too."
        ),
    )


@admin.register(Category)
class CategoryAdmin(HistoryAdmin, TabbedTranslationAdmin):
    list_display = ["title", "order", "article_total"]
    list_editable = ["order"]
    search_fields = localized_fieldnames("title")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_total=Count("articles"))

    @admin.display(description=_("articles"), ordering="article_total")
    def article_total(self, obj):
        return obj.article_total


class VoteInline(ViewOnlyInline):
    model = Vote
    fields = ["created_at", "helpful", "comment", "language"]
    verbose_name_plural = _("votes and comments")
    ordering = ["-created_at"]


@admin.register(Article)
class ArticleAdmin(HistoryAdmin, TabbedTranslationAdmin):
    form = ArticleAdminForm
    list_display = [
        "title",
        "category",
        "status",
        "publish_at",
        "updated_at",
        "outdated_translations",
        "review_by",
        "helpful_total",
        "not_helpful_total",
    ]
    list_filter = [
        "status",
        "category",
        MissingTranslationFilter,
        OutdatedTranslationFilter,
        ReviewDueFilter,
        "regions",
    ]
    list_select_related = ["category"]
    search_fields = localized_fieldnames("title", "summary", "keywords")
    date_hierarchy = "publish_at"
    autocomplete_fields = ["related"]
    filter_horizontal = ["regions", "alerts"]
    readonly_fields = [
        "preview_link",
        "pictures_link",
        "language_view",
        "created_at",
        "updated_at",
        "english_changes",
    ]
    inlines = [VoteInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "preview_link",
                    "language_view",
                    "category",
                    "title",
                    "slug",
                    "summary",
                    "body",
                    "pictures_link",
                    "keywords",
                ]
            },
        ),
        (
            _("Publishing"),
            {"fields": ["status", "publish_at", "unpublish_at", "regions", "alerts", "related"]},
        ),
        (_("Review"), {"fields": ["owner", "review_by"]}),
        (_("Translations"), {"fields": ["english_changes", "mark_current"]}),
        (_("Information"), {"fields": ["created_at", "updated_at"]}),
    ]

    object_history_template = "admin/faq/article/object_history.html"

    class Media:
        css = {"all": ["css/editors.css"]}
        js = ["js/editors.js"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "owner":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # Long enough to read a whole summary or keyword list while editing it.
        field = getattr(db_field, "translated_field", db_field).name
        if field == "summary":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "class": "wide-text"})
        elif field == "keywords":
            kwargs["widget"] = forms.TextInput(attrs={"class": "wide-text"})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_urls(self):
        view = self.admin_site.admin_view(self.compare_view)
        return [
            path("<path:object_id>/history/compare/", view, name="faq_article_compare"),
            *super().get_urls(),
        ]

    def compare_view(self, request, object_id):
        """Two versions of one language side by side as a readable diff."""
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        versions = list(article.history.order_by("-history_date", "-history_id"))
        by_id = {str(version.history_id): version for version in versions}
        names = dict(settings.LANGUAGES)
        language = request.GET.get("language", settings.LANGUAGE_CODE)
        if language not in names:
            language = settings.LANGUAGE_CODE
        older = by_id.get(request.GET.get("from", ""), versions[1] if len(versions) > 1 else None)
        newer = by_id.get(request.GET.get("to", ""), versions[0] if versions else None)
        fields = []
        if older is not None and newer is not None:
            for field in EDITED_TEXT_FIELDS:
                name = build_localized_fieldname(field, language)
                before, after = getattr(older, name) or "", getattr(newer, name) or ""
                fields.append(
                    {
                        "label": Article._meta.get_field(field).verbose_name,
                        "changed": before != after,
                        "diff": diff_html(before, after),
                    }
                )
        context = {
            **self.admin_site.each_context(request),
            "title": _("Compare versions of “%(article)s”") % {"article": article},
            "opts": self.model._meta,
            "original": article,
            "versions": versions,
            "older": older,
            "newer": newer,
            "language": language,
            "languages": settings.LANGUAGES,
            "fields": fields,
        }
        return TemplateResponse(request, "admin/faq/article/compare.html", context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """A version is restored through this form: one whose category was deleted since
        cannot be, and says so instead of failing."""
        version = (
            Article.history.filter(id=unquote(object_id), history_id=unquote(version_id))
            .values("category_id")
            .first()
        )
        if version and not Category.objects.filter(pk=version["category_id"]).exists():
            self.message_user(
                request,
                _(
                    "This version's category has been deleted, so it cannot be restored. "
                    "Compare it with the current version and copy the text you need."
                ),
                messages.ERROR,
            )
            return redirect("admin:faq_article_history", object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        # The change form continues the draft where the editor left it.
        if obj is not None and request.resolver_match.url_name == "faq_article_change":
            obj.apply_draft()
        return obj

    def response_change(self, request, obj):
        if DRAFT_BUTTON in request.POST:
            self.message_user(
                request,
                _("Draft saved. The public site shows the published text until you publish."),
                messages.SUCCESS,
            )
            return redirect("admin:faq_article_change", obj.pk)
        return super().response_change(request, obj)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                helpful_total=Count("votes", filter=Q(votes__helpful=True)),
                not_helpful_total=Count("votes", filter=Q(votes__helpful=False)),
            )
        )

    def save_model(self, request, obj, form, change):
        # Here rather than in save_related: the index reads only the article's own
        # text, and history's "revert" calls save_model but not save_related. The
        # admin wraps both in one transaction, so the index changes with the text.
        for code in form.cleaned_data.get("mark_current") or ():
            obj.mark_translation_current(code)
        if change and DRAFT_BUTTON in request.POST:
            obj.keep_as_draft()  # the public keeps reading the published text
        elif change:
            was_public = Article.objects.published().filter(pk=obj.pk).exists()
            obj.discard_draft()
            if was_public and not obj.is_public:
                self.message_user(
                    request,
                    _("This article is no longer on the public site."),
                    messages.WARNING,
                )
        super().save_model(request, obj, form, change)
        article_index_update(article=obj)

    def delete_model(self, request, obj):
        article_index_remove(article=obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            article_index_remove(article=article)
        super().delete_queryset(request, queryset)

    def get_prepopulated_fields(self, request, obj=None):
        return {
            build_localized_fieldname("slug", code): [build_localized_fieldname("title", code)]
            for code, _name in settings.LANGUAGES
        }

    @admin.display(description=_("helpful"), ordering="helpful_total")
    def helpful_total(self, obj):
        return obj.helpful_total

    @admin.display(description=_("not helpful"), ordering="not_helpful_total")
    def not_helpful_total(self, obj):
        return obj.not_helpful_total

    @admin.display(description=_("languages"))
    def language_view(self, obj):
        return render_to_string(
            "admin/faq/article/language_view.html", {"languages": settings.LANGUAGES}
        )

    @admin.display(description=_("outdated translations"))
    def outdated_translations(self, obj):
        names = dict(settings.LANGUAGES)
        return ", ".join(str(names[code]) for code in obj.outdated_languages()) or "-"

    @admin.display(description=_("changes in English since translated"))
    def english_changes(self, obj):
        if not obj.pk:
            return "-"
        names = dict(settings.LANGUAGES)
        return render_to_string(
            "admin/faq/article/english_changes.html",
            {
                "languages": [
                    {"name": names[code], "code": code, "changes": obj.english_changes(code)}
                    for code in obj.outdated_languages()
                ],
                "labels": {
                    field: Article._meta.get_field(field).verbose_name for field in SOURCE_FIELDS
                },
            },
        )

    @admin.display(description=_("Pictures"))
    def pictures_link(self, obj):
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a> · <a href="{}" '
            'target="_blank" rel="noopener">{}</a><div class="help">{}</div>',
            reverse("admin:faq_articleimage_add"),
            _("Upload a picture"),
            reverse("admin:faq_articleimage_changelist"),
            _("All pictures"),
            _("Paste a picture's token, e.g. [[image:12]], on a line of its own in the body."),
        )

    @admin.display(description=_("public page"))
    def preview_link(self, obj):
        if not obj.pk:
            return "-"
        label = _("View on site") if obj.is_public else _("Preview (staff only)")
        link = format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>', obj.get_absolute_url(), label
        )
        if not obj.draft_texts:
            return link
        return format_html(
            '{} · <a href="{}?draft=1" target="_blank" rel="noopener" data-testid="draft-preview">'
            "{}</a>",
            link,
            obj.get_absolute_url(),
            _("Preview the draft (saved %(when)s)")
            % {"when": date_format(timezone.localtime(obj.draft_saved_at), "DATETIME_FORMAT")},
        )


@admin.register(Vote)
class VoteAdmin(ViewOnlyMixin, admin.ModelAdmin):
    list_display = ["article", "helpful", "short_comment", "language", "created_at"]
    list_filter = ["helpful", "language", "article__category"]
    search_fields = ["comment"]
    list_select_related = ["article"]
    readonly_fields = ["article", "visitor", "helpful", "comment", "language", "created_at"]

    @admin.display(description=_("what was missing"))
    def short_comment(self, obj):
        return obj.comment[:120]


@admin.register(Synonym)
class SynonymAdmin(HistoryAdmin):
    """Editors' synonym groups; searches use them at once (no re-indexing)."""

    list_display = ["terms", "language", "updated_at"]
    list_filter = ["language"]
    search_fields = ["terms"]


@admin.register(ContactWord)
class ContactWordAdmin(HistoryAdmin):
    """Words that make a search show the region's channels; searches use them at once."""

    list_display = ["language", "kind", "terms", "updated_at"]
    list_filter = ["language", "kind"]
    search_fields = ["terms"]


@admin.register(SearchGap)
class SearchGapAdmin(ViewOnlyMixin, admin.ModelAdmin):
    """Searches that found nothing, most frequent first: articles to write or words to add.

    Read-only; editors may delete a row once they have dealt with it.
    """

    list_display = ["query", "language", "count", "first_seen", "last_seen", "search_link"]
    list_filter = ["language"]
    search_fields = ["query"]
    date_hierarchy = "last_seen"
    readonly_fields = ["query", "language", "count", "first_seen", "last_seen"]

    @admin.display(description=_("try it"))
    def search_link(self, obj):
        with override(obj.language):
            url = reverse("faq:search")
        return format_html(
            '<a href="{}?{}" target="_blank" rel="noopener">{}</a>',
            url,
            urlencode({"q": obj.query}),
            _("Search"),
        )


# Pictures for articles (their own module: upload checks and the orphan list).
from faq import admin_pictures  # noqa: E402, F401
