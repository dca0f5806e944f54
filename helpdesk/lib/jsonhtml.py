"""JSON that stays inert inside HTML (a <script> block, or a response that
something renders as HTML): it can neither close an element nor open a
comment or an entity."""

from django.core.serializers.json import DjangoJSONEncoder

_HTML_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


class HtmlSafeJSONEncoder(DjangoJSONEncoder):
    def encode(self, o):
        return super().encode(o).translate(_HTML_ESCAPES)
