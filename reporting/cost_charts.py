"""Altair charts for the cost and what-if pages: data in (inline), chart out.

Colours are Okabe-Ito (colour-blind safe); bars always carry their group in the legend and
their amount as text, so nothing depends on colour alone. Large fonts for the projector.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from reporting.palette import MARK_TEXT_SIZE, OKABE_ITO, REFERENCE, projector_theme

# Municipalities blue, corporations orange; the what-if measures vermillion / green / sky blue.
GROUP_COLOURS = [OKABE_ITO["blue"], OKABE_ITO["orange"]]
MEASURE_COLOURS = [
    OKABE_ITO["vermillion"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["reddish_purple"],
]


def build_shares_chart(
    frame: pd.DataFrame, title: str, amount_title: str, group_title: str, lang: str = "nl"
) -> alt.Chart:
    """Horizontal bars: one per partner (`partner`, `group`, `amount`, `label` columns)."""
    groups = list(dict.fromkeys(frame["group"]))
    base = alt.Chart(frame).encode(
        y=alt.Y("partner:N", sort=list(frame["partner"]), title=None),
        x=alt.X("amount:Q", title=amount_title),
    )
    bars = base.mark_bar().encode(
        color=alt.Color(
            "group:N",
            title=group_title,
            scale=alt.Scale(domain=groups, range=GROUP_COLOURS[: max(1, len(groups))]),
        ),
        tooltip=[alt.Tooltip("partner:N", title=None), alt.Tooltip("label:N", title=amount_title)],
    )
    text = base.mark_text(align="left", dx=4, fontSize=MARK_TEXT_SIZE).encode(text="label:N")
    # Streamlit fits a container-wide chart: the height includes title, axis and legend (≈ 150 px).
    height = 150 + 36 * len(frame)
    return projector_theme(
        alt.layer(bars, text).properties(title=title, height=height, width="container"), lang
    )


def build_difference_chart(
    frame: pd.DataFrame, title: str, amount_title: str, measure_title: str, lang: str = "nl"
) -> alt.Chart:
    """Difference per partner and measure (`partner`, `measure`, `euro`, `label` columns).

    Bars to the right are more than in the agreement, to the left less; zero is drawn.
    """
    measures = list(dict.fromkeys(frame["measure"]))
    palette = MEASURE_COLOURS[: max(1, len(measures))]
    base = alt.Chart(frame).encode(
        y=alt.Y("partner:N", sort=list(dict.fromkeys(frame["partner"])), title=None),
        # Whole euros without grouping: d3's "," would read as a decimal comma to Dutch eyes.
        x=alt.X("euro:Q", title=amount_title, axis=alt.Axis(format="d")),
        yOffset=alt.YOffset("measure:N", sort=measures),
    )
    bars = base.mark_bar().encode(
        color=alt.Color(
            "measure:N",
            title=measure_title,
            sort=measures,
            scale=alt.Scale(domain=measures, range=palette),
            legend=alt.Legend(orient="top"),
        ),
        tooltip=[
            alt.Tooltip("partner:N", title=None),
            alt.Tooltip("measure:N", title=measure_title),
            alt.Tooltip("label:N", title=amount_title),
        ],
    )
    zero = alt.Chart(pd.DataFrame({"euro": [0.0]})).mark_rule(color=REFERENCE).encode(x="euro:Q")
    height = 170 + 20 * len(frame)  # includes title, axis and legend, see build_shares_chart
    return projector_theme(
        alt.layer(bars, zero).properties(title=title, height=height, width="container"), lang
    )
