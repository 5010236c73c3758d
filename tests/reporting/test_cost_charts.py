"""The what-if differences chart stays readable on a projector."""

import pandas as pd

from reporting.cost_charts import build_difference_chart


def test_difference_chart_has_inline_data_an_unambiguous_axis_and_a_top_legend():
    frame = pd.DataFrame(
        {
            "partner": ["Elburg", "Uwoon"],
            "measure": ["Aandeel", "Aandeel"],
            "euro": [1234.0, -1234.0],
            "label": ["€ 1.234", "€ -1.234"],
        }
    )
    spec = build_difference_chart(frame, "Verschil", "Verschil (€ per jaar)", "Onderdeel").to_dict()
    bars = spec["layer"][0]
    assert bars["encoding"]["x"]["axis"]["format"] == "d"
    assert bars["encoding"]["color"]["legend"]["orient"] == "top"
    datasets = spec["datasets"].values()
    assert any(row.get("euro") == -1234.0 for data in datasets for row in data)
    assert "url" not in str(spec.get("data", ""))
