"""Read models for pages and the command line: DataFrames of active submissions, aggregated in SQL."""

from __future__ import annotations

from datetime import date

import pandas as pd
from sqlalchemy import ColumnElement, Engine, Executable, and_, func, select
from sqlalchemy.orm import aliased

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
from data_access.report_format import ACTIVITY_FIGURES
from domain.parameters import AgreementParameters, parameters_in_force
from domain.periods import Quarter, quarters_between
from domain.submissions import submission_state

Corporation = aliased(Partner, name="corporation")
Municipality = aliased(Partner, name="municipality")


def _frame(engine: Engine, statement: Executable) -> pd.DataFrame:
    with engine.connect() as connection:
        result = connection.execute(statement)
        return pd.DataFrame(result.fetchall(), columns=list(result.keys()))


def _active(year: int | None) -> ColumnElement[bool]:
    condition = Submission.is_active.is_(True)
    return and_(condition, Submission.year == year) if year is not None else condition


def parameter_sets(engine: Engine) -> list[AgreementParameters]:
    with engine.connect() as connection:
        payloads = connection.execute(select(ParameterSet.payload).order_by(ParameterSet.id))
        return [AgreementParameters.from_json(p) for (p,) in payloads]


def parameters_for_year(engine: Engine, year: int) -> AgreementParameters:
    return parameters_in_force(parameter_sets(engine), year)


def activity_frame(engine: Engine, year: int | None = None) -> pd.DataFrame:
    """One row per corporation × municipality × quarter of the active submissions, with the sum of
    each of the report's figures (report_format.ACTIVITY_FIGURES)."""
    statement = (
        select(
            Corporation.name.label("corporation"),
            Municipality.name.label("municipality"),
            Submission.year,
            Submission.quarter,
            *(func.sum(getattr(ActivityRow, name)).label(name) for name in ACTIVITY_FIGURES),
        )
        .join(Submission, ActivityRow.submission_id == Submission.id)
        .join(Corporation, Submission.corporation_id == Corporation.id)
        .join(Municipality, ActivityRow.municipality_id == Municipality.id)
        .where(_active(year))
        .group_by(Corporation.name, Municipality.name, Submission.year, Submission.quarter)
        .order_by(Submission.year, Submission.quarter, Corporation.name, Municipality.name)
    )
    frame = _frame(engine, statement)
    for column in frame.columns[4:]:
        frame[column] = pd.to_numeric(frame[column]).astype("Int64")
    return frame


def hours_frame(engine: Engine, year: int | None = None) -> pd.DataFrame:
    """Realised coach hours per corporation × quarter (× month) of the active submissions."""
    statement = (
        select(
            Corporation.name.label("corporation"),
            Submission.year,
            Submission.quarter,
            MonthlyHours.month,
            MonthlyHours.hours,
        )
        .join(Submission, MonthlyHours.submission_id == Submission.id)
        .join(Corporation, Submission.corporation_id == Corporation.id)
        .where(_active(year))
        .order_by(Submission.year, Submission.quarter, Corporation.name, MonthlyHours.month)
    )
    frame = _frame(engine, statement)
    frame["hours"] = frame["hours"].astype(float)
    return frame


def moves_frame(engine: Engine, year: int | None = None) -> pd.DataFrame:
    """Counts of move rows by what the Progress page shows (aggregated, never the raw rows):
    the home left (type and bedrooms), the age band and where the freed home went, per
    corporation × municipality."""
    statement = (
        select(
            Corporation.name.label("corporation"),
            Municipality.name.label("municipality"),
            Submission.year,
            MoveRecord.from_type,
            MoveRecord.from_bedrooms,
            MoveRecord.age_band,
            MoveRecord.freed_home_to,
            func.count().label("count"),
        )
        .join(Submission, MoveRecord.submission_id == Submission.id)
        .join(Corporation, Submission.corporation_id == Corporation.id)
        .outerjoin(Municipality, MoveRecord.municipality_id == Municipality.id)
        .where(_active(year))
        .group_by(
            Corporation.name,
            Municipality.name,
            Submission.year,
            MoveRecord.from_type,
            MoveRecord.from_bedrooms,
            MoveRecord.age_band,
            MoveRecord.freed_home_to,
        )
    )
    return _frame(engine, statement)


def barriers_frame(engine: Engine, year: int | None = None) -> pd.DataFrame:
    statement = (
        select(
            Corporation.name.label("corporation"),
            Submission.year,
            Submission.quarter,
            BarrierCount.reason,
            func.sum(BarrierCount.count).label("count"),
        )
        .join(Submission, BarrierCount.submission_id == Submission.id)
        .join(Corporation, Submission.corporation_id == Corporation.id)
        .where(_active(year))
        .group_by(Corporation.name, Submission.year, Submission.quarter, BarrierCount.reason)
    )
    return _frame(engine, statement)


def submissions_frame(engine: Engine, corporation: str | None = None) -> pd.DataFrame:
    """Every stored version (active or superseded), newest first, without the file bytes."""
    statement = (
        select(
            Submission.id,
            Corporation.name.label("corporation"),
            Submission.year,
            Submission.quarter,
            Submission.version,
            Submission.is_active,
            Submission.is_demo,
            Submission.file_name,
            Submission.size,
            Submission.sha256,
            Submission.uploaded_by,
            Submission.uploaded_at,
        )
        .join(Corporation, Submission.corporation_id == Corporation.id)
        .order_by(
            Submission.year.desc(), Submission.quarter.desc(), Corporation.name, Submission.version.desc()
        )
    )
    if corporation:
        statement = statement.where(Corporation.name == corporation)
    return _frame(engine, statement)


def reported_quarters(engine: Engine, year: int) -> dict[str, int]:
    statement = (
        select(Corporation.name, func.count(Submission.id))
        .join(Corporation, Submission.corporation_id == Corporation.id)
        .where(_active(year))
        .group_by(Corporation.name)
    )
    with engine.connect() as connection:
        return {name: int(n) for name, n in connection.execute(statement)}


def reported_years(engine: Engine) -> list[int]:
    with engine.connect() as connection:
        years = connection.scalars(select(Submission.year).distinct().order_by(Submission.year))
        return list(years)


def has_demo_data(engine: Engine) -> bool:
    with engine.connect() as connection:
        return connection.scalar(select(Submission.id).where(Submission.is_demo).limit(1)) is not None


def status_matrix(
    engine: Engine, params: AgreementParameters, today: date, year: int | None = None
) -> pd.DataFrame:
    """Corporation × quarter with the state of its report (submitted / late / missing / due / open).

    Covers the agreement's quarters (its term and partners in `params`) from its start until the
    current quarter (or one year). Each quarter's deadline comes from the parameters in force in its
    own year, so a later change of the reporting deadline does not rewrite earlier years' states.
    """
    first = Quarter.containing(params.start_date)
    last = min(Quarter.containing(today), Quarter.containing(params.end_date))
    quarters = quarters_between(first, last)
    if year is not None:
        quarters = [q for q in quarters if q.year == year]
    sets = parameter_sets(engine)
    in_force = {y: parameters_in_force(sets, y) for y in sorted({q.year for q in quarters})}
    # A quarter counts as in from its first upload: a later correction does not make it late.
    versions = submissions_frame(engine)
    first_upload = {}
    if not versions.empty:
        has_active = versions.groupby(["corporation", "year", "quarter"])["is_active"].transform("max")
        versions = versions[has_active.astype(bool)]
        for key, uploaded in (
            versions.groupby(["corporation", "year", "quarter"])["uploaded_at"].min().items()
        ):
            first_upload[key] = pd.Timestamp(uploaded).date()
    rows = []
    for corporation in params.corporate_keys:
        for quarter in quarters:
            submitted_on = first_upload.get((corporation, quarter.year, quarter.quarter))
            months = in_force[quarter.year].report_deadline_months
            state = submission_state(quarter, submitted_on, today, months)
            rows.append(
                {
                    "corporation": corporation,
                    "year": quarter.year,
                    "quarter": quarter.quarter,
                    "label": quarter.label,
                    "state": state.value,
                    "submitted_on": submitted_on,
                    "deadline": quarter.deadline(months),
                }
            )
    return pd.DataFrame(rows)


def write_counter(engine: Engine) -> tuple[int, int]:
    """(number, highest id) of the audit entries: every write adds one, so this changes after any
    write by any app instance or the command line (the count also catches a transaction that
    commits after a later-numbered one)."""
    with engine.connect() as connection:
        count, highest = connection.execute(select(func.count(AuditEntry.id), func.max(AuditEntry.id))).one()
    return int(count), int(highest or 0)
