"""URL converters: only `regex` differs, values pass through unchanged."""


class PatternConverter:
    """A path segment that must match `regex`; anything else is 404 before a
    view (or a query) runs."""

    regex = ""

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value
