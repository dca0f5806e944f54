"""`manage.py check_content [DIR]`: check a content folder without touching the database;
`manage.py check_content --published`: check what the public sees in the database."""

from django.core.management.base import BaseCommand, CommandError

from faq.models import Article
from faq.official import article_problems, broken_links, contact_page_problems
from helpdesk.content.demo import CONTENT_DIR
from helpdesk.content.files import ContentError
from helpdesk.content.reader import read_content


class Command(BaseCommand):
    help = (
        "Check a content folder (default: the bundled demo content) as import_content does "
        "before writing: files, keys, types, references, links, channel tokens, phone numbers, "
        "e-mail addresses, web addresses and social handles. With --published, check the "
        "published articles, active alerts and contact advice in the database instead: every "
        "value that is not an official channel value, every token naming no active channel "
        "and every broken site link. "
        "Exits non-zero naming every problem."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR", nargs="?", default=str(CONTENT_DIR))
        parser.add_argument(
            "--published",
            action="store_true",
            help="Check the published articles in the database, not a folder.",
        )

    def handle(self, *args, directory, published, **options):
        if published:
            return self.check_published()
        try:
            content = read_content(directory)
        except ContentError as error:
            raise CommandError(f"{directory} has problems:\n{error}") from error
        self.stdout.write(
            self.style.SUCCESS(
                f"{directory}: {len(content.articles)} articles, "
                f"{len(content.channels)} channels: no problems."
            )
        )

    def check_published(self):
        articles = Article.objects.published().select_related("category").order_by("pk")
        lines = []
        for article in articles:
            for problem in [*article_problems(article), *broken_links(article)]:
                lines.append(f"{article.slug_en} {problem}")
        lines += [f"{label} {problem}" for label, problem in contact_page_problems()]
        if lines:
            raise CommandError(f"{len(lines)} problems in published articles:\n" + "\n".join(lines))
        self.stdout.write(self.style.SUCCESS(f"{len(articles)} published articles: no problems."))
