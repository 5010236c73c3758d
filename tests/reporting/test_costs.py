"""Kosten's tables without Streamlit: whole-euro formatting and the cost workbook's numbers."""

import io
import random

import openpyxl
import pytest

from domain.costs import cost_breakdown
from domain.parameters import default_parameters
from reporting import formatting as fmt
from reporting.costs import cost_workbook, money


def test_remembered_whole_euro_formatting_equals_babel():
    rng = random.Random(7)
    values = [0.0, -0.0, 0.4, -0.4, 0.5, -0.5, 1.5, 2.5, -2.5, 12_344.5, 12_345.5, 999_999.5, -1_234_567.49]
    values += [rng.uniform(-200_000, 200_000) for _ in range(2000)]
    values += [round(rng.uniform(-5_000, 5_000)) + 0.5 for _ in range(200)]
    for lang in ("nl", "en"):
        for value in values:
            assert money(value, lang) == fmt.money(value, lang), (value, lang)
    assert money(None, "nl") == fmt.money(None)


def test_cost_tables_download_holds_numbers():
    params = default_parameters()
    wb = openpyxl.load_workbook(io.BytesIO(cost_workbook(params, cost_breakdown(params, 2024), "nl")))
    shares = {row[0]: row for row in wb["Aandeel per partner"].iter_rows(min_row=2, values_only=True)}
    assert shares["Harderwijk"][3] == pytest.approx(160_755.8333 / 2 * 0.328, abs=0.001)
    assert shares["Harderwijk"][4] == pytest.approx(160_755.8333 / 2 * 0.328 / 4, abs=0.001)
    settlement = {row[0]: row for row in wb["Per jaar"].iter_rows(min_row=2, values_only=True)}
    assert sum(v for v in settlement["Elburg"][1:]) == pytest.approx(11_092.15, abs=0.01)


def test_remembered_signed_money_equals_the_formatting_rule():
    from reporting.costs import signed_money

    rng = random.Random(11)
    values = [0.0, -0.0, 0.4, -0.4, 0.5, -0.5, 1.5, -2.5, 682.0, -682.0]
    values += [rng.uniform(-200_000, 200_000) for _ in range(500)]
    for lang in ("nl", "en"):
        for value in values:
            assert signed_money(value, lang) == fmt.signed_money(value, lang), (value, lang)


def test_the_build_up_footnote_names_the_steps_per_assumption():
    from reporting.costs import steps_footnote

    params = default_parameters()
    # 2024 is the salary table's own year: only the unverified salary and the employer charges
    assert steps_footnote(params, cost_breakdown(params, 2024), "nl") == (
        "⚠️ aanname — stap 1–4 en 6: indicatieve salariswaarde (niet geverifieerd) · "
        "stap 4 en 6: werkgeverslasten 30,0 % (algemene bandbreedte 20-35 %)."
    )
