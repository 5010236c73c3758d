"""Reading the what-if editors and stating the effect: a refusal names the partner and what was
typed and keeps the earlier value; one sentence per partner whose share changed.

Hand-worked for 2026 with the default parameters: programme 170.545,86 a year (see
tests/ui/test_whatif_page.py), the municipalities' half 85.272,93; Ermelo 15,2 % → 16,5 % is
+1.108,55 (12.961,49 → 14.070,03)."""

from domain.parameters import default_parameters
from domain.whatif import Scenario, compare_scenario
from reporting.whatif import effect_sentences, read_group, read_value


def test_typed_keys_are_read_and_untouched_ones_stay_exact():
    kept = {"Elburg": 18.832391713747647, "Ermelo": 15.2}
    read = read_group({"Elburg": "18,83 %", "Ermelo": "16,5"}, kept, "key", "nl")
    assert read.values == {"Elburg": 18.832391713747647, "Ermelo": 16.5}  # shown text = kept value
    assert read.refusals == []


def test_refusals_name_the_partner_and_the_value_and_keep_the_old_one():
    read = read_group(
        {"Ermelo": "abc", "Harderwijk": "-3", "Putten": "101"},
        {"Ermelo": 15.2, "Harderwijk": 32.8, "Putten": 11.9},
        "key",
        "nl",
    )
    assert read.values == {"Ermelo": 15.2, "Harderwijk": 32.8, "Putten": 11.9}
    assert read.refusals == [
        "Ermelo: ‘abc’ is geen getal. Typ bijvoorbeeld 16,5 (met een komma). "
        "Er wordt nog gerekend met 15,20 %.",
        "Harderwijk: ‘-3’ kan niet, want een sleutel ligt tussen 0 % en 100 %. "
        "Er wordt nog gerekend met 32,80 %.",
        "Putten: ‘101’ kan niet, want een sleutel ligt tussen 0 % en 100 %. "
        "Er wordt nog gerekend met 11,90 %.",
    ]


def test_an_empty_number_of_homes_means_none_given():
    read = read_group({"Elburg": None, "Ermelo": "", "Putten": "1.250"}, {}, "homes", "nl", optional=True)
    assert read.values == {"Elburg": 0.0, "Ermelo": 0.0, "Putten": 1250.0}


def test_salary_refusal_in_english():
    value, refusal = read_value("lots", "salary", "Salary", 5039.275, "en")
    assert value == 5039.275
    assert (
        refusal
        == "Salary: ‘lots’ is not a number. Type for example 4,750.00. The calculation still uses €5,039.28."
    )


def test_one_sentence_per_changed_partner():
    keys = dict(default_parameters().municipal_keys) | {"Ermelo": 16.5, "Harderwijk": 31.5}
    comparison = compare_scenario(default_parameters(), Scenario("", {"municipal_keys": keys}), 2026)
    assert effect_sentences(comparison, "nl") == [
        "Ermelo betaalt € 1.109 meer per jaar (€ 14.070 in plaats van € 12.961)",
        "Harderwijk betaalt € 1.109 minder per jaar (€ 26.861 in plaats van € 27.970)",
    ]


def test_hours_change_every_share_and_the_programme():
    """Uwoon 36 → 40 h: programme × 75/71 = 180.154,08 (+9.608,22); Uwoon's 52 % of the corporate
    half goes from 44.341,92 to 46.840,06."""
    hours = dict(default_parameters().weekly_hours) | {"Uwoon": 40.0}
    comparison = compare_scenario(default_parameters(), Scenario("", {"weekly_hours": hours}), 2026)
    sentences = effect_sentences(comparison, "nl")
    assert len(sentences) == 11  # ten partners and the programme
    assert "Uwoon draagt € 2.498 meer per jaar (€ 46.840 in plaats van € 44.342)" in sentences
    assert (
        sentences[-1] == "De programmakosten stijgen met € 9.608 per jaar (€ 180.154 in plaats van € 170.546)"
    )


def test_no_change_no_sentence():
    comparison = compare_scenario(default_parameters(), Scenario("", {}), 2026)
    assert effect_sentences(comparison, "nl") == []
