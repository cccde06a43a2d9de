"""The server-side SVG line chart: well-formed, accessible, scaled, escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest

from roundtwo.web.charts import Series, line_chart

SVG = "{http://www.w3.org/2000/svg}"


def _parse(markup: str) -> ET.Element:
    return ET.fromstring(str(markup))


def _all(root: ET.Element, tag: str) -> list[ET.Element]:
    return list(root.iter(f"{SVG}{tag}"))


def _chart(series: list[Series], labels: list[str], **options: Any) -> ET.Element:
    return _parse(line_chart(series, labels, title="Scores", description="How it went.", **options))


@pytest.mark.parametrize(
    ("series", "labels", "lines", "points"),
    [
        pytest.param([Series("Overall", [])], [], 0, 0, id="empty"),
        pytest.param([Series("Overall", [64])], ["#1"], 0, 1, id="one-session"),
        pytest.param(
            [Series("Overall", [40, 55, 70]), Series("Communication", [30, 50, 65])],
            ["#1", "#2", "#3"],
            2,
            6,
            id="two-series",
        ),
        pytest.param(
            [Series("Overall", [40, None, 70, 75])], ["a", "b", "c", "d"], 1, 3, id="gap-breaks-line"
        ),
        pytest.param(
            [Series("Overall", [10, None, 30])], ["a", "b", "c"], 0, 2, id="gap-leaves-single-points"
        ),
    ],
)
def test_line_chart_draws_a_line_per_run_and_a_point_per_value(
    series: list[Series], labels: list[str], lines: int, points: int
) -> None:
    root = _chart(series, labels)
    assert len(_all(root, "polyline")) == lines
    assert len(_all(root, "circle")) == points
    assert len(root.findall(f".//{SVG}g[@class='chart-legend-item']")) == len(series)


def test_line_chart_is_accessible() -> None:
    root = _chart([Series("Overall", [50, 60])], ["#1", "#2"], chart_id="trend")
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title is not None and title.text == "Scores" and title.get("id") == "trend-title"
    assert desc is not None and desc.text == "How it went." and desc.get("id") == "trend-desc"
    assert root.get("aria-labelledby") == "trend-title trend-desc"
    tips = [t.text for c in _all(root, "circle") for t in c.iter(f"{SVG}title")]
    assert tips == ["Overall, #1: 50", "Overall, #2: 60"]


def test_line_chart_empty_says_so() -> None:
    root = _chart([Series("Overall", [])], [], empty="Nothing yet.")
    texts = [t.text for t in _all(root, "text") if t.get("class") == "chart-empty"]
    assert texts == ["Nothing yet."]


def test_line_chart_scales_and_clamps_values() -> None:
    root = _chart([Series("Overall", [0, 50, 100, 150, -20])], list("abcde"), height=300, y_max=100)
    ys = [float(c.get("cy") or "nan") for c in _all(root, "circle")]
    low, middle, high, above, below = ys
    assert high < middle < low
    assert middle == pytest.approx((low + high) / 2)
    assert above == high and below == low
    xs = [float(c.get("cx") or "nan") for c in _all(root, "circle")]
    assert xs == sorted(xs) and len(set(xs)) == 5


def test_line_chart_axis_labels_every_grid_step() -> None:
    root = _chart([Series("Overall", [50])], ["#1"], y_step=25)
    grid = root.find(f".//{SVG}g[@class='chart-grid']")
    assert grid is not None
    assert [t.text for t in grid.iter(f"{SVG}text")] == ["0", "25", "50", "75", "100"]
    titles = [t.text for t in _all(root, "text") if t.get("class") == "chart-axis-title"]
    assert titles == ["Session", "Score"]


def test_line_chart_thins_crowded_x_labels_but_keeps_the_last() -> None:
    labels = [f"#{n}" for n in range(1, 31)]
    root = _chart([Series("Overall", list(range(30)))], labels)
    shown = [t.text for t in _all(root, "text") if t.get("class") == "chart-x-label"]
    assert 2 <= len(shown) <= 9
    assert shown[0] == "#1" and shown[-1] == "#30"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("<script>alert(1)</script>", id="script-tag"),
        pytest.param('Tom & "Jerry"', id="ampersand-and-quotes"),
    ],
)
def test_line_chart_escapes_every_text(name: str) -> None:
    markup = line_chart(
        [Series(name, [10, 20])], [name, "#2"], title=name, description=name, chart_id='x" onload="y'
    )
    root = _parse(markup)
    assert not list(root.iter("script")) and not list(root.iter(f"{SVG}script"))
    assert root.get("onload") is None
    legend = [
        t.text for g in root.findall(f".//{SVG}g[@class='chart-legend-item']") for t in g.iter(f"{SVG}text")
    ]
    assert legend == [name]
    title = root.find(f"{SVG}title")
    assert title is not None and title.text == name


def test_line_chart_legend_wraps_when_too_wide() -> None:
    names = [f"A rather long series name {n}" for n in range(6)]
    narrow = _parse(
        line_chart([Series(n, [50]) for n in names], ["#1"], title="t", description="d", width=400)
    )
    wide = _parse(
        line_chart([Series(n, [50]) for n in names[:1]], ["#1"], title="t", description="d", width=400)
    )
    assert float(narrow.get("height") or 0) > float(wide.get("height") or 0)
