"""Small server-rendered SVG charts for the staff analytics page.

No JavaScript and no inline styles (the CSP forbids them): colours come from
CSS classes in static/css/analytics.css. Every chart is also shown as a table
on the page, for screen readers and exact numbers.
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

SERIES_CLASSES = ["series-0", "series-1", "series-2", "series-3", "series-4", "series-5"]


def horizontal_bars(rows: list[tuple[str, int]], *, label: str, width: int = 520) -> SafeString:
    """One bar per (label, value), longest first as given."""
    bar_height, gap, text_width = 22, 8, 180
    height = max(1, len(rows)) * (bar_height + gap)
    biggest = max((value for _l, value in rows), default=0) or 1
    plot = width - text_width - 50
    bars = format_html_join(
        "",
        "<g><title>{}: {}</title>"
        '<text x="{}" y="{}" class="chart-label" text-anchor="end">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" class="series-0"></rect>'
        '<text x="{}" y="{}" class="chart-value">{}</text></g>',
        (
            (
                name,
                value,
                text_width - 8,
                index * (bar_height + gap) + 16,
                name[:28],
                text_width,
                index * (bar_height + gap),
                max(1, round(plot * value / biggest)) if value else 0,
                bar_height,
                text_width + (round(plot * value / biggest) if value else 0) + 6,
                index * (bar_height + gap) + 16,
                value,
            )
            for index, (name, value) in enumerate(rows)
        ),
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" width="100%" role="img" aria-label="{}">{}</svg>',
        width,
        height,
        label,
        bars,
    )


def stacked_columns(
    columns: list[str], series: list[tuple[str, list[int]]], *, label: str, height: int = 220
) -> SafeString:
    """Columns (e.g. weeks) with one stacked segment per series, and a legend."""
    column_width, gap, left, bottom = 48, 16, 40, 40
    width = left + len(columns) * (column_width + gap) + 10
    totals = [sum(values[i] for _n, values in series) for i in range(len(columns))]
    top = max(totals, default=0) or 1
    plot = height - bottom - 24  # room for the total above the tallest column
    parts = []
    for i, column in enumerate(columns):
        x = left + i * (column_width + gap)
        y = height - bottom
        for s, (name, values) in enumerate(series):
            value = values[i]
            if not value:
                continue
            h = plot * value / top
            y -= h
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" class="{}">'
                    "<title>{} · {}: {}</title></rect>",
                    x,
                    f"{y:.1f}",
                    column_width,
                    f"{h:.1f}",
                    SERIES_CLASSES[s % len(SERIES_CLASSES)],
                    column,
                    name,
                    value,
                )
            )
        if totals[i]:
            parts.append(
                format_html(
                    '<text x="{}" y="{}" class="chart-value" text-anchor="middle">{}</text>',
                    x + column_width / 2,
                    f"{y - 4:.1f}",
                    totals[i],
                )
            )
        if i % 2 == 0 or len(columns) <= 8:
            parts.append(
                format_html(
                    '<text x="{}" y="{}" class="chart-label" text-anchor="middle">{}</text>',
                    x + column_width / 2,
                    height - bottom + 16,
                    column,
                )
            )
    axis = format_html(
        '<line x1="{}" y1="{}" x2="{}" y2="{}" class="chart-axis"></line>'
        '<text x="{}" y="{}" class="chart-label" text-anchor="end">{}</text>',
        left - 4,
        height - bottom,
        width,
        height - bottom,
        left - 8,
        height - bottom - plot + 4,
        top,
    )
    legend = format_html_join(
        "",
        '<rect x="{}" y="{}" width="12" height="12" class="{}"></rect>'
        '<text x="{}" y="{}" class="chart-label">{}</text>',
        (
            (
                left + s * 150,
                height - 14,
                SERIES_CLASSES[s % len(SERIES_CLASSES)],
                left + s * 150 + 16,
                height - 3,
                name,
            )
            for s, (name, _values) in enumerate(series)
        ),
    )
    body = mark_safe("".join(parts))  # noqa: S308 - every part built by format_html above
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" width="100%" role="img" aria-label="{}">'
        "{}{}{}</svg>",
        width,
        height,
        label,
        axis,
        body,
        legend,
    )
