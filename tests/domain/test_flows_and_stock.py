"""Flows are summed over quarters; stock is taken from each corporation's latest quarter."""

import pandas as pd
import pytest

from domain.progress import latest_stock, priority_label_pct


def _rows():
    return pd.DataFrame(
        [
            # corporation A reports Q1 and Q2; B only Q1
            {
                "corporation": "A",
                "municipality": "X",
                "year": 2025,
                "quarter": 1,
                "conversations": 10,
                "moves": 2,
                "senior_homes": 100,
                "senior_homes_labelled": 50,
            },
            {
                "corporation": "A",
                "municipality": "Y",
                "year": 2025,
                "quarter": 1,
                "conversations": 5,
                "moves": 1,
                "senior_homes": 40,
                "senior_homes_labelled": 10,
            },
            {
                "corporation": "A",
                "municipality": "X",
                "year": 2025,
                "quarter": 2,
                "conversations": 7,
                "moves": 3,
                "senior_homes": 102,
                "senior_homes_labelled": 80,
            },
            {
                "corporation": "B",
                "municipality": "X",
                "year": 2025,
                "quarter": 1,
                "conversations": 4,
                "moves": 0,
                "senior_homes": 60,
                "senior_homes_labelled": 30,
            },
        ]
    )


def test_stock_uses_each_corporations_latest_quarter_and_is_not_summed_over_time():
    stock = latest_stock(_rows())
    # A at Q2: 102/80 (Y not reported in Q2, so not counted); B at Q1: 60/30
    assert int(stock["senior_homes"].iloc[0]) == 162
    assert int(stock["senior_homes_labelled"].iloc[0]) == 110
    assert priority_label_pct(_rows()) == pytest.approx(110 / 162 * 100)


def test_stock_by_municipality():
    by = latest_stock(_rows(), by=["municipality"]).set_index("municipality")
    assert by.loc["X", "senior_homes"] == 162
    assert "Y" not in by.index


def test_no_rows_means_unknown_not_zero():
    assert priority_label_pct(_rows().iloc[0:0]) is None
