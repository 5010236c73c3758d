"""Excel exports: values only, never formulas, and formula injection neutralised."""

import io

import openpyxl
import pandas as pd
import pytest

from data_access.exports import comparison_workbook, safe_value, sheet_title, table_workbook
from domain.costs import cost_breakdown
from domain.parameters import default_parameters
from domain.whatif import Scenario, side_by_side

BASE = default_parameters()
DANGEROUS = ['=HYPERLINK("http://evil","klik")', "+31 6 1234", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_text_that_could_start_a_formula_gets_a_quote_prefix(text):
    assert safe_value(text) == "'" + text


@pytest.mark.parametrize("value", ["Harderwijk", "€ 12.345", "", 12.5, -3, None])
def test_ordinary_values_are_left_alone(value):
    assert safe_value(value) == value


def _cells(content: bytes):
    wb = openpyxl.load_workbook(io.BytesIO(content))  # data_only=False: formulas would show as "=..."
    return [cell for ws in wb.worksheets for row in ws.iter_rows() for cell in row if cell.value is not None]


def test_table_workbook_writes_values_and_neutralises_uploaded_text():
    frame = pd.DataFrame({"Naam": DANGEROUS, "Bedrag": [1.5, -2.0, 3, 4, 5, 6]})
    cells = _cells(table_workbook({"Tabel": frame}))
    assert not [c for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert {"'" + d for d in DANGEROUS} <= texts
    numbers = [c.value for c in cells if isinstance(c.value, (int, float))]
    assert numbers == [1.5, -2.0, 3, 4, 5, 6]  # negative numbers stay numbers


def test_comparison_workbook_holds_parameters_differences_and_settlements():
    evil = Scenario("=cmd|' /C calc'!A0", {"municipal_part_pct": 40.0})
    plain = Scenario("Meer gemeente", {"municipal_part_pct": 60.0})
    scenarios = [
        (s.name, s.apply(BASE, 2024), cost_breakdown(s.apply(BASE, 2024), 2024)) for s in (evil, plain)
    ]
    content = comparison_workbook(
        2024, BASE, scenarios, side_by_side(BASE, [evil, plain], 2024), cost_breakdown(BASE, 2024)
    )
    wb = openpyxl.load_workbook(io.BytesIO(content))
    assert wb.sheetnames[:2] == ["Parameters", "Verschillen"]
    assert len(wb.sheetnames) == 5  # agreement + two scenario settlement sheets
    assert not [c for c in _cells(content) if c.data_type == "f"]
    headers = [c.value for c in wb["Parameters"][3]]
    assert headers == ["Onderdeel", "Overeenkomst", "'=cmd|' /C calc'!A0", "Meer gemeente"]
    diffs = wb["Verschillen"]
    rows = {(r[0].value, r[2].value): r for r in diffs.iter_rows(min_row=2)}
    elburg = rows[("Elburg", "Aandeel in de kosten")]
    programme = 160_755.8333
    assert elburg[3].value == pytest.approx(programme / 2 * 0.138, abs=0.001)  # agreement
    assert elburg[4].value == pytest.approx(programme * 0.4 * 0.138, abs=0.001)  # scenario 1
    assert elburg[5].value == pytest.approx(programme * -0.1 * 0.138, abs=0.001)  # difference €
    assert elburg[6].value == pytest.approx(-20.0)  # difference % (40 vs 50 of the cost)
    settlement = wb[wb.sheetnames[2]]
    assert settlement.title == "Verrekening Overeenkomst"
    last = list(settlement.iter_rows(min_row=settlement.max_row, values_only=True))[0]
    assert last[0] == "Totaal" and last[-1] == pytest.approx(programme / 2, abs=0.001)


def test_sheet_titles_are_valid_and_unique():
    assert sheet_title("Verrekening a/b [c]: d*?", []) == "Verrekening a b  c   d"
    long = "Verrekening " + "x" * 40
    first = sheet_title(long, [])
    assert len(first) == 31
    second = sheet_title(long, [first])
    assert len(second) <= 31 and second.endswith(" (2)")
