"""Kosten page: the figures shown are the `python -m data_access summary` figures, assumptions
are marked, the settlement is shown per year and per quarter."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from domain.costs import cost_breakdown
from domain.parameters import default_parameters
from reporting import formatting as fmt
from reporting.cost_charts import build_shares_chart
from tests.conftest import TODAY
from tests.ui.apptest import open_page

ROOT = Path(__file__).resolve().parents[2]


def _cli_summary(db_url: str, year: int) -> dict:
    env = dict(os.environ, DOORSTROOMMONITOR_TODAY=TODAY.isoformat())
    proc = subprocess.run(
        [sys.executable, "-m", "data_access", "summary", "--year", str(year), "--db", db_url],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _costs_page(year: int | None = None) -> AppTest:
    return open_page("pages/costs.py", year=year)


def _table(at, first_column: str, *, index: bool = False):
    for frame in at.table:
        value = frame.value
        columns = [value.index.name, *value.columns] if index else list(value.columns)
        if first_column in columns[:1]:
            return value
    raise AssertionError(f"no table starting with {first_column}")


def _tables(at, index_name: str):
    return [f.value for f in at.table if f.value.index.name == index_name]


@pytest.mark.parametrize("year", [2024, 2026])
def test_costs_page_shows_the_same_figures_as_the_cli_summary(app_env, year):
    cli = _cli_summary(app_env, year)["cost"]
    settlement = _cli_summary(app_env, year)["settlement"]
    at = _costs_page(year)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Programmakosten per jaar"] == fmt.money(cli["programme"])
    assert metrics["Kosten per fte per jaar"] == fmt.money(cli["per_fte"])
    assert metrics["Programmakosten per kwartaal"] == fmt.money(cli["programme"] * 13 / 52)

    shares = _table(at, "Partner").set_index("Partner")
    for name, euro in {**cli["municipalities"], **cli["corporations"]}.items():
        assert shares.loc[name, "Aandeel per jaar"] == fmt.money(euro), name
        assert shares.loc[name, "Aandeel per kwartaal"] == fmt.money(euro * 13 / 52), name

    employment = [f.value for f in at.table if "Loonkosten eigen coachuren" in f.value.columns][0]
    employment = employment.set_index("Partner")
    for name, euro in cli["employment"].items():
        assert employment.loc[name, "Loonkosten eigen coachuren"] == fmt.money(euro)
        net = cli["net"][name]
        sign = "+ " if round(net) > 0 else "− " if round(net) < 0 else ""
        assert employment.loc[name, "Te ontvangen (+) / te betalen (−)"] == sign + fmt.money(abs(net))

    per_year, per_quarter = _tables(at, "Betaler ↓ / ontvanger →")
    for payer, row in settlement.items():
        for receiver, euro in row.items():
            assert per_year.loc[payer, receiver] == fmt.money(euro), (payer, receiver)
            assert per_quarter.loc[payer, receiver] == fmt.money(euro * 13 / 52), (payer, receiver)
        assert per_year.loc[payer, "Totaal"] == fmt.money(sum(row.values()))
    for receiver, net in cli["net"].items():
        assert per_year.loc["Totaal", receiver] == fmt.money(net)


def test_cost_build_up_states_its_assumptions_once_under_the_table(app_env):
    at = _costs_page()  # 2026: indicative 2024 value indexed twice
    steps = _table(at, "Stap").set_index("Stap")
    assert list(steps.columns) == ["Berekening", "Bedrag"]  # no half-hidden "Rust op aanname" column
    salary = steps.loc["1. Salarisbasis: eindniveau schaal H, bruto per maand"]
    assert salary["Bedrag"] == "€ 5.039,28"  # 4.750 × 1,03² = 5.039,2775
    per_fte = steps.loc["4. Met werkgeverslasten: kosten per fte"]
    assert per_fte["Berekening"] == "× (1 + 30 % werkgeverslasten)"
    fte = steps.loc["5. Omvang: uren per week / voltijdsweek"]
    assert fte["Bedrag"] == "1,972 fte" and fte["Berekening"] == "71 uur / 36 uur"
    assert {m.label: m.value for m in at.metric}["Omvang (fte)"] == "1,972"
    assert steps.loc["6. Programmakosten per jaar", "Berekening"] == "kosten per fte × 1,972 fte"
    captions = [c.value for c in at.caption]
    assert (
        "⚠️ aanname — stap 1–4 en 6: indicatieve salariswaarde (niet geverifieerd); salaris "
        "geïndexeerd met 3,0 % per jaar vanaf 2024 · stap 4 en 6: werkgeverslasten 30,0 % "
        "(algemene bandbreedte 20-35 %)."
    ) in captions
    build_up = next(f for f in at.table if "Stap" in f.value.columns)
    assert "text-align: right" in build_up.proto.arrow_data.styler.styles  # Bedrag: digits aligned
    # one note per block: no amount and no metric label carries its own mark
    assert not any("⚠️" in m.label for m in at.metric)
    assert not any("⚠️" in str(v) for f in at.table for v in f.value.to_numpy().ravel())
    assert sum("⚠️ aanname" in c for c in captions) == 4  # metrics, build-up, shares, cost per result


def test_cost_per_result_for_the_quarters_reported(app_env):
    at = _costs_page()
    summary = _cli_summary(app_env, 2026)
    quarters = max(h["quarters_reported"] for h in summary["hours"].values())
    assert quarters == 3
    period_cost = cost_breakdown(default_parameters(), 2026).programme * 3 / 4
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Kosten per uitvoerig gesprek"] == fmt.money(period_cost / summary["conversations"])
    assert metrics["Kosten per verhuizing"] == fmt.money(period_cost / summary["moves"])
    captions = " ".join(c.value for c in at.caption)
    assert f"K1–K3 2026 ({fmt.money(period_cost)})" in captions


def test_shares_chart_is_shown_and_carries_its_data_inline(app_env):
    at = _costs_page()
    assert len(at.get("vega_lite_chart")) == 1
    frame = pd.DataFrame(
        {
            "partner": ["Elburg", "Uwoon"],
            "group": ["Gemeente", "Corporatie"],
            "amount": [11_092.15, 41_796.52],
            "label": ["€ 11.092", "€ 41.797"],
        }
    )
    spec = build_shares_chart(frame, "Aandeel per partner in 2024", "Aandeel per jaar (€)", "Groep").to_dict()
    assert spec["title"] == "Aandeel per partner in 2024"  # a visible title for screen readers
    values = next(iter(spec["datasets"].values()))
    assert [v["partner"] for v in values] == ["Elburg", "Uwoon"]
    assert "url" not in json.dumps(spec)
    layers = spec["layer"]
    assert layers[0]["encoding"]["color"]["scale"]["range"] == ["#0072B2", "#E69F00"]  # Okabe-Ito
    assert layers[1]["encoding"]["text"]["field"] == "label"  # amount as text, not colour alone


def test_english_costs_page(app_env):
    at = _costs_page()
    at.sidebar.radio[0].set_value("en").run()
    assert at.title[0].value == "Costs 2026"
    assert "Programme cost per year" in {m.label for m in at.metric}
    assert any(c.value.startswith("⚠️ assumption — steps 1–4 and 6: indicative salary") for c in at.caption)
