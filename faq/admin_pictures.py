"""Pictures for articles in the admin: upload (checked, re-encoded), the token to
paste into a body, and the list of pictures no article uses."""

from django import forms
from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from faq.models import ArticleImage
from faq.pictures import clean_picture


class ArticleImageForm(forms.ModelForm):
    upload = forms.FileField(
        label=_("Picture file"),
        help_text=_(
            "PNG, JPEG, GIF or WebP, still images only. It is re-encoded (metadata removed) "
            "at phone and desktop widths."
        ),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/png,image/jpeg,image/gif,image/webp"}
        ),
    )

    class Meta:
        model = ArticleImage
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["upload"].required = False

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload:
            self.variants = clean_picture(upload)
        return upload

    def save(self, commit=True):
        if getattr(self, "variants", None):
            self.instance.store(self.variants)
        return super().save(commit)


class OrphanFilter(admin.SimpleListFilter):
    title = _("use")
    parameter_name = "use"

    def lookups(self, request, model_admin):
        return [("orphaned", _("Used by no article")), ("used", _("Used in an article"))]

    def queryset(self, request, queryset):
        if self.value() == "orphaned":
            return queryset.orphaned()
        if self.value() == "used":
            return queryset.filter(pk__in=ArticleImage.objects.used_ids())
        return queryset


@admin.register(ArticleImage)
class ArticleImageAdmin(TabbedTranslationAdmin):
    form = ArticleImageForm
    list_display = ["thumbnail", "markdown_token", "alt", "width", "height", "created"]
    list_filter = [OrphanFilter]
    search_fields = ["alt_en", "alt_zh_hans", "alt_zh_hant"]
    readonly_fields = ["markdown_token", "thumbnail", "width", "height", "uploaded_by", "created"]
    fields = ["upload", "alt", *readonly_fields]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.uploaded_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description=_("Paste into the body"))
    def markdown_token(self, obj):
        if not obj.pk:
            return _("Shown after the picture is saved.")
        return format_html("<code class='picture-token'>{}</code>", obj.markdown)

    @admin.display(description=_("Picture"))
    def thumbnail(self, obj):
        if not obj.large:
            return "—"
        return format_html(
            '<img src="{}" alt="" width="120" style="height:auto">',
            (obj.small or obj.large).url,
        )
