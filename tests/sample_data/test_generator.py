"""The demo workbooks are reproducible and in the range the issue asks for."""

import json
from pathlib import Path

from data_access.importer import validate_workbook
from domain.parameters import default_parameters
from sample_data.generate import MANIFEST, OUT_DIR, generate
from tests.conftest import TODAY


def test_generator_reproduces_the_committed_workbooks_byte_for_byte(tmp_path: Path):
    manifest = generate(tmp_path, tmp_path / "manifest.json")
    assert manifest == json.loads(MANIFEST.read_text())
    for name in manifest:
        assert (tmp_path / name).read_bytes() == (OUT_DIR / name).read_bytes(), name


def test_demo_quarters_are_in_the_pilot_range_with_one_late_and_one_missing():
    manifest = json.loads(MANIFEST.read_text())
    assert len(manifest) == 4 * 11 - 1
    assert "2025-K4-deltawonen.xlsx" not in manifest
    params = default_parameters()
    per_quarter: dict[str, dict[str, float]] = {}
    for name in manifest:
        result = validate_workbook((OUT_DIR / name).read_bytes(), name, today=TODAY, params=params)
        assert result.ok and not result.warnings, (name, result.errors, result.warnings)
        totals = per_quarter.setdefault(name[:7], {"conversations": 0, "moves": 0})
        for key in totals:
            totals[key] += result.report.totals()[key]
    complete = {q: t for q, t in per_quarter.items() if q != "2025-K4"}
    assert all(50 <= t["conversations"] <= 90 for t in complete.values()), complete
    assert all(10 <= t["moves"] <= 16 for t in complete.values()), complete
