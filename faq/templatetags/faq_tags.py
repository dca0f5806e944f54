"""Template tags of the knowledge-base pages.

`{% public_fragment "name" value ... %}...{% endpublic_fragment %}` is the
shared `{% fragment %}` (helpdesk.lib.fragments) for parts of a page that staff
may also preview: when the context's `preview` is true (an editor, who may be
shown a draft or an article that is not public) it is rendered for them alone,
never stored and never served from the cache.
"""

from django import template

from helpdesk.lib import fragments

register = template.Library()


class PublicFragmentNode(fragments.FragmentNode):
    def render(self, context):
        if context.get("preview"):
            return self.nodelist.render(context)
        return super().render(context)


@register.tag
def public_fragment(parser, token):
    return fragments.fragment(parser, token, node_class=PublicFragmentNode)
