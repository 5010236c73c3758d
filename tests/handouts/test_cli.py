"""`python -m handouts deck|pdf|workbook`: exit 0 and a file that opens; 1 with a Dutch sentence on
stderr for a year without reports or a path that cannot be written (and nothing left behind); 2 for
a usage error."""

from __future__ import annotations

import io

import openpyxl
from pptx import Presentation
from pypdf import PdfReader

from tests.handouts.conftest import run_module


def test_each_file_is_written_and_opens(demo_sqlite_url, tmp_path):
    for kind, name in (("deck", "s.pptx"), ("pdf", "s.pdf"), ("workbook", "s.xlsx")):
        target = tmp_path / name
        proc = run_module("handouts", kind, "--year", "2025", "-o", str(target), "--db", demo_sqlite_url)
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == ""
        content = target.read_bytes()
        if kind == "deck":
            assert len(Presentation(io.BytesIO(content)).slides) == 8
        elif kind == "pdf":
            assert len(PdfReader(io.BytesIO(content)).pages) == 8
        else:
            assert "Kerncijfers" in openpyxl.load_workbook(io.BytesIO(content)).sheetnames
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.pdf", "s.pptx", "s.xlsx"]  # no temporary files


def test_a_year_without_reports_exits_1_in_dutch(demo_sqlite_url, tmp_path):
    target = tmp_path / "leeg.pptx"
    proc = run_module("handouts", "deck", "--year", "2023", "-o", str(target), "--db", demo_sqlite_url)
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        "Voor 2023 zijn geen kwartaalrapportages opgeslagen, dus er is niets om te tonen. Kies een jaar "
        "met rapportages (bijvoorbeeld met --year) of laad eerst de rapportages."
    )
    assert not target.exists()


def test_a_path_that_cannot_be_written_exits_1(demo_sqlite_url, tmp_path):
    target = tmp_path / "bestaat-niet" / "s.pdf"
    proc = run_module("handouts", "pdf", "--year", "2025", "-o", str(target), "--db", demo_sqlite_url)
    assert proc.returncode == 1
    assert f"Het bestand {target} kon niet worden geschreven (de map bestaat niet)." in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = run_module("handouts", "workbook", "--year", "2025", "-o", str(tmp_path), "--db", demo_sqlite_url)
    assert proc.returncode == 1 and "(dat is een map)" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_usage_errors_exit_2(demo_sqlite_url, tmp_path):
    for args in (
        ["deck", "--year", "twintig", "-o", str(tmp_path / "x.pptx")],
        ["deck", "-o", str(tmp_path / "x.pptx")],  # no year
        ["poster", "--year", "2025", "-o", str(tmp_path / "x.png")],
        [],
    ):
        proc = run_module("handouts", *args, "--db", demo_sqlite_url) if args else run_module("handouts")
        assert proc.returncode == 2, (args, proc.stderr)
    assert list(tmp_path.iterdir()) == []


def test_english_messages_with_lang_en(demo_sqlite_url, tmp_path):
    proc = run_module(
        "handouts",
        "deck",
        "--year",
        "2023",
        "-o",
        str(tmp_path / "x.pptx"),
        "--db",
        demo_sqlite_url,
        "--lang",
        "en",
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("No quarterly reports are stored for 2023")
