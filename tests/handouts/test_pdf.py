"""The PDF handout read back with pypdf: A4 landscape, a title page and one page per topic, the
same key numbers as the deck and the summary, page numbers, the date in the footer, the demo
marking, and € signs that survived (a TrueType font, not fpdf2's Latin-1 core fonts)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from handouts.pdf import build_pdf, printable
from tests.handouts.conftest import YEAR, nl_money, nl_one_decimal


def test_a4_landscape_title_page_and_one_page_per_topic(handout):
    reader = PdfReader(io.BytesIO(build_pdf(handout)))
    assert len(reader.pages) == 8
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (842, 595)  # A4 landscape in points


def test_page_numbers_date_footer_and_demo_marking(pdf_pages):
    for number, text in enumerate(pdf_pages, start=1):
        assert f"Pagina {number} van 8" in text
        assert "Doorstroommonitor Noord-Veluwe · 2025 · gemaakt op 26-11-2026" in text
        assert "Demodata: voorbeeldrapportages, niet van de corporaties" in text
    assert "Stand over 2025: K1 t/m K4" in pdf_pages[0]
    assert "Kerncijfers 2025" in pdf_pages[1]
    assert "Aannames achter de kostencijfers" in pdf_pages[7]


def test_key_numbers_equal_the_summary(pdf_pages, summary):
    kpis, progress, hours, costs = pdf_pages[1], pdf_pages[2], pdf_pages[3], pdf_pages[4]
    assert summary["year"] == YEAR
    assert f"Uitvoerige gesprekken (>1 uur): {summary['conversations']} (Op koers)" in kpis
    assert f"Verhuizingen: {summary['moves']} (Op koers)" in kpis
    assert f"{summary['moves']} van doel naar rato {summary['targets']['moves']}" in progress
    for name, line in summary["hours"].items():
        assert f"{name}: {nl_one_decimal(line['realised'])} van {nl_one_decimal(line['agreed'])} uur" in hours
    assert "Woningstichting Putten: 287,4 van 468 uur (61 %), tekort 180,6 uur" in hours  # by hand
    assert f"Programmakosten 2025: {nl_money(summary['cost']['programme'])} (aanname)" in costs
    assert "€ 165.579" in costs
    for row in summary["settlement"].values():
        for amount in row.values():
            assert nl_money(amount) in costs


def test_emoji_are_left_out_but_euro_and_minus_print():
    assert printable("€ 83.955 ⚠️ aanname") == "€ 83.955 aanname"
    assert printable("Programmakosten (⚠️ aanname)") == "Programmakosten (aanname)"
    assert printable("−3,4 %") == "−3,4 %"
