"""Small line charts drawn on the server as SVG: no script, no library, every text escaped.

:func:`line_chart` draws one or more series of scores over a shared x axis
(sessions, oldest first) with gridlines, labelled axes, a legend and an
accessible ``<title>`` and ``<desc>``. Series differ by colour and by dash
pattern, so they stay apart in print and for colour-blind readers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

#: Okabe and Ito's colour-blind-safe palette ("Color Universal Design", 2002), darker tones first.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
DASHES = ("", "6 3", "2 3", "8 3 2 3", "4 4", "1 2")
_LEFT, _RIGHT, _TOP, _BOTTOM = 44, 16, 14, 40
_LEGEND_ROW = 20
_INSET = 14  # keeps the first and last points off the axes
_MAX_X_LABELS = 8
_CHAR_WIDTH = 6.6  # rough width of one character at the legend's font size


@dataclass(frozen=True)
class Series:
    """One line: its name (legend text) and one value per x position (None: no point there)."""

    name: str
    values: Sequence[float | None]


def line_chart(
    series: Sequence[Series],
    labels: Sequence[str],
    *,
    title: str,
    description: str,
    chart_id: str = "chart",
    width: int = 640,
    height: int = 300,
    y_max: int = 100,
    y_step: int = 25,
    x_title: str = "Session",
    y_title: str = "Score",
    empty: str = "No data yet.",
) -> Markup:
    """An SVG line chart of ``series`` over the x positions named by ``labels``.

    Values are clamped to 0..``y_max``; a None value breaks its line. A
    single position gives points without lines. No labels give the empty
    axes with the ``empty`` message. ``chart_id`` prefixes the ids the
    ``<title>`` and ``<desc>`` are referenced by, so several charts can
    share a page. Returns markup safe to place in a template.
    """
    legend_rows = _legend_layout([s.name for s in series], width - _LEFT - _RIGHT)
    total_height = height + _LEGEND_ROW * (max((row for row, _ in legend_rows), default=-1) + 1)
    plot = _Plot(_LEFT, _TOP, width - _LEFT - _RIGHT, height - _TOP - _BOTTOM, len(labels), y_max)
    cid = escape(chart_id)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{cid}" role="img" '
        f'viewBox="0 0 {width} {total_height}" width="{width}" height="{total_height}" '
        f'aria-labelledby="{cid}-title {cid}-desc">',
        f'<title id="{cid}-title">{escape(title)}</title>',
        f'<desc id="{cid}-desc">{escape(description)}</desc>',
        _grid(plot, y_step),
        _axes(plot, labels, x_title, y_title),
    ]
    if not labels:
        parts.append(
            f'<text class="chart-empty" x="{plot.left + plot.width / 2:.1f}" '
            f'y="{plot.top + plot.height / 2:.1f}" text-anchor="middle">{escape(empty)}</text>'
        )
    for index, line in enumerate(series):
        parts.append(_series(plot, index, line, labels))
    parts.append(_legend(series, legend_rows, height))
    parts.append("</svg>")
    return Markup("\n".join(parts))


@dataclass(frozen=True)
class _Plot:
    left: float
    top: float
    width: float
    height: float
    count: int
    y_max: int

    def x(self, index: int) -> float:
        if self.count <= 1:
            return self.left + self.width / 2
        return self.left + _INSET + (self.width - 2 * _INSET) * index / (self.count - 1)

    def y(self, value: float) -> float:
        clamped = min(max(value, 0), self.y_max)
        return self.top + self.height * (1 - clamped / self.y_max)


def _grid(plot: _Plot, step: int) -> str:
    lines = ['<g class="chart-grid">']
    for value in range(0, plot.y_max + 1, max(step, 1)):
        y = plot.y(value)
        lines.append(
            f'<line x1="{plot.left}" y1="{y:.1f}" x2="{plot.left + plot.width}" y2="{y:.1f}" '
            'stroke="#dfe3ea" stroke-width="1"/>'
        )
        lines.append(
            f'<text x="{plot.left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="#5d6678">{value}</text>'
        )
    lines.append("</g>")
    return "\n".join(lines)


def _axes(plot: _Plot, labels: Sequence[str], x_title: str, y_title: str) -> str:
    bottom = plot.top + plot.height
    parts = [
        '<g class="chart-axes" font-size="11" fill="#5d6678">',
        f'<line x1="{plot.left}" y1="{plot.top}" x2="{plot.left}" y2="{bottom}" stroke="#5d6678"/>',
        f'<line x1="{plot.left}" y1="{bottom}" x2="{plot.left + plot.width}" y2="{bottom}" '
        'stroke="#5d6678"/>',
    ]
    step = max(1, math.ceil(len(labels) / _MAX_X_LABELS))
    for index, label in enumerate(labels):
        if index % step and index != len(labels) - 1:
            continue
        parts.append(
            f'<text class="chart-x-label" x="{plot.x(index):.1f}" y="{bottom + 16}" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    parts.append(
        f'<text class="chart-axis-title" x="{plot.left + plot.width / 2:.1f}" y="{bottom + 33}" '
        f'text-anchor="middle">{escape(x_title)}</text>'
    )
    middle = plot.top + plot.height / 2
    parts.append(
        f'<text class="chart-axis-title" x="12" y="{middle:.1f}" text-anchor="middle" '
        f'transform="rotate(-90 12 {middle:.1f})">{escape(y_title)}</text>'
    )
    parts.append("</g>")
    return "\n".join(parts)


def _style(index: int) -> tuple[str, str]:
    colour = PALETTE[index % len(PALETTE)]
    dash = DASHES[index % len(DASHES)]
    return colour, f' stroke-dasharray="{dash}"' if dash else ""


def _series(plot: _Plot, index: int, line: Series, labels: Sequence[str]) -> str:
    colour, dash = _style(index)
    name = escape(line.name)
    parts = [f'<g class="chart-series" data-series="{name}">']
    run: list[str] = []
    points: list[str] = []
    values = list(line.values)[: plot.count]
    for position, value in enumerate(values):
        if value is None:
            parts.extend(_polyline(run, colour, dash))
            run = []
            continue
        x, y = plot.x(position), plot.y(value)
        run.append(f"{x:.1f},{y:.1f}")
        label = escape(labels[position]) if position < len(labels) else str(position + 1)
        points.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}">'
            f"<title>{name}, {label}: {_number(value)}</title></circle>"
        )
    parts.extend(_polyline(run, colour, dash))
    parts.extend(points)
    parts.append("</g>")
    return "\n".join(parts)


def _polyline(run: list[str], colour: str, dash: str) -> list[str]:
    if len(run) < 2:
        return []
    return [
        f'<polyline points="{" ".join(run)}" fill="none" stroke="{colour}" stroke-width="2"'
        f'{dash} stroke-linejoin="round"/>'
    ]


def _legend_layout(names: Sequence[str], width: float) -> list[tuple[int, float]]:
    """Each legend entry's (row, x offset), wrapping to a new row when the width is used up."""
    placed: list[tuple[int, float]] = []
    row, x = 0, 0.0
    for name in names:
        entry = 30 + len(name) * _CHAR_WIDTH + 16
        if x and x + entry > width:
            row, x = row + 1, 0.0
        placed.append((row, x))
        x += entry
    return placed


def _legend(series: Sequence[Series], layout: Sequence[tuple[int, float]], height: int) -> str:
    parts = ['<g class="chart-legend" font-size="12" fill="#1d2433">']
    for index, (line, (row, offset)) in enumerate(zip(series, layout, strict=True)):
        colour, dash = _style(index)
        x = _LEFT + offset
        y = height + row * _LEGEND_ROW + 4
        parts.append(
            f'<g class="chart-legend-item"><line x1="{x:.1f}" y1="{y:.1f}" x2="{x + 24:.1f}" y2="{y:.1f}" '
            f'stroke="{colour}" stroke-width="2"{dash}/>'
            f'<text x="{x + 30:.1f}" y="{y + 4:.1f}">{escape(line.name)}</text></g>'
        )
    parts.append("</g>")
    return "\n".join(parts)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
