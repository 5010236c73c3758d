"""`python -m data_access validate|import`: the contract of docs/cli.md, for one file and for many."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from data_access import versions
from data_access.access import OPERATOR
from data_access.cli import main
from data_access.db import open_database
from tests.conftest import TODAY
from tests.data_access import messy_files as mf

ROOT = Path(__file__).resolve().parents[2]
VALIDATE_KEYS = ["file", "ok", "corporation", "year", "quarter", "totals", "errors", "warnings"]
PROBLEM_KEYS = ["sheet", "row", "column", "value", "message"]


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch):
    monkeypatch.setenv("DOORSTROOMMONITOR_TODAY", TODAY.isoformat())


def _files(tmp_path: Path, **contents: bytes) -> dict[str, str]:
    paths = {}
    for name, content in contents.items():
        path = tmp_path / f"{name}.xlsx"
        path.write_bytes(content)
        paths[name] = str(path)
    return paths


def _run(capsys, *args) -> tuple[int, list[dict]]:
    code = main(list(args))
    lines = capsys.readouterr().out.splitlines()
    return code, [json.loads(line) for line in lines]


def _report(conversations: int = 9, **kwargs) -> bytes:
    activity = [list(line) for line in mf.ACTIVITY]
    activity[0][2] = conversations
    return mf.report_bytes(activity=activity, **kwargs)


def test_validate_one_good_file(tmp_path, capsys, db_url):
    files = _files(tmp_path, good=_report())
    code, [obj] = _run(capsys, "validate", files["good"], "--db", db_url)
    assert code == 0
    assert list(obj) == VALIDATE_KEYS
    assert obj == {
        "file": files["good"],
        "ok": True,
        "corporation": "Uwoon",
        "year": 2026,
        "quarter": 3,
        "totals": mf.TOTALS,
        "errors": [],
        "warnings": [],
    }


def test_validate_many_files_one_line_each_in_order(tmp_path, capsys, db_url):
    files = _files(
        tmp_path,
        good=_report(),
        bad=mf.report_bytes(activity=[["Amsterdam", 1, 1, 0, 0, 0, 1, 1]]),
        future=_report(year=2027, quarter=1, hours=[["januari", 1], ["februari", 1], ["maart", 1]]),
        current=_report(quarter=4, hours=[["oktober", 100]], moves=False),
    )
    missing = str(tmp_path / "bestaat-niet.xlsx")
    code, objs = _run(
        capsys,
        "validate",
        files["good"],
        files["bad"],
        missing,
        files["future"],
        files["current"],
        "--db",
        db_url,
    )
    assert code == 1
    assert [o["file"] for o in objs] == [
        files["good"],
        files["bad"],
        missing,
        files["future"],
        files["current"],
    ]
    assert [o["ok"] for o in objs] == [True, False, False, False, True]
    assert all(list(o) == VALIDATE_KEYS for o in objs)
    [error] = objs[1]["errors"]
    assert list(error) == PROBLEM_KEYS
    assert (error["sheet"], error["row"], error["column"], error["value"]) == (
        "Rapportage",
        8,
        "Gemeente",
        "Amsterdam",
    )
    assert objs[1]["totals"] is None
    assert "bestaat niet" in objs[2]["errors"][0]["message"]
    assert any("nog niet begonnen" in e["message"] for e in objs[3]["errors"])
    [warning] = objs[4]["warnings"]
    assert warning["column"] == "Kwartaal" and "nog niet afgelopen" in warning["message"]


def test_validate_stores_nothing(tmp_path, capsys, db_url):
    files = _files(tmp_path, good=_report())
    _run(capsys, "validate", files["good"], "--db", db_url)
    assert versions.history(open_database(db_url), OPERATOR).empty


def test_import_versions_replacement_and_identical_file(tmp_path, capsys, db_url, monkeypatch):
    monkeypatch.setenv("DOORSTROOMMONITOR_PASSWORD", "een lang wachtwoord")
    assert main(["users", "add", "secretaris", "--role", "beheerder", "--db", db_url]) == 0
    capsys.readouterr()
    files = _files(tmp_path, first=_report(9), second=_report(20), bad=_report(-1))
    code, objs = _run(
        capsys,
        "import",
        files["first"],
        files["second"],
        files["second"],
        files["bad"],
        "--db",
        db_url,
        "--as-user",
        "secretaris",
    )
    assert code == 1  # the bad one
    assert [o["version"] for o in objs] == [1, 2, 2, None]
    assert list(objs[0]) == [*VALIDATE_KEYS, "version"]
    assert objs[1]["totals"]["conversations"] == 25
    history = versions.history(open_database(db_url), OPERATOR)
    assert history[["version", "is_active", "uploaded_by"]].values.tolist() == [
        [2, True, "secretaris"],
        [1, False, "secretaris"],
    ]

    code, [again] = _run(capsys, "import", files["first"], "--db", db_url)
    assert (code, again["version"], again["ok"]) == (0, 3, True)


def test_import_all_good_files_exits_zero(tmp_path, capsys, db_url):
    files = _files(tmp_path, uwoon=_report(), omnia=mf.report_bytes(corporation="Omnia"))
    code, objs = _run(capsys, "import", files["uwoon"], files["omnia"], "--db", db_url)
    assert code == 0
    assert [(o["corporation"], o["version"]) for o in objs] == [("Uwoon", 1), ("Omnia Wonen", 1)]


def test_usage_errors_exit_with_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["validate"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["import", "x.xlsx", "--onbekend"])
    assert exit_info.value.code == 2


def test_real_process_prints_json_lines_and_exit_codes(tmp_path):
    files = _files(tmp_path, good=_report(), bad=b"%PDF-1.4")
    env = os.environ | {
        "DOORSTROOMMONITOR_TODAY": TODAY.isoformat(),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite'}",
    }
    run = subprocess.run(
        [sys.executable, "-m", "data_access", "validate", files["good"], files["bad"]],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stderr
    objs = [json.loads(line) for line in run.stdout.splitlines()]
    assert [o["ok"] for o in objs] == [True, False]
    assert "PDF-bestand" in objs[1]["errors"][0]["message"]
    assert "Traceback" not in run.stderr


def test_lang_en_changes_only_the_messages(tmp_path, capsys, db_url):
    files = _files(tmp_path, bad=mf.report_bytes(activity=[["Amsterdam", 1, 1, 0, 0, 0, 1, 1]]))
    missing = str(tmp_path / "weg.xlsx")
    _, dutch = _run(capsys, "validate", files["bad"], missing, "--db", db_url)
    code, english = _run(capsys, "validate", files["bad"], missing, "--db", db_url, "--lang", "en")
    assert code == 1
    assert [list(o) for o in english] == [list(o) for o in dutch] == [VALIDATE_KEYS, VALIDATE_KEYS]
    for nl_obj, en_obj in zip(dutch, english, strict=True):
        assert [list(e) for e in en_obj["errors"]] == [PROBLEM_KEYS] * len(nl_obj["errors"])
        strip = [{k: v for k, v in e.items() if k != "message"} for e in en_obj["errors"]]
        assert strip == [{k: v for k, v in e.items() if k != "message"} for e in nl_obj["errors"]]
    assert english[0]["errors"][0]["message"].startswith("Unknown municipality or village. Choose one of:")
    assert dutch[0]["errors"][0]["message"].startswith("Onbekende gemeente of kern. Kies een van:")
    assert english[1]["errors"][0]["message"] == "The file does not exist or cannot be read."

    code, [imported] = _run(capsys, "import", files["bad"], "--db", db_url, "--lang", "en")
    assert (code, imported["version"]) == (1, None)
    assert imported["errors"][0]["message"].startswith("Unknown municipality or village.")


def test_an_unknown_language_is_a_usage_error():
    with pytest.raises(SystemExit) as exit_info:
        main(["validate", "x.xlsx", "--lang", "de"])
    assert exit_info.value.code == 2


def test_a_database_error_is_one_sentence_in_the_chosen_language(tmp_path, capsys):
    """A database that cannot be opened (a folder where the SQLite file should be): exit 1 and a
    sentence naming what to check, in the language asked for; no traceback."""
    folder = tmp_path / "not-a-file.sqlite"
    folder.mkdir()
    url = f"sqlite:///{folder}"
    code, [dutch] = _run(capsys, "summary", "--year", "2026", "--db", url)
    assert (code, dutch["ok"]) == (1, False)
    assert dutch["message"] == (
        "De database is niet bereikbaar of gaf een fout: OperationalError. Controleer --db of DATABASE_URL."
    )
    code, [english] = _run(capsys, "import", str(tmp_path / "x.xlsx"), "--db", url, "--lang", "en")
    assert code == 1
    assert english["message"] == (
        "The database cannot be reached or returned an error: OperationalError. Check --db or DATABASE_URL."
    )


def test_template_names_the_corporations_when_one_is_unknown(tmp_path, capsys):
    target = tmp_path / "x.xlsx"
    code, [out] = _run(
        capsys, "template", "--corporation", "Vesteda", "--year", "2026", "--quarter", "3", "-o", str(target)
    )
    assert (code, out["ok"]) == (1, False)
    assert out["message"] == (
        "Onbekende corporatie 'Vesteda'; kies uit deltaWonen, Omnia Wonen, Uwoon, Woningstichting Putten."
    )
    assert not target.exists()
