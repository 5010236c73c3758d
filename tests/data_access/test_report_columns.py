"""The report's columns are defined once, in data_access/report_format.py. The places that cannot
derive them (the declarative model, the pure domain) must agree with it, so adding a column fails
here until the model (with its migration) and the domain's flow/stock rule know it."""

from sqlalchemy import inspect

from data_access import report_format as fmt
from data_access.models import ActivityRow, BarrierCount, MonthlyHours, MoveRecord
from domain.progress import ACTIVITY_COLUMNS, FLOW_COLUMNS, STOCK_COLUMNS

OWN_COLUMNS = {"id", "submission_id"}


def _stored(model) -> dict[str, bool]:
    """The model's columns from the report, each with whether it may be empty."""
    return {c.name: c.nullable for c in inspect(model).columns if c.name not in OWN_COLUMNS}


def test_the_activity_model_stores_every_report_figure_and_requires_the_required_ones():
    expected = {
        name: not column.required for column in fmt.ACTIVITY_COLUMNS for name in fmt.stored_fields((column,))
    }
    assert _stored(ActivityRow) == expected
    assert list(fmt.ACTIVITY_FIGURES) == [
        "households_contacted",
        "conversations",
        "moves",
        "priority_moves",
        "freed_family_homes",
        "senior_homes",
        "senior_homes_labelled",
    ]


def test_the_other_sheets_models_have_their_columns():
    assert set(_stored(MonthlyHours)) == set(fmt.stored_fields(fmt.HOURS_COLUMNS))
    assert set(_stored(MoveRecord)) == set(fmt.stored_fields(fmt.MOVE_COLUMNS))
    assert set(_stored(BarrierCount)) == set(fmt.stored_fields(fmt.BARRIER_COLUMNS))


def test_the_domain_knows_every_figure_as_a_flow_or_as_stock():
    assert (*FLOW_COLUMNS, *STOCK_COLUMNS) == fmt.ACTIVITY_FIGURES
    assert ACTIVITY_COLUMNS[4:] == fmt.ACTIVITY_FIGURES
