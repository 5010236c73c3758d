"""The handouts' way in: the Voortgang and Uren models straight from the database, no Streamlit.
Expected numbers are the demo data's, worked out by hand in tests/ui/test_progress_page.py and
tests/ui/test_hours_page.py."""

from reporting import hours as rh
from reporting import progress as rp
from reporting.loading import hours_model_from, progress_model_from
from tests.conftest import TODAY


def test_progress_model_from_the_database(demo_engine):
    model = progress_model_from(demo_engine, rp.Selection(2025), TODAY)
    panel = rp.region_panel(model, "conversations", "nl")
    assert list(panel.frame["cumulative"]) == [71, 160, 242, 310]
    assert panel.summary.endswith("Niet meegeteld (geen rapportage): K4 (deltaWonen).")


def test_hours_model_from_the_database(demo_engine):
    model = hours_model_from(demo_engine, 2025, TODAY)
    table = rh.year_table(model, formatted=True, lang="nl").set_index("Corporatie")
    assert table.loc["deltaWonen", "Gerealiseerd (uur)"] == "223,4"
    assert table.loc["deltaWonen", "Ontbreekt"] == "❌ K4"
    assert table.loc["Regio", "Afgesproken (uur)"] == "3.614,0"
