"""Charts as PNG (reporting.images): the page's spec with a fixed width where it asked for its
container's, rendered offline at twice its size."""

from __future__ import annotations

import io

import altair as alt
import pandas as pd
import pytest
from PIL import Image

from reporting.images import chart_png, chart_spec, png_size


def _bars(width="container") -> alt.Chart:
    frame = pd.DataFrame({"partner": ["Elburg", "Ermelo"], "amount": [11425.0, 12584.0]})
    return alt.Chart(frame).mark_bar().encode(x="amount:Q", y="partner:N").properties(width=width, height=100)


def test_container_width_becomes_a_fixed_width():
    assert _bars().to_dict()["width"] == "container"
    assert chart_spec(_bars(), width=300)["width"] == 300
    assert chart_spec(_bars(width=250), width=300)["width"] == 250  # a fixed width stays
    faceted = {"facet": {"field": "x"}, "spec": {"width": "container", "mark": "bar"}}
    assert chart_spec(faceted, width=320)["spec"]["width"] == 320


def test_png_is_twice_the_chart_size():
    png = chart_png(_bars(), scale=2, width=300)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = png_size(png)
    assert (width, height) == Image.open(io.BytesIO(png)).size
    # 300 px of plot plus the axis labels and padding, all doubled
    assert 600 < width < 900 and height > 200
    single_width, _ = png_size(chart_png(_bars(), scale=1, width=300))
    assert width == pytest.approx(2 * single_width, abs=2)


def test_png_size_reads_the_header():
    buffer = io.BytesIO()
    Image.new("RGB", (7, 3)).save(buffer, format="PNG")
    assert png_size(buffer.getvalue()) == (7, 3)
    with pytest.raises(ValueError):
        png_size(b"GIF89a" + bytes(30))
