"""Shared code that knows no app: every app may use it, it imports none of them.

Markdown sanitising, abuse limits, the page cache and the content version it
is keyed by, settings helpers and the site-wide template tags. What these need
to know about the apps (which models are public content, what a page varies
on) the apps tell them from `AppConfig.ready()`. The import contracts in
`pyproject.toml` (`make lint`) keep it that way.
"""
