"""A category's public articles for Django's paginator, read only when shown.

The page's list and its structured data are fragments stored for every visitor
(helpdesk.lib.fragments): on a stored fragment nothing here queries. The count
comes from a cached lookup (faq.lookups), so pages out of range are still 404.
"""

from faq.schedule import articles_true_until


class CountedArticles:
    """What the paginator pages through: `count()` from the given callable, a
    slice as an `ArticlePage` that runs its query when first read."""

    def __init__(self, articles, *, count):
        self.articles = articles  # () -> QuerySet
        self.counted = count  # () -> int

    def count(self):
        return self.counted()

    def __getitem__(self, index):
        return ArticlePage(lambda: self.articles()[index])


class ArticlePage:
    """One page of articles, read once. Every fragment that shows it ends when
    the next scheduled article is due, also when another fragment read it first."""

    def __init__(self, articles):
        self.articles = articles  # () -> QuerySet
        self.read = None

    def items(self):
        articles_true_until()
        if self.read is None:
            self.read = list(self.articles())
        return self.read

    def __iter__(self):
        return iter(self.items())

    def __len__(self):
        return len(self.items())

    def __getitem__(self, index):
        return self.items()[index]
