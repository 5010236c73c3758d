"""A synthetic large region for benchmarks: 40 corporations, 60 municipalities, ten years of
quarters (2020-K1 to 2029-K4) and 200 000 move rows, written straight into a database by bulk
inserts (no workbooks: this measures the pages, not the importer).

The agreement parameters are replaced by one set for the whole region (equal keys, 2020-2029),
so every page works on all partners. Deterministic: same seed, same data.

Run: python -m sample_data.large_region [--db URL]   (default: data/bench/large_region.sqlite)
Pin today after the last quarter's deadline when serving it: DOORSTROOMMONITOR_TODAY=2030-02-15.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, insert, select

from data_access import report_format as fmt
from data_access.db import PROJECT_ROOT, forget_engine, open_database, session_scope
from data_access.models import (
    ActivityRow,
    AuditEntry,
    BarrierCount,
    MonthlyHours,
    MoveRecord,
    ParameterSet,
    Partner,
    Submission,
)
from domain.parameters import SalaryEntry, default_parameters
from domain.partners import CORPORATIONS, MUNICIPALITIES
from domain.periods import Quarter, quarters_between

SEED = 20300215  # change it (or delete data/bench/) to regenerate the cached database
N_CORPORATIONS = 40
N_MUNICIPALITIES = 60
FIRST, LAST = Quarter(2020, 1), Quarter(2029, 4)
MOVE_ROWS = 200_000
TODAY = date(2030, 2, 15)  # after 2029-K4's deadline
DEFAULT_PATH = PROJECT_ROOT / "data" / "bench" / "large_region.sqlite"
CHUNK = 20_000
ACTOR = "large-region-generator"


def corporation_names() -> list[str]:
    return list(CORPORATIONS) + [
        f"Corporatie {i:02d}" for i in range(len(CORPORATIONS) + 1, N_CORPORATIONS + 1)
    ]


def municipality_names() -> list[str]:
    return list(MUNICIPALITIES) + [
        f"Gemeente {i:02d}" for i in range(len(MUNICIPALITIES) + 1, N_MUNICIPALITIES + 1)
    ]


def region_parameters(rng: random.Random) -> dict:
    corporations, municipalities = corporation_names(), municipality_names()
    params = default_parameters().with_changes(
        valid_from=date(FIRST.year, 1, 1),
        start_date=FIRST.first_day,
        end_date=LAST.last_day,
        municipal_keys={m: 100.0 / len(municipalities) for m in municipalities},
        corporate_keys={c: 100.0 / len(corporations) for c in corporations},
        weekly_hours={c: float(rng.choice([6, 9, 12, 16, 20, 24, 28, 32, 36])) for c in corporations},
        salary={FIRST.year: SalaryEntry(4100.0, "Synthetische benchmarkwaarde", True)},
        note="Synthetische grote regio (benchmark)",
    )
    return params.to_json()


def _chunks(rows: list[dict], size: int = CHUNK):
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def generate(url: str | None = None, seed: int = SEED, move_rows: int = MOVE_ROWS) -> dict[str, int | float]:
    """Fill an empty database with the large region; returns row counts."""
    started = time.perf_counter()
    rng = random.Random(seed)
    engine = open_database(url)
    quarters = quarters_between(FIRST, LAST)
    corporations, municipalities = corporation_names(), municipality_names()
    with session_scope(engine) as session:
        if session.scalar(select(func.count()).select_from(Submission)):
            raise SystemExit("De database bevat al rapportages; kies een lege database (--db).")
        existing = set(session.scalars(select(Partner.name)))
        session.execute(
            insert(Partner),
            [{"name": n, "kind": "corporation"} for n in corporations if n not in existing]
            + [{"name": n, "kind": "municipality"} for n in municipalities if n not in existing],
        )
        session.execute(delete(ParameterSet))
        session.add(
            ParameterSet(
                valid_from=date(FIRST.year, 1, 1),
                payload=region_parameters(rng),
                created_at=datetime.now(UTC),
                created_by=ACTOR,
            )
        )
        ids = dict(session.execute(select(Partner.name, Partner.id)).all())

        # Which municipalities each corporation works in (3-6 each, every municipality covered).
        served = {c: rng.sample(municipalities, rng.randint(3, 6)) for c in corporations}
        covered = {m for places in served.values() for m in places}
        for i, m in enumerate(m for m in municipalities if m not in covered):
            served[corporations[i % len(corporations)]].append(m)

        submissions = []
        for quarter in quarters:
            deadline = quarter.deadline(1)
            for c in corporations:
                placeholder = f"{c}|{quarter.label}".encode()
                submissions.append(
                    {
                        "corporation_id": ids[c],
                        "year": quarter.year,
                        "quarter": quarter.quarter,
                        "version": 1,
                        "is_active": True,
                        "is_demo": False,
                        "file_name": f"{quarter.label}-{c.lower().replace(' ', '-')}.xlsx",
                        "file_bytes": placeholder,
                        "sha256": hashlib.sha256(placeholder).hexdigest(),
                        "size": len(placeholder),
                        "uploaded_by": ACTOR,
                        "uploaded_at": datetime.combine(
                            deadline - timedelta(days=rng.randint(0, 25)), datetime.min.time(), tzinfo=UTC
                        ),
                        "warnings": [],
                    }
                )
        submission_ids = list(
            session.scalars(
                insert(Submission).returning(Submission.id, sort_by_parameter_order=True), submissions
            )
        )
        keys = [(q, c) for q in quarters for c in corporations]

        per_submission, remainder = divmod(move_rows, len(keys))
        activity, hours, moves, barriers = [], [], [], []
        for index, ((quarter, c), sid) in enumerate(zip(keys, submission_ids, strict=True)):
            places = served[c]
            n_moves = per_submission + (1 if index < remainder else 0)
            moved = dict.fromkeys(places, 0)
            days = (quarter.last_day - quarter.first_day).days
            for _ in range(n_moves):
                place = rng.choice(places)
                moved[place] += 1
                moves.append(
                    {
                        "submission_id": sid,
                        "move_date": quarter.first_day + timedelta(days=rng.randint(0, days)),
                        "municipality_id": ids[place],
                        "from_type": rng.choice(fmt.HOME_TYPES_FROM),
                        "from_bedrooms": rng.randint(2, 5),
                        "to_type": rng.choice(fmt.HOME_TYPES_TO),
                        "to_bedrooms": rng.randint(1, 2),
                        "age_band": rng.choice(fmt.AGE_BANDS),
                        "priority": rng.random() < 0.55,
                        "freed_home_to": rng.choice(fmt.FREED_HOME_TO),
                    }
                )
            for place in places:
                homes = rng.randint(50, 600)
                activity.append(
                    {
                        "submission_id": sid,
                        "municipality_id": ids[place],
                        "households_contacted": moved[place] * 4 + rng.randint(0, 20),
                        "conversations": moved[place] * 2 + rng.randint(0, 10),
                        "moves": moved[place],
                        "priority_moves": moved[place] // 2,
                        "freed_family_homes": moved[place] // 3,
                        "senior_homes": homes,
                        "senior_homes_labelled": int(homes * rng.uniform(0.4, 0.9)),
                    }
                )
            hours += [
                {"submission_id": sid, "month": m, "hours": round(rng.uniform(20, 160), 1)}
                for m in quarter.months
            ]
            barriers += [
                {"submission_id": sid, "reason": r, "count": rng.randint(0, 9)} for r in fmt.BARRIER_REASONS
            ]

        for model, rows in (
            (ActivityRow, activity),
            (MonthlyHours, hours),
            (BarrierCount, barriers),
            (MoveRecord, moves),
        ):
            for chunk in _chunks(rows):
                session.execute(insert(model), chunk)
        session.add(
            AuditEntry(
                at=datetime.now(UTC),
                actor=ACTOR,
                action="large_region_generated",
                details={"seed": seed, "submissions": len(submission_ids), "move_rows": len(moves)},
            )
        )
    counts = {
        "corporations": len(corporations),
        "municipalities": len(municipalities),
        "quarters": len(quarters),
        "submissions": len(submission_ids),
        "activity_rows": len(activity),
        "monthly_hours": len(hours),
        "barrier_counts": len(barriers),
        "move_rows": len(moves),
        "seconds": round(time.perf_counter() - started, 1),
    }
    return counts


def ensure_large_region(path: Path = DEFAULT_PATH) -> str:
    """The SQLite URL of the large region, generated once and reused (delete the file to renew)."""
    marker = path.with_suffix(".json")
    url = f"sqlite:///{path}"
    if path.exists() and marker.exists() and json.loads(marker.read_text()).get("seed") == SEED:
        return url
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"), marker):
        stale.unlink(missing_ok=True)
    counts = generate(url)
    forget_engine(url)
    marker.write_text(json.dumps({"seed": SEED, **counts}, indent=1))
    return url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sample_data.large_region", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--db", help=f"database URL (default: sqlite:///{DEFAULT_PATH.relative_to(PROJECT_ROOT)})"
    )
    args = parser.parse_args(argv)
    if args.db:
        counts = generate(args.db)
    else:
        ensure_large_region()
        counts = json.loads(DEFAULT_PATH.with_suffix(".json").read_text())
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
