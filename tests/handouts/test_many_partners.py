"""A region with many partners on one slide: the largest payers and receivers of the settlement,
with the totals of everyone, and a title that says the workbook holds the rest."""

from __future__ import annotations

from handouts.content import Section, settlement_slide_table
from handouts.layout import DECK, PDF, overflow, place


def _matrix() -> dict[str, dict[str, float]]:
    """Payer P01..P12 pays receiver R1..R8 the product of their numbers (P12 pays R8 96 euros)."""
    return {f"P{p:02d}": {f"R{r}": float(p * r) for r in range(1, 9)} for p in range(1, 13)}


def test_the_largest_payers_and_receivers_with_everyones_totals():
    table = settlement_slide_table(_matrix(), "nl")
    frame = table.frame.set_index(table.frame.columns[0])
    # nine largest payers (P04..P12) in their own order, then the total row
    assert list(frame.index) == [f"P{p:02d}" for p in range(4, 13)] + ["Totaal"]
    # five largest receivers (R4..R8), then the total column
    assert list(frame.columns) == ["R4", "R5", "R6", "R7", "R8", "Totaal"]
    assert frame.loc["P12", "R8"] == "€ 96"
    # P12 pays 12 × (1 + … + 8) = 432 to everyone, R8 receives 8 × (1 + … + 12) = 624
    assert frame.loc["P12", "Totaal"] == "€ 432"
    assert frame.loc["Totaal", "R8"] == "€ 624"
    assert frame.loc["Totaal", "Totaal"] == "€ 2.808"  # 78 × 36, everyone's
    assert table.title.endswith("(de grootste bedragen; 6 partners meer in de Excel-werkmap)")
    section = Section("costs", "Kosten", ("Programmakosten",), table=table)
    for page in (DECK, PDF):
        assert overflow(place(section, page), page) == []


def test_a_small_region_shows_everyone():
    matrix = {"Elburg": {"Uwoon": 10.0, "Omnia Wonen": 5.0}, "Ermelo": {"Uwoon": 1.0, "Omnia Wonen": 2.0}}
    table = settlement_slide_table(matrix, "nl")
    assert table.title == "Wie betaalt wie per jaar (rijen betalen, kolommen ontvangen)"
    assert list(table.frame.iloc[:, 0]) == ["Elburg", "Ermelo", "Totaal"]
    assert list(table.frame.columns[1:]) == ["Uwoon", "Omnia Wonen", "Totaal"]
