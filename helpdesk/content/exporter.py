"""Write the database's content (FAQ, contact directory, synonyms) as a content folder.

The output is deterministic: items sorted by their natural keys, keys in the
schema's order, values equal to their default left out, every file ending in
one newline. Exporting the same database twice gives the same bytes, so a
folder kept in git shows only real changes. Customer data (submissions,
replies, notes, votes, view counts) is never written.
"""

import datetime
import os
import tempfile
from pathlib import Path

import tomli_w
from django.core.exceptions import ValidationError
from django.core.validators import validate_unicode_slug
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from contacts import models as directory
from faq.models import Article, ArticleImage, Category, ContactWord, Synonym
from feedback.models import Macro
from helpdesk.content import schema
from helpdesk.content.files import (
    ARTICLE_META,
    ARTICLES_DIR,
    CATEGORIES_FILE,
    CONTACT_FILES,
    CONTACT_WORDS_ANY,
    CONTACT_WORDS_FILE,
    FRONT_MATTER_FENCE,
    MACROS_FILE,
    PICTURES_FILE,
    SYNONYMS_FILE,
    ContentError,
    Problem,
    article_file,
    is_picture_file,
    languages,
    layout_files,
    picture_file,
)
from helpdesk.content.reader import format_hours


def translated(obj, name):
    return {code: getattr(obj, build_localized_fieldname(name, code)) or "" for code in languages()}


def _toml(table, items, *, multiline=False):
    document = {table.name: [schema.dump_item(table.fields, item) for item in items]}
    return tomli_w.dumps(document, multiline_strings=multiline)


def _region_sort(region):
    return (region is not None, region.order if region else 0, region.code if region else "")


def _region_values(region):
    return {
        "code": region.code,
        "order": region.order,
        "time_zone": region.time_zone,
        "default_language": region.default_language,
        "is_active": region.is_active,
        "name": translated(region, "name"),
        "best_time_hint": translated(region, "best_time_hint"),
    }


def _channel_ref(channel):
    return {
        "region": channel.region.code if channel.region_id else None,
        "kind": channel.kind,
        "value": channel.value,
    }


def _channel_values(channel):
    hours = [(row.weekday, row.opens, row.closes) for row in channel.hours.all()]
    return {
        **_channel_ref(channel),
        "slug": channel.slug,
        "order": channel.order,
        "always_open": channel.always_open,
        "time_zone": channel.time_zone,
        "hours": format_hours(hours),
        "platform": channel.platform,
        "profile_url": channel.profile_url,
        "is_active": channel.is_active,
        **{
            name: translated(channel, name)
            for name in ("label", "description", "audience", "languages", "response_time")
        },
    }


def _closure_values(closure):
    return {
        "region": closure.region.code if closure.region_id else None,
        "starts_on": closure.starts_on,
        "ends_on": closure.ends_on,
        "opens": closure.opens,
        "closes": closure.closes,
        "channel": _channel_ref(closure.channel) if closure.channel_id else None,
        "reason": translated(closure, "reason"),
    }


def _alert_values(alert):
    return {
        "level": alert.level,
        "starts_at": alert.starts_at.astimezone(datetime.UTC),
        "ends_at": alert.ends_at.astimezone(datetime.UTC) if alert.ends_at else None,
        "is_published": alert.is_published,
        "regions": sorted(region.code for region in alert.regions.all()),
        "articles": sorted(article.slug_en for article in alert.articles.all()),
        "title": translated(alert, "title"),
        "body": translated(alert, "body"),
    }


def contact_files():
    regions = directory.Region.objects.all()
    channels = sorted(
        directory.Channel.objects.select_related("region").prefetch_related("hours"),
        key=lambda c: (_region_sort(c.region), c.order, c.kind, c.value_normalised, c.pk),
    )
    closures = sorted(
        directory.Closure.objects.select_related("region", "channel__region"),
        key=lambda c: (
            _region_sort(c.region or c.channel.region),
            c.starts_on,
            c.ends_on,
            c.reason_en or "",
            c.pk,
        ),
    )
    alerts = sorted(
        directory.Alert.objects.prefetch_related("regions", "articles"),
        key=lambda a: (a.starts_at, a.title_en or "", a.pk),
    )
    accounts = directory.OfficialAccount.objects.order_by(
        "kind", "platform", "value_normalised", "pk"
    )
    impostors = directory.KnownImpostor.objects.select_related("region").order_by(
        "kind", "value_normalised", "pk"
    )
    guidance = sorted(
        directory.ContactGuidance.objects.select_related("region"),
        key=lambda g: (_region_sort(g.region), g.order, g.title_en or "", g.pk),
    )
    return {
        CONTACT_FILES["regions"]: _toml(schema.REGION, map(_region_values, regions)),
        CONTACT_FILES["channels"]: _toml(schema.CHANNEL, map(_channel_values, channels)),
        CONTACT_FILES["closures"]: _toml(schema.CLOSURE, map(_closure_values, closures)),
        CONTACT_FILES["alerts"]: _toml(schema.ALERT, map(_alert_values, alerts)),
        CONTACT_FILES["official_accounts"]: _toml(
            schema.OFFICIAL_ACCOUNT,
            (
                {
                    "kind": a.kind,
                    "platform": a.platform,
                    "value": a.value,
                    "is_active": a.is_active,
                    "note": translated(a, "note"),
                }
                for a in accounts
            ),
        ),
        CONTACT_FILES["known_impostors"]: _toml(
            schema.KNOWN_IMPOSTOR,
            (
                {
                    "kind": i.kind,
                    "value": i.value,
                    "region": i.region.code if i.region_id else None,
                    "source": i.source,
                    "reported_at": i.reported_at,
                    "is_confirmed": i.is_confirmed,
                }
                for i in impostors
            ),
        ),
        CONTACT_FILES["guidance"]: _toml(
            schema.GUIDANCE,
            (
                {
                    "region": g.region.code if g.region_id else None,
                    "order": g.order,
                    "is_active": g.is_active,
                    "title": translated(g, "title"),
                    "body": translated(g, "body"),
                }
                for g in guidance
            ),
            multiline=True,
        ),
    }


def _markdown(front_matter, body):
    front = tomli_w.dumps(schema.dump_item(schema.FRONT_MATTER.fields, front_matter))
    return f"{FRONT_MATTER_FENCE}\n{front}{FRONT_MATTER_FENCE}\n\n{body}\n"


def article_files(article, now):
    files = {}
    meta = {
        "category": article.category.slug_en,
        "status": article.status,
        "publish_at": article.publish_at.astimezone(datetime.UTC)
        if article.publish_at > now
        else None,
        "regions": sorted(region.code for region in article.regions.all()),
        "related": sorted(other.slug_en for other in article.related.all()),
    }
    files[article_file(article.slug_en, ARTICLE_META)] = tomli_w.dumps(
        schema.dump_item(schema.ARTICLE_META.fields, meta)
    )
    for code in languages():
        values = {
            name: getattr(article, build_localized_fieldname(name, code)) or ""
            for name in ("title", "slug", "summary", "keywords", "body")
        }
        if code != "en" and not any(values.values()):
            continue
        # The slug is written only where it differs from the folder's name.
        if values["slug"] == article.slug_en:
            values["slug"] = None
        files[article_file(article.slug_en, f"{code}.md")] = _markdown(values, values["body"])
    return files


def faq_files():
    categories = Category.objects.order_by("order", "slug_en", "pk")
    files = {
        CATEGORIES_FILE: _toml(
            schema.CATEGORY,
            (
                {
                    "slug": translated(c, "slug"),
                    "order": c.order,
                    "icon": c.icon,
                    "title": translated(c, "title"),
                    "description": translated(c, "description"),
                }
                for c in categories
            ),
        )
    }
    groups = {code: [] for code in languages()}
    for language, terms in Synonym.objects.order_by("language", "terms").values_list(
        "language", "terms"
    ):
        groups.setdefault(language, []).append(terms)
    files[SYNONYMS_FILE] = tomli_w.dumps(groups)
    words = {code: {} for code in languages()}
    for row in ContactWord.objects.order_by("language", "kind"):
        key = row.kind or CONTACT_WORDS_ANY
        words.setdefault(row.language, {})[key] = [
            word.strip() for word in row.terms.split(",") if word.strip()
        ]
    files[CONTACT_WORDS_FILE] = tomli_w.dumps(
        {code: lists for code, lists in words.items() if lists}
    )
    now = timezone.now()
    articles = Article.objects.select_related("category").prefetch_related("regions", "related")
    for article in articles.order_by("slug_en"):
        try:
            # The English slug names a folder: never a path of any other shape.
            validate_unicode_slug(article.slug_en or "")
        except ValidationError as error:
            raise ContentError(
                [Problem(f"article {article.pk}", None, f"slug {article.slug_en!r} is not a slug")]
            ) from error
        files.update(article_files(article, now))
    return files


def picture_files():
    """The named pictures (the content folder's), each as its largest re-encoded file."""
    images = ArticleImage.objects.exclude(name=None).order_by("name")
    if not images:
        return {}
    files = {
        PICTURES_FILE: _toml(
            schema.PICTURE, ({"name": i.name, "alt": translated(i, "alt")} for i in images)
        )
    }
    for image in images:
        with image.large.open("rb") as stream:
            files[picture_file(image.name)] = stream.read()
    return files


def desk_files():
    """The help desk's canned replies (never a case or anything a customer wrote)."""
    macros = Macro.objects.order_by("order", "title_en", "pk")
    return {
        MACROS_FILE: _toml(
            schema.MACRO,
            (
                {
                    "order": m.order,
                    "set_status": m.set_status,
                    "is_active": m.is_active,
                    "title": translated(m, "title"),
                    "body": translated(m, "body"),
                }
                for m in macros
            ),
            multiline=True,
        )
    }


def export_files():
    """Every file of the content folder: {relative path: text (or bytes, for pictures)}."""
    return {**contact_files(), **faq_files(), **picture_files(), **desk_files()}


# ------------------------------------------------------------------ writing


def _is_content_file(relative):
    if relative in layout_files() or is_picture_file(relative):
        return True
    parts = relative.split("/")
    return (
        len(parts) == 4
        and "/".join(parts[:2]) == ARTICLES_DIR
        and (parts[3] == ARTICLE_META or parts[3] in {f"{code}.md" for code in languages()})
    )


def write_folder(path, files):
    """Make the folder hold exactly `files`; returns (written, removed, unchanged).

    Refuses (ContentError, before writing anything) a folder with files that
    are not content or with symbolic links: export never writes through a link
    or deletes what it did not write. Hidden files (.gitkeep) are left alone.
    """
    root = Path(path)
    if root.exists() and not root.is_dir():
        raise ContentError([Problem(str(path), None, "not a folder")])
    problems, stale = [], []
    if root.exists():
        for current in sorted(root.rglob("*")):
            relative = current.relative_to(root).as_posix()
            if any(part.startswith(".") for part in relative.split("/")):
                continue
            if current.is_symlink():
                problems.append(Problem(str(current), None, "is a link: not overwritten"))
            elif current.is_file():
                if not _is_content_file(relative):
                    problems.append(Problem(str(current), None, "is not a content file"))
                elif relative not in files:
                    stale.append(current)
    if problems:
        raise ContentError(problems)
    written = unchanged = 0
    for relative, text in sorted(files.items()):
        target = root / relative
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            unchanged += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".export-")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
        written += 1
    for current in stale:
        current.unlink()
        if current.parent != root and not any(current.parent.iterdir()):
            current.parent.rmdir()
    return written, len(stale), unchanged
