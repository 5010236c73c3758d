"""`python -m data_access summary` / `seed-demo` / `template`: the command-line contract."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from data_access.cli import main
from data_access.importer import validate_workbook
from domain.parameters import default_parameters
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
WORKBOOKS = ROOT / "sample_data" / "workbooks"


def _run(*args, env_extra=None):
    env = dict(os.environ, DOORSTROOMMONITOR_TODAY=TODAY.isoformat(), **(env_extra or {}))
    return subprocess.run(
        [sys.executable, "-m", "data_access", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _demo_counts(year):
    """Conversations and moves straight from the demo workbooks, without any database."""
    totals = {"conversations": 0, "moves": 0}
    for path in WORKBOOKS.glob(f"{year}-K*.xlsx"):
        result = validate_workbook(path.read_bytes(), path.name, today=TODAY, params=default_parameters())
        for key in totals:
            totals[key] += result.report.totals()[key]
    return totals


def test_summary_2025_has_the_contract_keys_and_the_spec_formulas(demo_sqlite_url):
    proc = _run("summary", "--year", "2025", "--db", demo_sqlite_url)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {
        "year",
        "conversations",
        "moves",
        "targets",
        "hours",
        "priority_label_pct",
        "cost",
        "settlement",
    }
    assert set(data["targets"]) == {"conversations", "moves", "priority_label_pct"}
    assert data["targets"] == {"conversations": 300, "moves": 50, "priority_label_pct": 70.0}
    assert set(data["cost"]) == {
        "per_fte",
        "programme",
        "municipalities",
        "corporations",
        "employment",
        "net",
    }
    assert {k: data[k] for k in ("conversations", "moves")} == _demo_counts(2025)
    # 2025 has no salary value of its own: 2024's € 4 750 indexed by 3 %
    per_fte = 4750 * 1.03 * 12 * (1 + 0.08 + 0.02) * (1 + 0.30)
    assert data["cost"]["per_fte"] == pytest.approx(per_fte)
    programme = per_fte * 71 / 36
    assert data["cost"]["programme"] == pytest.approx(programme)
    assert data["cost"]["municipalities"]["Harderwijk"] == pytest.approx(programme * 0.5 * 0.328)
    assert data["cost"]["corporations"]["Woningstichting Putten"] == pytest.approx(programme * 0.5 * 0.12)
    assert data["cost"]["employment"]["Omnia Wonen"] == pytest.approx(per_fte * 20 / 36)
    net_omnia = per_fte * 20 / 36 - programme * 0.5 * 0.28
    assert data["cost"]["net"]["Omnia Wonen"] == pytest.approx(net_omnia)
    total_net = sum(data["cost"]["net"].values())
    assert data["settlement"]["Ermelo"]["Omnia Wonen"] == pytest.approx(
        programme * 0.5 * 0.152 * net_omnia / total_net
    )
    # deltaWonen's 2025-K4 report is missing: agreed hours cover the 3 quarters it reported
    assert data["hours"]["deltaWonen"]["quarters_reported"] == 3
    assert data["hours"]["deltaWonen"]["agreed"] == 6 * 13 * 3
    assert data["hours"]["Uwoon"]["agreed"] == 36 * 13 * 4
    assert 0 < data["priority_label_pct"] < 100


def test_summary_of_a_year_without_reports_has_zero_counts_and_full_costs(tmp_path):
    db = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    proc = _run("summary", "--year", "2024", "--db", db)
    data = json.loads(proc.stdout)
    assert (data["conversations"], data["moves"], data["priority_label_pct"]) == (0, 0, None)
    assert data["targets"]["conversations"] == 200  # first agreement year
    assert data["hours"]["Uwoon"] == {"realised": 0.0, "agreed": 0, "quarters_reported": 0}
    assert data["cost"]["programme"] == pytest.approx(160_755.8333, abs=0.001)


def test_seed_demo_is_idempotent(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'seed.sqlite'}"
    assert main(["seed-demo", "--db", db]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["stored"], first["unchanged"], first["invalid"]) == (43, 0, 0)
    assert main(["seed-demo", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == 43


def test_database_url_comes_from_the_environment(tmp_path):
    db = f"sqlite:///{tmp_path / 'env.sqlite'}"
    proc = _run("summary", "--year", "2026", env_extra={"DATABASE_URL": db})
    assert proc.returncode == 0
    assert (tmp_path / "env.sqlite").exists()


def test_usage_errors_exit_2():
    assert _run("summary").returncode == 2
    assert _run("frobnicate").returncode == 2
