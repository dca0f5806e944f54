"""Benchmark search at knowledge-base scale: `make bench-search` runs it per database.

    DATABASE_URL=sqlite:////tmp/x_bench.sqlite3 python -m tests.bench.search [--articles N]

Fills a throw-away database (its name must end in "bench", it is wiped) with
N articles in each language made from the demo content's sentences, keywords
and a long tail of rarer words, indexes them, then times the same mixed
queries (English, Chinese, typos) through `search_articles` (count + first
page with snippets, as the results page needs) and through a naive
`icontains` scan (the first search, kept here for comparison).
"""

import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "helpdesk.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.core.management.base import BaseCommand, CommandError  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Case, IntegerField, Q, Value, When  # noqa: E402
from django.utils import timezone  # noqa: E402
from modeltranslation.utils import build_localized_fieldname  # noqa: E402

from contacts.models import Channel, KnownImpostor, OpeningHours, Region  # noqa: E402
from faq.instant import instant_answer  # noqa: E402
from faq.models import Article, ArticleDailyViews, Category, ContactWord, Vote  # noqa: E402
from faq.search import schema, search_articles  # noqa: E402
from faq.search.index import index_rebuild  # noqa: E402
from faq.search.snippets import plain_text  # noqa: E402
from helpdesk.content.demo import CONTENT_DIR  # noqa: E402
from helpdesk.content.reader import read_content  # noqa: E402
from tests.faq.test_relevance import CASES, INSTANT_CASES  # noqa: E402

LANGS = {"en": "en", "zh-hans": "zh_hans", "zh-hant": "zh_hant"}
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*")
_SYLLABLES = "ba be bi bo bu da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi".split()  # noqa: E501, SIM905


def naive_search(query, *, language, region=None):
    """The first search (every word icontains in any field, title hits first)."""
    terms = " ".join(query.split()).split()[:8]
    articles = Article.objects.published().for_visitor_region(region)
    names = {
        field: [build_localized_fieldname(field, language)]
        + ([build_localized_fieldname(field, "en")] if language != "en" else [])
        for field in ("title", "summary", "keywords", "body")
    }
    title_hit = Q()
    for term in terms:
        matches = Q()
        for fields in names.values():
            for name in fields:
                matches |= Q(**{f"{name}__icontains": term})
        articles = articles.filter(matches)
        for name in names["title"]:
            title_hit |= Q(**{f"{name}__icontains": term})
    return (
        articles.select_related("category")
        .annotate(
            t=Case(When(title_hit, then=Value(1)), default=Value(0), output_field=IntegerField())
        )
        .order_by("-t", "pk")
    )


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Command(BaseCommand):
    help = "Time search on generated content (wipes the database: its name must end in 'bench')."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=10_000, help="per language")
        parser.add_argument("--queries", type=int, default=1_000)
        parser.add_argument("--seed", type=int, default=5)
        parser.add_argument("--reuse", action="store_true", help="keep existing content")

    def handle(self, *args, **options):
        name = str(settings.DATABASES["default"]["NAME"])
        if not Path(name).stem.endswith("bench") and not name.endswith("bench"):
            raise CommandError(f"Refusing to wipe {name!r}: use a database named *bench.")
        settings.DEBUG = False  # no query log: time what production runs
        rng = random.Random(options["seed"])
        if not options["reuse"]:
            self._recreate(name)
            call_command("migrate", verbosity=0)
            started = time.perf_counter()
            self._generate(rng, options["articles"])
            made = time.perf_counter() - started
            self.stdout.write(
                f"Generated {options['articles']} articles per language in {made:.0f} s."
            )
            started = time.perf_counter()
            documents = index_rebuild()
            self.stdout.write(
                f"Indexed {documents} documents in {time.perf_counter() - started:.0f} s."
            )
            self._analyse()
        self._contact_data()
        queries = self._queries(rng, options["queries"])
        self._run(queries)
        self._run_instant()

    # -- database -----------------------------------------------------------------

    def _recreate(self, name):
        if connection.vendor == "sqlite":
            connection.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{name}{suffix}").unlink(missing_ok=True)
        elif connection.vendor == "postgresql":
            connection.close()
            with connection._nodb_cursor() as cursor:
                quoted = connection.ops.quote_name(name)
                cursor.execute(f"DROP DATABASE IF EXISTS {quoted}")
                cursor.execute(f"CREATE DATABASE {quoted}")
        else:
            raise CommandError(f"No benchmark for {connection.vendor}.")

    def _analyse(self):
        schema.vacuum(connection)  # as rebuild_search_index does after its rebuild
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    # -- content ------------------------------------------------------------------

    def _pools(self):
        """Per language and demo article: its sentences, title and keywords."""
        articles = read_content(CONTENT_DIR).articles
        pools = {}
        for lang in LANGS:
            topics = []
            for article in articles:
                texts = article.texts[lang]
                body = plain_text(texts["body"]) + " " + texts["summary"]
                topics.append(
                    {
                        "title": texts["title"],
                        "keywords": [k.strip() for k in texts["keywords"].split(",")],
                        "sentences": [s for s in _SENTENCE.split(body) if len(s) > 8],
                    }
                )
            pools[lang] = {
                "topics": topics,
                "sentences": [s for t in topics for s in t["sentences"]],
                "keywords": [k for t in topics for k in t["keywords"]],
            }
        return pools

    @transaction.atomic
    def _generate(self, rng, count):
        content = read_content(CONTENT_DIR)
        regions = [
            Region.objects.create(
                code=data["code"],
                time_zone=data["time_zone"],
                **{build_localized_fieldname("name", code): data["name"][code] for code in LANGS},
            )
            for data in content.regions
        ]
        categories = []
        for i, data in enumerate(content.categories):
            fields = {
                build_localized_fieldname(name, code): data[name][code]
                for name in ("title", "slug")
                for code in LANGS
            }
            categories.append(Category.objects.create(order=i, **fields))
        pools = self._pools()
        # A long tail of rarer words (merchant names, products) as real content has.
        tail = ["".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4))) for _ in range(20_000)]
        past = timezone.now() - timezone.timedelta(days=30)
        batch = []
        for n in range(count):
            fields = {
                "category": rng.choice(categories),
                "status": Article.Status.PUBLISHED,
                "publish_at": past,
            }
            # Like a real knowledge base: each article is about one topic (most of
            # its sentences), mentions others, and has words of its own.
            topic = rng.randrange(len(pools["en"]["topics"]))
            for code in LANGS:
                pool = pools[code]
                own = pool["topics"][topic]
                joiner = " " if code == "en" else ""
                sentences = [
                    rng.choice(own["sentences"] if rng.random() < 0.7 else pool["sentences"])
                    for _ in range(rng.randint(12, 30))
                ]
                if code == "en":
                    sentences = [
                        f"{s} {rng.choice(tail)}" if rng.random() < 0.3 else s for s in sentences
                    ]
                title = f"{own['title']} {rng.choice(tail)}"
                keywords = rng.sample(own["keywords"], min(3, len(own["keywords"])))
                keywords.append(rng.choice(pool["keywords"]))
                fields[build_localized_fieldname("title", code)] = title[:200]
                fields[build_localized_fieldname("slug", code)] = f"bench-{n}"
                fields[build_localized_fieldname("summary", code)] = rng.choice(own["sentences"])[
                    :300
                ]
                fields[build_localized_fieldname("keywords", code)] = ", ".join(keywords)[:300]
                fields[build_localized_fieldname("body", code)] = joiner.join(sentences)
            batch.append(Article(**fields))
            if len(batch) == 1000:
                Article.objects.bulk_create(batch)
                batch = []
        Article.objects.bulk_create(batch)
        ids = list(Article.objects.values_list("pk", flat=True))
        through = Article.regions.through
        through.objects.bulk_create(
            through(article_id=pk, region=rng.choice(regions))
            for pk in rng.sample(ids, len(ids) // 10)
        )
        today = timezone.localdate()
        ArticleDailyViews.objects.bulk_create(
            (
                ArticleDailyViews(
                    article_id=pk, day=today - timezone.timedelta(days=d), views=rng.randint(1, 300)
                )
                for pk in ids
                for d in range(rng.randint(0, 5))
            ),
            batch_size=5000,
        )
        Vote.objects.bulk_create(
            (
                Vote(article_id=pk, visitor=f"v{pk}-{k}", helpful=rng.random() < 0.8, language="en")
                for pk in ids
                for k in range(rng.randint(0, 3))
            ),
            batch_size=5000,
        )

    def _queries(self, rng, count):
        pools = self._pools()
        typed = {lang: [q for case_lang, q, _slug in CASES if case_lang == lang] for lang in LANGS}
        for lang in LANGS:
            typed[lang] += pools[lang]["keywords"]
        queries = []
        for _ in range(count):
            roll = rng.random()
            if roll < 0.45:
                queries.append(("en", rng.choice(typed["en"])))
            elif roll < 0.65:
                queries.append(("zh-hans", rng.choice(typed["zh-hans"])))
            elif roll < 0.85:
                queries.append(("zh-hant", rng.choice(typed["zh-hant"])))
            else:
                queries.append(("en", self._typo(rng, rng.choice(typed["en"]))))
        return queries

    @staticmethod
    def _typo(rng, query):
        words = query.split()
        long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if not long_words:
            return query
        i = rng.choice(long_words)
        word = words[i]
        at = rng.randrange(1, len(word) - 1)
        edit = rng.choice(["drop", "swap", "double"])
        if edit == "drop":
            word = word[:at] + word[at + 1 :]
        elif edit == "swap":
            word = word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
        else:
            word = word[:at] + word[at] + word[at:]
        words[i] = word
        return " ".join(words)

    def _contact_data(self):
        """The demo's contact words and a small directory, for the instant answers."""
        content = read_content(CONTENT_DIR)
        ContactWord.objects.all().delete()
        ContactWord.objects.bulk_create(
            ContactWord(language=language, kind=kind, terms=", ".join(words))
            for (language, kind), words in content.contact_words.items()
        )
        Channel.objects.all().delete()
        KnownImpostor.objects.all().delete()
        regions = {region.code: region for region in Region.objects.all()}
        for item in content.channels:
            channel = Channel.objects.create(
                region=regions.get(item.get("region")),
                kind=item["kind"],
                value=item["value"],
                always_open=item.get("always_open", False),
                **{build_localized_fieldname("label", code): item["label"][code] for code in LANGS},
            )
            OpeningHours.objects.bulk_create(
                OpeningHours(channel=channel, weekday=day, opens="09:00", closes="18:00")
                for day in range(5)
            )
        for item in content.known_impostors:
            KnownImpostor.objects.create(
                kind=item["kind"],
                value=item["value"],
                region=regions.get(item.get("region")),
                is_confirmed=True,
            )

    def _run_instant(self, rounds=10):
        """The results page's instant answer, for its own queries: contact questions,
        pasted values (verification) and question phrasings; with the search beside it."""
        region = Region.objects.filter(code="hk").first()
        cases = [(lang, q) for lang, q, _slug, _instant in INSTANT_CASES]
        answer_ms, page_ms = [], []
        for round_ in range(rounds + 1):
            for i, (lang, q) in enumerate(cases):
                reg = region if i % 2 else None
                started = time.perf_counter()
                instant_answer(
                    q, language=lang, region=reg, now=timezone.now(), may_verify=lambda: True
                )
                answered = time.perf_counter()
                results = search_articles(q, language=lang, region=reg)
                results.count()
                results[:10]  # the first page, as the results page shows
                done = time.perf_counter()
                if round_:  # the first round warms caches
                    answer_ms.append((answered - started) * 1000)
                    page_ms.append((done - started) * 1000)
        self.stdout.write(
            f"instant answers: {len(cases)} queries x {rounds} "
            f"(contact questions, pasted values, question phrasings)"
        )
        self.stdout.write(f"{'':<22}{'p50 ms':>10}{'p95 ms':>10}{'mean ms':>10}")
        for title, values in (("instant_answer", answer_ms), ("answer + search", page_ms)):
            self.stdout.write(
                f"{title:<22}{percentile(values, 0.5):>10.1f}{percentile(values, 0.95):>10.1f}"
                f"{statistics.mean(values):>10.1f}"
            )

    # -- timing -------------------------------------------------------------------

    def _run(self, queries):
        region = Region.objects.filter(code="hk").first()

        phases = {"plan": [], "count": [], "page": []}

        def engine(lang, q, reg):
            # The same work as the results page, timed per phase: the plan
            # (synonyms, vocabulary, typo candidates), the count with the
            # ranked window, the first page's articles and snippets.
            stamps = [time.perf_counter()]
            results = search_articles(q, language=lang, region=reg)
            results.plan  # noqa: B018 (built on first use)
            stamps.append(time.perf_counter())
            total = results.count()
            stamps.append(time.perf_counter())
            page = results[:10]
            stamps.append(time.perf_counter())
            for name, start, end in zip(phases, stamps, stamps[1:], strict=False):
                phases[name].append((end - start) * 1000)
            return total, page

        def naive(lang, q, reg):
            found = naive_search(q, language=lang, region=reg)
            return found.count(), list(found[:10])

        for lang, q in queries[:20]:  # warm caches and connections
            engine(lang, q, None)
            naive(lang, q, None)
        for values in phases.values():
            values.clear()
        slowest = []
        timings = {"engine": [], "naive": []}
        zero = {"engine": 0, "naive": 0}
        for i, (lang, q) in enumerate(queries):
            reg = region if i % 2 else None
            totals = {}
            for label, run in (("engine", engine), ("naive", naive)):
                started = time.perf_counter()
                totals[label], _page = run(lang, q, reg)
                timings[label].append((time.perf_counter() - started) * 1000)
                zero[label] += totals[label] == 0
            slowest.append((timings["engine"][-1], lang, q, reg is not None, totals["engine"]))
        documents = Article.objects.count() * len(LANGS)
        self.stdout.write("")
        self.stdout.write(
            f"{connection.vendor}: {documents} documents, {len(queries)} queries "
            f"(en {sum(1 for lang, _q in queries if lang == 'en')}, "
            f"zh-hans {sum(1 for lang, _q in queries if lang == 'zh-hans')}, "
            f"zh-hant {sum(1 for lang, _q in queries if lang == 'zh-hant')})"
        )
        self.stdout.write(f"{'':<22}{'p50 ms':>10}{'p95 ms':>10}{'mean ms':>10}{'no hits':>10}")
        for label, title in (("engine", "search_articles"), ("naive", "icontains scan")):
            values = timings[label]
            self.stdout.write(
                f"{title:<22}{percentile(values, 0.5):>10.1f}{percentile(values, 0.95):>10.1f}"
                f"{statistics.mean(values):>10.1f}{zero[label]:>10}"
            )
        for name, values in phases.items():
            self.stdout.write(
                f"{'  ' + name:<22}{percentile(values, 0.5):>10.1f}"
                f"{percentile(values, 0.95):>10.1f}{statistics.mean(values):>10.1f}"
            )
        e, n = timings["engine"], timings["naive"]
        self.stdout.write(
            f"speed-up (scan / engine): p50 {percentile(n, 0.5) / percentile(e, 0.5):.0f}x, "
            f"p95 {percentile(n, 0.95) / percentile(e, 0.95):.0f}x, "
            f"mean {statistics.mean(n) / statistics.mean(e):.0f}x"
        )
        self.stdout.write("slowest searches (ms, language, query, with region, total):")
        for ms, lang, q, with_region, total in sorted(slowest, reverse=True)[:10]:
            self.stdout.write(f"  {ms:6.1f}  {lang:<8}{q!r:<40}{with_region!s:<7}{total}")


if __name__ == "__main__":
    Command().run_from_argv(["manage.py", "bench_search", *sys.argv[1:]])
