"""The meeting's workbook read back with openpyxl: one sheet per table with Dutch headers, frozen
header rows, number formats (numbers, not text), the figures of the summary, and text from users
neutralised (an evaluation note "=cmd|..." stays text)."""

from __future__ import annotations

import io

import openpyxl
import pytest

from data_access import evaluations as store
from data_access.access import Actor
from data_access.db import open_database
from domain.evaluation import Aspect, Verdict
from handouts.workbook import build_workbook
from tests.conftest import TODAY
from tests.handouts.conftest import YEAR

HOSTILE = "=cmd|' /C calc'!A0"
SECRETARY = Actor(name="secretaris", role="admin", account="secretaris")


@pytest.fixture(scope="module")
def workbook(demo_sqlite_url):
    return openpyxl.load_workbook(io.BytesIO(build_workbook(open_database(demo_sqlite_url), YEAR, TODAY)))


def headers(ws) -> list[str]:
    return [cell.value for cell in ws[1]]


def test_sheets_in_order_with_dutch_names(workbook):
    assert workbook.sheetnames == [
        "Kerncijfers",
        "Rapportages",
        "Gegevens activiteit",
        "Gegevens uren per maand",
        "Gegevens verhuizingen",
        "Gegevens belemmeringen",
        "Voortgang Gesprekken",
        "Gesprekken per corporatie",
        "Gesprekken per gemeente",
        "Voortgang Verhuizingen",
        "Verhuizingen per corporatie",
        "Verhuizingen per gemeente",
        "Meerjarig Gesprekken",
        "Meerjarig Verhuizingen",
        "Trechter",
        "Leeftijd verhuisden",
        "Vrijgekomen woning naar",
        "Belemmeringen",
        "Uren per jaar",
        "Uren per kwartaal",
        "Zo zijn de kosten opgebouwd",
        "Aandeel per partner",
        "Loonkosten per corporatie",
        "Verrekening per jaar",
        "Verrekening per kwartaal",
        "Evaluaties",
        "Afspraken en aannames",
        "Verdeelsleutels",
        "Salaristabel",
    ]


def test_every_sheet_has_a_frozen_bold_header_row(workbook):
    for ws in workbook:
        assert ws.freeze_panes == "A2", ws.title
        assert all(cell.font.bold for cell in ws[1]), ws.title


def test_dutch_headers_and_number_formats(workbook, summary):
    kpis = workbook["Kerncijfers"]
    assert headers(kpis) == ["Kengetal", "Gerealiseerd", "Doel", "Jaardoel", "% van doel", "Status"]
    rows = {row[0]: row for row in kpis.iter_rows(min_row=2, values_only=True)}
    assert rows["Uitvoerige gesprekken (>1 uur)"][1:4] == (310, 300, 300)
    assert rows["Verhuizingen"][5] == "Op koers"
    activity = workbook["Gegevens activiteit"]
    assert headers(activity)[:7] == [
        "Corporatie",
        "Gemeente",
        "Jaar",
        "Kwartaal",
        "Huishoudens benaderd",
        "Uitvoerige gesprekken (>1 uur)",
        "Verhuizingen",
    ]
    assert activity["C2"].value == 2025 and activity["C2"].number_format == "0"  # a year, not 2.025
    conversations = sum(row[5] for row in activity.iter_rows(min_row=2, values_only=True))
    assert conversations == summary["conversations"] == 310
    hours = workbook["Gegevens uren per maand"]
    assert headers(hours) == ["Corporatie", "Jaar", "Kwartaal", "Maand", "Uren"]
    assert hours["E2"].number_format == "#,##0.0"
    total = sum(row[4] for row in hours.iter_rows(min_row=2, values_only=True))
    assert total == pytest.approx(sum(line["realised"] for line in summary["hours"].values()))
    settlement = workbook["Verrekening per jaar"]
    assert headers(settlement)[0] == "Betaler ↓ / ontvanger →"
    cells = {row[0]: row for row in settlement.iter_rows(min_row=2, values_only=True)}
    receivers = headers(settlement)
    elburg = dict(zip(receivers, cells["Elburg"], strict=True))
    assert elburg["deltaWonen"] == pytest.approx(summary["settlement"]["Elburg"]["deltaWonen"])
    assert elburg["deltaWonen"] == pytest.approx(1016.98, abs=0.01)
    assert settlement["B2"].number_format == "€ #,##0.00;€ -#,##0.00"
    shares = workbook["Aandeel per partner"]
    assert headers(shares) == [
        "Partner",
        "Groep",
        "Verdeelsleutel",
        "Aandeel per jaar",
        "Aandeel per kwartaal",
    ]
    assert shares["D2"].number_format == "€ #,##0.00;€ -#,##0.00" and isinstance(shares["D2"].value, float)


def test_user_text_is_neutralised(demo_engine):
    evaluation = store.create_evaluation(demo_engine, SECRETARY, "regular", 2025, today=TODAY)
    aspects = [Aspect(key, Verdict.NEUTRAL, HOSTILE) for key in ("results", "hours", "effort", "cooperation")]
    store.save_draft(demo_engine, SECRETARY, evaluation.id, evaluation.revision, aspects)
    wb = openpyxl.load_workbook(io.BytesIO(build_workbook(demo_engine, YEAR, TODAY)))
    sheet = wb["Evaluaties"]
    assert headers(sheet) == [
        "Evaluatie",
        "Datum",
        "Status",
        "Aspect",
        "Oordeel",
        "Voorstel van de app",
        "Toelichting",
    ]
    notes = [row[6] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert notes == ["'" + HOSTILE] * 4
    assert all(cell.data_type == "s" for cell in sheet["G"][1:])  # text, never a formula


def test_english_workbook(demo_sqlite_url):
    wb = openpyxl.load_workbook(io.BytesIO(build_workbook(open_database(demo_sqlite_url), YEAR, TODAY, "en")))
    assert wb.sheetnames[:4] == ["Key figures", "Reports", "Data activity", "Data hours per month"]
    assert headers(wb["Data hours per month"]) == ["Corporation", "Year", "Quarter", "Month", "Hours"]
