"""The synthetic large region behind `make bench` (bench_large_region): the right size, every
partner in the agreement's parameters, and figures the app's own read models can aggregate."""

from __future__ import annotations

from sqlalchemy import func, select

from data_access import repositories as repo
from data_access import services
from data_access.db import forget_engine, open_database
from data_access.models import MoveRecord, Partner, Submission
from sample_data.large_region import generate


def test_a_small_large_region_has_every_partner_quarter_and_move(tmp_path):
    url = f"sqlite:///{tmp_path / 'large.sqlite'}"
    counts = generate(url, move_rows=3_210)
    engine = open_database(url)
    with engine.connect() as connection:
        kinds = dict(connection.execute(select(Partner.kind, func.count()).group_by(Partner.kind)).all())
        submissions = connection.scalar(select(func.count()).select_from(Submission))
        moves = connection.scalar(select(func.count()).select_from(MoveRecord))
    assert kinds == {"corporation": 40, "municipality": 60}
    assert counts["quarters"] == 40 and submissions == 40 * 40 == counts["submissions"]
    assert moves == 3_210

    params = repo.parameters_for_year(engine, 2029)
    assert len(params.corporate_keys) == 40 and len(params.municipal_keys) == 60
    assert params.start_date.year == 2020 and params.end_date.year == 2029
    activity = repo.activity_frame(engine, 2029)
    assert set(activity["corporation"]) == set(params.corporate_keys)
    assert set(activity["municipality"]) == set(params.municipal_keys)  # every municipality is served
    # The activity rows count exactly the move rows of their municipality and quarter.
    assert int(activity["moves"].sum()) == int(repo.moves_frame(engine, 2029)["count"].sum())
    assert services.year_figures(engine, 2029).moves == int(activity["moves"].sum()) > 0
    forget_engine(url)
