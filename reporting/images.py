"""Charts as images, for the PNG download next to each chart and for the meeting handouts: the
same Altair builders the pages use, rendered offline by vl-convert (no browser, no internet)."""

from __future__ import annotations

import struct
from collections.abc import Mapping
from typing import Any

import altair as alt
import vl_convert

# A chart drawn "as wide as its container" has no container outside the browser: it gets this width
# (px), about what a half-width column shows at 1280 px.
DEFAULT_WIDTH = 560


def chart_spec(chart: alt.TopLevelMixin | Mapping[str, Any], width: int = DEFAULT_WIDTH) -> dict[str, Any]:
    """The chart's Vega-Lite spec with a fixed width wherever it asked for the container's."""
    spec = dict(chart) if isinstance(chart, Mapping) else chart.to_dict(validate=False)
    if spec.get("width") == "container":
        spec["width"] = width
    inner = spec.get("spec")
    if isinstance(inner, Mapping) and inner.get("width") == "container":
        spec["spec"] = {**inner, "width": width}
    return spec


def chart_png(
    chart: alt.TopLevelMixin | Mapping[str, Any], scale: float = 2, width: int = DEFAULT_WIDTH
) -> bytes:
    """A PNG of the chart (or its spec) at `scale` × its size in px (2: sharp on paper and beamer)."""
    return bytes(vl_convert.vegalite_to_png(chart_spec(chart, width), scale=scale))


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels, read from the PNG header (to fit an image into a box)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", png[16:24])
    return width, height
