"""A chart with everything that goes around it, as plain data: the page shows it with a text line
and a CSV download (ui.panels), the handouts render the same chart as an image."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import altair as alt
import pandas as pd


@dataclass(frozen=True, eq=False)
class ChartPanel:
    builder: Callable[..., alt.TopLevelMixin]  # a build_x_chart function of reporting.charts
    frame: pd.DataFrame  # the chart's data, display-ready
    options: Mapping[str, Any] = field(default_factory=dict)  # the builder's keyword arguments
    table: pd.DataFrame = field(default_factory=pd.DataFrame)  # the numbers behind it (CSV, handout)
    file_name: str = ""  # for the CSV download
    summary: str = ""  # the one-line text alternative shown under the chart

    def chart(self) -> alt.TopLevelMixin:
        return self.builder(self.frame, **self.options)
