"""Load a content folder into the database, idempotently and all or nothing.

What an import does, row by row (rows are matched by their natural keys: a
region's code, a channel's region, kind and normalised value, a closure's
region or channel, first day and English reason, an alert's or guidance's
English title, an account's or impostor's kind and normalised value, a
category's or article's English slug, a picture's name, a synonym group's
language and words; a picture's file is re-encoded as an upload is, and
counts as changed only when the re-encoded bytes differ):

- a row named in the folder is created, or updated when a value differs; an
  unchanged row is not saved (no history entry, no search re-index);
- a named row's opening hours are replaced by the folder's;
- its links to other rows the folder names (an article's regions and related
  articles, an alert's regions and articles) are set as the folder says; links
  to rows the folder does not name are left alone, so what editors add in the
  admin survives an import of the demo;
- rows the folder does not name are kept, unless `prune` is given: then they
  are deleted (articles leave the search index first).

The folder is read and checked completely before the first write; each row
is then validated by its model (`full_clean`) inside one transaction, and any
problem rolls the whole import back. A dry run does the same and always rolls
back, so it reports exactly what an import would do.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from contacts import models as directory
from faq.models import Article, ArticleImage, Category, ContactWord, Synonym
from faq.pictures import clean_picture
from faq.search.index import article_index_remove, article_index_update
from feedback.models import Macro
from helpdesk.content.files import ContentError, Problem, languages
from helpdesk.content.reader import TEXT_FIELDS, channel_key, read_content

ADD, CHANGE, REMOVE = "add", "change", "remove"


def localized(name, values):
    """{"en": "Hi"} -> {"title_en": "Hi", ...} for every site language."""
    return {build_localized_fieldname(name, code): values[code] for code in languages()}


def _same(current, wanted):
    if current in (None, "") and wanted in (None, ""):
        return True
    return current == wanted


@dataclass
class Report:
    changes: dict = field(default_factory=dict)  # (kind, label) -> [action, fields]
    unchanged: int = 0

    def record(self, kind, label, action, fields=()):
        entry = self.changes.setdefault((kind, label), [action, []])
        entry[1] += [name for name in fields if name not in entry[1]]

    def count(self, action):
        return sum(1 for entry in self.changes.values() if entry[0] == action)

    def lines(self):
        for (kind, label), (action, fields) in self.changes.items():
            detail = f" ({', '.join(fields)})" if action == CHANGE and fields else ""
            yield f"{action:<6} {kind} {label}{detail}"

    def summary(self):
        return (
            f"{self.count(ADD)} added, {self.count(CHANGE)} changed, "
            f"{self.count(REMOVE)} removed, {self.unchanged} unchanged"
        )


class _Importer:
    def __init__(self, content, *, prune, new_article_publish_at):
        self.content = content
        self.prune = prune
        self.new_article_publish_at = new_article_publish_at
        self.report = Report()
        self.problems = []
        self.named = {}  # model -> pks of the rows the folder names

    # -- one row ------------------------------------------------------------

    def upsert(self, kind, label, item, existing, values, create_extra=None):
        """Create or update one row; None (and a problem recorded) when it is invalid."""
        model = type(existing) if existing is not None else item["_model"]
        if existing is None:
            obj = model(**values, **(create_extra or {}))
            changed = None
        else:
            obj = existing
            changed = [
                name for name, value in values.items() if not _same(getattr(obj, name), value)
            ]
            if not changed:
                self.named.setdefault(model, set()).add(obj.pk)
                self.report.unchanged += 1
                return obj
            for name in changed:
                setattr(obj, name, values[name])
        try:
            obj.full_clean()
        except ValidationError as error:
            self.invalid(item, f"{kind} {label}", error)
            return None
        obj.save()
        self.named.setdefault(model, set()).add(obj.pk)
        if changed is None:
            self.report.record(kind, label, ADD)
        else:
            self.report.record(kind, label, CHANGE, changed)
        return obj

    def invalid(self, item, label, error):
        for name, messages in error.message_dict.items():
            key = next((key for key in item if key == name or name.startswith(f"{key}_")), None)
            where = item["_where_for"](name) if "_where_for" in item else item["_where"]
            for message in messages:
                what = "" if name == "__all__" else f"{name}: "
                self.problems.append(
                    Problem(where.path, where.line(key), f"{label}: {what}{message}")
                )

    def links(self, kind, label, obj, attribute, target, wanted):
        """Set `obj.<attribute>` to `wanted` among the rows the folder names."""
        manager = getattr(obj, attribute)
        current = set(manager.values_list("pk", flat=True))
        new = (current - self.named.get(target, set())) | set(wanted)
        if new != current:
            manager.set(new)
            if (kind, label) not in self.report.changes:
                self.report.unchanged -= 1
            self.report.record(kind, label, CHANGE, [attribute])
        return new != current

    def labelled(self, items, model):
        for item in items:
            item["_model"] = model
            yield item

    # -- the directory --------------------------------------------------------

    def regions(self):
        self.region_by_code = {}
        for item in self.labelled(self.content.regions, directory.Region):
            region = self.upsert(
                "region",
                item["code"],
                item,
                directory.Region.objects.filter(code=item["code"]).first(),
                {
                    "code": item["code"],
                    "order": item["order"],
                    "time_zone": item["time_zone"],
                    "default_language": item["default_language"],
                    "is_active": item["is_active"],
                    **localized("name", item["name"]),
                    **localized("best_time_hint", item["best_time_hint"]),
                },
            )
            if region is not None:
                self.region_by_code[item["code"]] = region

    def region(self, code):
        """The saved region for a code (None for none); KeyError if it failed."""
        return None if code is None else self.region_by_code[code]

    def channels(self):
        self.channel_by_key = {}
        for item in self.labelled(self.content.channels, directory.Channel):
            if item["region"] is not None and item["region"] not in self.region_by_code:
                continue  # its region was refused: already reported
            region = self.region(item["region"])
            label = f"{item['kind']} {item['value']} ({item['region'] or 'global'})"
            probe = directory.Channel(kind=item["kind"], value=item["value"], region=region)
            existing = directory.Channel.objects.filter(
                region=region, kind=item["kind"], value_normalised=probe.normalised_value()
            ).first()
            values = {
                "region": region,
                "kind": item["kind"],
                "value": item["value"],
                "slug": item["slug"],
                "order": item["order"],
                "always_open": item["always_open"],
                "time_zone": item["time_zone"],
                "platform": item["platform"],
                "profile_url": item["profile_url"],
                "is_active": item["is_active"],
                **{
                    key: value
                    for name in ("label", "description", "audience", "languages", "response_time")
                    for key, value in localized(name, item[name]).items()
                },
            }
            channel = self.upsert("channel", label, item, existing, values)
            if channel is None:
                continue
            self.channel_by_key[channel_key(item["kind"], item["value"], item["region"])] = channel
            self.hours(label, channel, item["hours_rows"])

    def hours(self, label, channel, wanted):
        existing = sorted(channel.hours.values_list("weekday", "opens", "closes"))
        if existing == wanted:
            return
        channel.hours.all().delete()
        for weekday, opens, closes in wanted:
            directory.OpeningHours.objects.create(
                channel=channel, weekday=weekday, opens=opens, closes=closes
            )
        if ("channel", label) not in self.report.changes:
            self.report.unchanged -= 1
        self.report.record("channel", label, CHANGE, ["hours"])

    def closures(self):
        for item in self.labelled(self.content.closures, directory.Closure):
            ref = item["channel"]
            try:
                region = self.region(item["region"])
                channel = (
                    self.channel_by_key[channel_key(ref["kind"], ref["value"], ref["region"])]
                    if ref
                    else None
                )
            except KeyError:
                continue  # what it belongs to was refused: already reported
            owner = item["region"] or f"{ref['kind']} {ref['value']}"
            label = f"{owner} {item['starts_on']} {item['reason']['en']}"
            existing = directory.Closure.objects.filter(
                region=region,
                channel=channel,
                starts_on=item["starts_on"],
                reason_en=item["reason"]["en"],
            ).first()
            self.upsert(
                "closure",
                label,
                item,
                existing,
                {
                    "region": region,
                    "channel": channel,
                    "starts_on": item["starts_on"],
                    "ends_on": item["ends_on"],
                    "opens": item["opens"],
                    "closes": item["closes"],
                    **localized("reason", item["reason"]),
                },
            )

    def alerts(self):
        self.alert_items = []
        for item in self.labelled(self.content.alerts, directory.Alert):
            alert = self.upsert(
                "alert",
                item["title"]["en"],
                item,
                directory.Alert.objects.filter(title_en=item["title"]["en"]).first(),
                {
                    "level": item["level"],
                    "starts_at": item["starts_at"],
                    "ends_at": item["ends_at"],
                    "is_published": item["is_published"],
                    **localized("title", item["title"]),
                    **localized("body", item["body"]),
                },
            )
            if alert is not None:
                self.alert_items.append((item, alert))
                wanted = [
                    self.region_by_code[c] for c in item["regions"] if c in self.region_by_code
                ]
                self.links(
                    "alert",
                    item["title"]["en"],
                    alert,
                    "regions",
                    directory.Region,
                    [r.pk for r in wanted],
                )

    def official_accounts(self):
        for item in self.labelled(self.content.official_accounts, directory.OfficialAccount):
            probe = directory.OfficialAccount(kind=item["kind"], value=item["value"])
            existing = directory.OfficialAccount.objects.filter(
                kind=item["kind"],
                platform=item["platform"],
                value_normalised=probe.normalised_value(),
            ).first()
            self.upsert(
                "official account",
                f"{item['kind']} {item['value']}",
                item,
                existing,
                {
                    "kind": item["kind"],
                    "platform": item["platform"],
                    "value": item["value"],
                    "is_active": item["is_active"],
                    **localized("note", item["note"]),
                },
            )

    def known_impostors(self):
        for item in self.labelled(self.content.known_impostors, directory.KnownImpostor):
            try:
                region = self.region(item["region"])
            except KeyError:
                continue
            probe = directory.KnownImpostor(kind=item["kind"], value=item["value"], region=region)
            existing = directory.KnownImpostor.objects.filter(
                kind=item["kind"], value_normalised=probe.normalised_value()
            ).first()
            self.upsert(
                "known impostor",
                f"{item['kind']} {item['value']}",
                item,
                existing,
                {
                    "kind": item["kind"],
                    "value": item["value"],
                    "region": region,
                    "source": item["source"],
                    "reported_at": item["reported_at"],
                    "is_confirmed": item["is_confirmed"],
                },
            )

    def guidance(self):
        for item in self.labelled(self.content.guidance, directory.ContactGuidance):
            try:
                region = self.region(item["region"])
            except KeyError:
                continue
            self.upsert(
                "guidance",
                item["title"]["en"],
                item,
                directory.ContactGuidance.objects.filter(
                    region=region, title_en=item["title"]["en"]
                ).first(),
                {
                    "region": region,
                    "order": item["order"],
                    "is_active": item["is_active"],
                    **localized("title", item["title"]),
                    **localized("body", item["body"]),
                },
            )

    # -- the help desk ----------------------------------------------------------

    def macros(self):
        for item in self.labelled(self.content.macros, Macro):
            self.upsert(
                "canned reply",
                item["title"]["en"],
                item,
                Macro.objects.filter(title_en=item["title"]["en"]).first(),
                {
                    "order": item["order"],
                    "set_status": item["set_status"],
                    "is_active": item["is_active"],
                    **localized("title", item["title"]),
                    **localized("body", item["body"]),
                },
            )

    # -- the knowledge base ---------------------------------------------------

    def pictures(self):
        """Each picture goes through the upload checks; unchanged pixels and alts are kept."""
        for item in self.content.pictures:
            name = item["name"]
            upload = SimpleUploadedFile(f"{name}.png", item["data"], "image/png")
            try:
                variants = clean_picture(upload)
            except ValidationError as error:
                where = item["_where"]
                for message in error.messages:
                    self.problems.append(
                        Problem(where.path, where.line("name"), f"picture {name}: {message}")
                    )
                continue
            image = ArticleImage.objects.filter(name=name).first()
            alts = localized("alt", item["alt"])
            changed = [
                key for key, value in alts.items() if not _same(getattr(image, key, None), value)
            ]
            if image is None or not _holds(image.large, variants[-1].content):
                changed.append("file")
            if image is not None and not changed:
                self.report.unchanged += 1
                continue
            action = ADD if image is None else CHANGE
            image = image or ArticleImage(name=name)
            for key, value in alts.items():
                setattr(image, key, value)
            if "file" in changed:
                image.store(variants)
            try:
                image.full_clean()
            except ValidationError as error:
                self.invalid({**item, "_model": ArticleImage}, f"picture {name}", error)
                continue
            image.save()
            self.report.record("picture", name, action, changed if action == CHANGE else ())

    def categories(self):
        self.category_by_slug = {}
        for item in self.labelled(self.content.categories, Category):
            slug = item["slug"]["en"]
            category = self.upsert(
                "category",
                slug,
                item,
                Category.objects.filter(slug_en=slug).first(),
                {
                    "order": item["order"],
                    "icon": item["icon"],
                    **localized("slug", item["slug"]),
                    **localized("title", item["title"]),
                    **localized("description", item["description"]),
                },
            )
            if category is not None:
                self.category_by_slug[slug] = category

    def articles(self):
        self.article_by_slug = {}
        for article in self.content.articles:
            category = self.category_by_slug.get(article.meta["category"])
            if category is None:
                continue
            values = {"category": category, "status": article.meta["status"]}
            if article.meta["publish_at"] is not None:
                values["publish_at"] = article.meta["publish_at"]
            for code, texts in article.texts.items():
                for name in (*TEXT_FIELDS, "slug"):
                    values[build_localized_fieldname(name, code)] = texts[name]
            item = {
                "_where": article.where["meta"],
                "_where_for": _article_where(article),
                "_model": Article,
                **dict.fromkeys((*TEXT_FIELDS, "category", "status", "publish_at")),
            }
            obj = self.upsert(
                "article",
                article.slug,
                item,
                Article.objects.filter(slug_en=article.slug).first(),
                values,
                create_extra={"publish_at": self.new_article_publish_at or timezone.now()},
            )
            if obj is None:
                continue
            self.article_by_slug[article.slug] = obj
            wanted = [self.region_by_code[c].pk for c in article.meta["regions"]]
            self.links("article", article.slug, obj, "regions", directory.Region, wanted)
        for article in self.content.articles:
            obj = self.article_by_slug.get(article.slug)
            if obj is None:
                continue
            wanted = [
                self.article_by_slug[slug].pk
                for slug in article.meta["related"]
                if slug in self.article_by_slug
            ]
            self.links("article", article.slug, obj, "related", Article, wanted)
        for slug, obj in self.article_by_slug.items():
            if ("article", slug) in self.report.changes:
                article_index_update(article=obj)
        for item, alert in self.alert_items:
            wanted = [
                self.article_by_slug[slug].pk
                for slug in item["articles"]
                if slug in self.article_by_slug
            ]
            self.links("alert", item["title"]["en"], alert, "articles", Article, wanted)

    def synonyms(self):
        existing = set(Synonym.objects.values_list("language", "terms"))
        named = set()
        for language, groups in self.content.synonyms.items():
            for terms in groups:
                named.add((language, terms))
                if (language, terms) in existing:
                    self.report.unchanged += 1
                    continue
                synonym = Synonym(language=language, terms=terms)
                try:
                    synonym.full_clean()
                except ValidationError as error:
                    item = {"_where": self.content.synonyms_where, language: terms}
                    self.invalid(item, f"synonym {language} {terms!r}", error)
                    continue
                synonym.save()  # one by one, so history records each
                self.report.record("synonym", f"{language}: {terms}", ADD)
        self.named_synonyms = named

    def contact_words(self):
        existing = {(w.language, w.kind): w for w in ContactWord.objects.all()}
        for (language, kind), words in self.content.contact_words.items():
            terms = ", ".join(words)
            row = existing.get((language, kind)) or ContactWord(language=language, kind=kind)
            label = f"{language} {kind or 'contact'}"
            if row.pk and row.terms == terms:
                self.report.unchanged += 1
                continue
            action = CHANGE if row.pk else ADD
            row.terms = terms
            try:
                row.full_clean()
            except ValidationError as error:
                item = {"_where": self.content.contact_words_where, language: terms}
                self.invalid(item, f"contact words {label}", error)
                continue
            row.save()
            self.report.record("contact words", label, action)

    # -- pruning --------------------------------------------------------------

    def prune_rows(self):
        doomed = [
            (
                "canned reply",
                Macro.objects.exclude(pk__in=self.named.get(Macro, ())),
                lambda m: m.title_en,
            ),
            (
                "article",
                Article.objects.exclude(pk__in=self.named.get(Article, ())),
                lambda a: a.slug_en,
            ),
            (
                "category",
                Category.objects.exclude(pk__in=self.named.get(Category, ())),
                lambda c: c.slug_en,
            ),
            (
                "guidance",
                directory.ContactGuidance.objects.exclude(
                    pk__in=self.named.get(directory.ContactGuidance, ())
                ),
                str,
            ),
            (
                "known impostor",
                directory.KnownImpostor.objects.exclude(
                    pk__in=self.named.get(directory.KnownImpostor, ())
                ),
                lambda i: f"{i.kind} {i.value}",
            ),
            (
                "official account",
                directory.OfficialAccount.objects.exclude(
                    pk__in=self.named.get(directory.OfficialAccount, ())
                ),
                lambda a: f"{a.kind} {a.value}",
            ),
            (
                "alert",
                directory.Alert.objects.exclude(pk__in=self.named.get(directory.Alert, ())),
                str,
            ),
            (
                "closure",
                directory.Closure.objects.exclude(pk__in=self.named.get(directory.Closure, ())),
                str,
            ),
            (
                "channel",
                directory.Channel.objects.exclude(pk__in=self.named.get(directory.Channel, ())),
                lambda c: f"{c.kind} {c.value}",
            ),
            (
                "region",
                directory.Region.objects.exclude(pk__in=self.named.get(directory.Region, ())),
                lambda r: r.code,
            ),
        ]
        for kind, queryset, label in doomed:
            for obj in queryset:
                if isinstance(obj, Article):
                    article_index_remove(article=obj)
                try:
                    obj.delete()
                except ProtectedError as error:
                    blockers = ", ".join(str(o) for o in list(error.protected_objects)[:3])
                    self.problems.append(
                        Problem(
                            f"--prune {kind}",
                            None,
                            f"{label(obj)} cannot be removed: used by {blockers}",
                        )
                    )
                    continue
                self.report.record(kind, label(obj), REMOVE)
        for row in ContactWord.objects.all():
            if (row.language, row.kind) not in self.content.contact_words:
                row.delete()
                self.report.record(
                    "contact words", f"{row.language} {row.kind or 'contact'}", REMOVE
                )
        for synonym in Synonym.objects.all():
            if (synonym.language, synonym.terms) not in self.named_synonyms:
                synonym.delete()
                self.report.record("synonym", f"{synonym.language}: {synonym.terms}", REMOVE)

    def run(self):
        self.regions()
        self.channels()
        self.closures()
        self.alerts()
        self.official_accounts()
        self.known_impostors()
        self.guidance()
        self.pictures()
        self.categories()
        self.articles()
        self.synonyms()
        self.contact_words()
        self.macros()
        if self.prune and not self.problems:
            self.prune_rows()


def _holds(file, content):
    """True when the stored `file` has exactly these bytes (a missing file does not)."""
    try:
        with file.open("rb") as stream:
            return stream.read() == content
    except (OSError, ValueError):
        return False


def _article_where(article):
    """Model problems with a language's field point at that language's file."""

    def where_for(name):
        for code in languages():
            if name.endswith("_" + code.replace("-", "_")) and code in article.where:
                return article.where[code]
        return article.where["meta"]

    return where_for


def import_content(path, *, dry_run=False, prune=False, new_article_publish_at=None):
    """Import the folder at `path`; returns a Report. Raises ContentError, writing nothing.

    `new_article_publish_at` dates articles the import creates (default: now).
    """
    content = read_content(path)
    with transaction.atomic():
        importer = _Importer(content, prune=prune, new_article_publish_at=new_article_publish_at)
        importer.run()
        if importer.problems:
            raise ContentError(importer.problems)
        if dry_run:
            transaction.set_rollback(True)
    return importer.report
