"""One colour-blind-safe palette (Okabe-Ito) and projector-sized fonts for every chart.

Import from here rather than writing hex codes in a chart: status colours are always shown with
a word next to them (a legend entry or a text label), never as colour alone.
"""

from __future__ import annotations

import altair as alt

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

# Order for categories (corporations, municipalities, series): strong, then lighter colours.
CATEGORICAL = (
    OKABE_ITO["blue"],
    OKABE_ITO["orange"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["reddish_purple"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["vermillion"],
    OKABE_ITO["yellow"],
    OKABE_ITO["black"],
)

PRIMARY = OKABE_ITO["blue"]  # the realised figure
SECONDARY = OKABE_ITO["sky_blue"]  # incomplete or reference figures (pilot, partial quarter)
REFERENCE = OKABE_ITO["black"]  # targets and agreed levels (drawn dashed or as a thick tick)
MISSING = "#C8C8C8"  # placeholder for a quarter that was not reported (with the word "ontbreekt")
MUTED_TEXT = "#555555"

# Traffic lights (domain.targets.Status values) in Okabe-Ito tones; pair with the status word.
STATUS_COLOURS = {
    "green": OKABE_ITO["bluish_green"],
    "amber": OKABE_ITO["orange"],
    "red": OKABE_ITO["vermillion"],
    "unknown": "#999999",
}

# Sizes chosen to stay readable from the back of a meeting room at 1280×720.
FONT = "Source Sans Pro, Arial, sans-serif"
TITLE_SIZE = 22
AXIS_TITLE_SIZE = 17
LABEL_SIZE = 16
MARK_TEXT_SIZE = 16
LEGEND_SIZE = 16


# Axis numbers in Dutch notation (1.000 and 0,5), like the labels written by reporting.formatting.
DUTCH_NUMBERS = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]}
ENGLISH_NUMBERS = {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["€", ""]}
# Axis numbers in the reader's language (Vega's number format locale): 1.000,5 / 1,000.5.
NUMBER_LOCALES = {"nl": DUTCH_NUMBERS, "en": ENGLISH_NUMBERS}


def projector_theme(chart: alt.TopLevelMixin, lang: str = "nl") -> alt.TopLevelMixin:
    """Large fonts, axis numbers in the language's format (Dutch by default), no chart border,
    left-aligned title: apply to the top-level chart last (one configure call: each call copies
    the whole chart)."""
    return chart.configure(
        font=FONT,
        locale={"number": NUMBER_LOCALES.get(lang, DUTCH_NUMBERS)},
        title={"fontSize": TITLE_SIZE, "anchor": "start", "fontWeight": "bold", "offset": 12},
        axis={
            "labelFontSize": LABEL_SIZE,
            "titleFontSize": AXIS_TITLE_SIZE,
            "labelLimit": 260,
            "gridColor": "#E4E4E4",
            "labelOverlap": True,
        },
        legend={
            "labelFontSize": LEGEND_SIZE,
            "titleFontSize": LEGEND_SIZE,
            "orient": "bottom",
            "symbolSize": 220,
            "labelLimit": 320,
        },
        header={"labelFontSize": LABEL_SIZE + 2, "titleFontSize": AXIS_TITLE_SIZE, "labelFontWeight": "bold"},
        view={"stroke": None},
    )
