"""Site content as files: read, check, import and export the content folder.

The folder (see README, "Content as files") holds the FAQ, the contact
directory and the search synonyms as Markdown and TOML that editors change and
diff one language at a time. `manage.py import_content` and `export_content`
are the only entry points that write; `load_demo` imports the bundled folder
and then the demo-only records.

This package is part of the project package: it may import every app, and no
app may import it.
"""
