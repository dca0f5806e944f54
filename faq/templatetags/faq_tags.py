"""Template tags of the knowledge-base pages.

`{% public_fragment "name" value ... %}...{% end_public_fragment %}` is the
shared `{% fragment %}` (helpdesk.lib.fragments) for parts of a page that staff
may also preview: when the context's `preview` is true (an editor, who may be
shown a draft or an article that is not public) it is rendered for them alone,
never stored and never served from the cache.
"""

from django import template

from helpdesk.lib.fragments import FragmentNode

register = template.Library()


class PublicFragmentNode(FragmentNode):
    def render(self, context):
        if context.get("preview"):
            return self.nodelist.render(context)
        return super().render(context)


@register.tag
def public_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'public_fragment' needs a name")
    nodelist = parser.parse(("end_public_fragment",))
    parser.delete_first_token()
    return PublicFragmentNode(
        nodelist, bits[1].strip("\"'"), [parser.compile_filter(b) for b in bits[2:]]
    )
