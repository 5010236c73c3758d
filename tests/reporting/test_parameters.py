"""The parameter tables (Instellingen, and the handouts' assumptions) in both languages: every
number through Babel, units in the language."""

from dataclasses import replace

from domain.parameters import default_parameters
from reporting.parameters import keys_table, other_parameters_table

PARAMS = default_parameters()


def _values(lang: str) -> dict[str, str]:
    table = other_parameters_table(PARAMS, lang)
    return dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))


def test_dutch_parameters():
    values = _values("nl")
    assert values["Voltijdsweek (cao Woondiensten)"] == "36 uur"
    assert values["Doel eerste jaar (gesprekken / verhuizingen)"] == "200 / 50"
    assert values["Werkgeverslasten"] == "30,0 % ⚠️ aanname"


def test_english_parameters_say_hours_not_uur():
    values = _values("en")
    assert values["Full-time week (cao Woondiensten)"] == "36 hours"
    assert values["Target following years (conversations / moves)"] == "300 / 50"


def test_large_targets_and_part_time_hours_are_grouped_and_keep_their_decimal():
    params = replace(
        PARAMS, later_year_targets=(1200, 50), weekly_hours={**PARAMS.weekly_hours, "Uwoon": 36.5}
    )
    values = dict(other_parameters_table(params, "nl").values)
    assert values["Doel volgende jaren (gesprekken / verhuizingen)"] == "1.200 / 50"
    keys = keys_table(params, "nl").set_index("Partner")
    assert keys.loc["Uwoon", "Uren per week"] == "36,5"
    assert keys.loc["deltaWonen", "Uren per week"] == "6"
