"""Chart builders: inline data, encodings, titles, colour-blind-safe colours paired with words."""

import csv
import io

import pandas as pd

from reporting import charts, palette
from reporting.downloads import csv_bytes

STATUS_NAMES = {"green": "Op koers", "amber": "Let op", "red": "Achter", "unknown": "Nog geen gegevens"}


def _values(spec: dict) -> list[dict]:
    """The chart's inline data rows (never a URL)."""
    assert "url" not in spec.get("data", {})
    return spec["datasets"][spec["data"]["name"]]


def _layers(spec: dict) -> list[dict]:
    return spec["spec"]["layer"] if "spec" in spec else spec["layer"]


def _marks(spec: dict) -> list[str]:
    return [layer["mark"]["type"] for layer in _layers(spec)]


def _progress_frame():
    return pd.DataFrame(
        {
            "quarter_label": ["K1", "K2", "K3", "K4"],
            "cumulative": [70.0, float("nan"), 150.0, float("nan")],
            "target": [75.0, 150.0, 225.0, 300.0],
            "status_label": ["Let op", "Nog geen gegevens", "Op koers", "Nog geen gegevens"],
            "bar_label": ["70\nLet op", "ontbreekt", "150\nOp koers", "loopt nog"],
            "target_label": [None, None, None, "jaardoel 300"],
        }
    )


def test_progress_chart_spec():
    spec = charts.build_progress_chart(
        _progress_frame(),
        "Uitvoerige gesprekken: stand tegen het doel",
        "Opgeteld",
        STATUS_NAMES,
        subtitle="Staaf: opgeteld",
    ).to_dict()
    assert spec["title"]["text"] == "Uitvoerige gesprekken: stand tegen het doel"
    assert spec["title"]["subtitle"] == "Staaf: opgeteld"
    rows = _values(spec)
    assert [r["cumulative"] for r in rows] == [70.0, None, 150.0, None]  # missing stays empty, not 0
    assert rows[1]["bar_label"] == "ontbreekt"
    bars, *_ = _layers(spec)
    assert bars["mark"]["type"] == "bar"
    assert bars["encoding"]["y"]["field"] == "cumulative"
    assert bars["encoding"]["x"]["sort"] == ["K1", "K2", "K3", "K4"]
    assert {"filter": "isValid(datum.cumulative)"} in bars["transform"]
    colour = bars["encoding"]["color"]
    assert colour["field"] == "status_label"
    # only statuses that have a bar are in the legend, each with its Okabe-Ito colour
    assert colour["scale"]["domain"] == ["Op koers", "Let op"]
    assert colour["scale"]["range"] == [palette.STATUS_COLOURS["green"], palette.STATUS_COLOURS["amber"]]
    assert colour["legend"]["title"] == "Status"
    line = next(layer for layer in _layers(spec) if layer["mark"]["type"] == "line")
    assert line["encoding"]["y"]["field"] == "target" and line["mark"]["strokeDash"]
    texts = [layer for layer in _layers(spec) if layer["mark"]["type"] == "text"]
    assert {layer["encoding"]["text"]["field"] for layer in texts} == {"bar_label", "target_label"}
    assert all(layer["mark"]["fontSize"] >= palette.LABEL_SIZE for layer in texts)


def test_progress_chart_without_target_has_no_target_rows_drawn():
    frame = _progress_frame().assign(target=float("nan"), target_label=None)
    spec = charts.build_progress_chart(frame, "T", "Opgeteld", STATUS_NAMES).to_dict()
    assert all(r["target"] is None for r in _values(spec))
    line = next(layer for layer in _layers(spec) if layer["mark"]["type"] == "line")
    assert {"filter": "isValid(datum.target)"} in line["transform"]


def test_theme_is_large_dutch_and_inline():
    spec = charts.build_progress_chart(_progress_frame(), "T", "Opgeteld", STATUS_NAMES).to_dict()
    config = spec["config"]
    assert config["title"]["fontSize"] >= 20
    assert config["axis"]["labelFontSize"] >= 16 and config["legend"]["labelFontSize"] >= 16
    assert config["locale"]["number"]["decimal"] == ","
    assert config["locale"]["number"]["thousands"] == "."


def test_palette_is_okabe_ito():
    okabe_ito = set(palette.OKABE_ITO.values())
    assert set(palette.CATEGORICAL) <= okabe_ito
    assert {palette.STATUS_COLOURS[s] for s in ("green", "amber", "red")} <= okabe_ito
    assert len(set(palette.STATUS_COLOURS.values())) == 4


def test_split_chart_facets_groups_and_names_missing_quarters():
    frame = pd.DataFrame(
        {
            "group": ["deltaWonen"] * 2 + ["Uwoon"] * 2,
            "quarter_label": ["K1", "K2"] * 2,
            "cumulative": [7.0, float("nan"), 32.0, 79.0],
            "state": ["complete", "missing", "complete", "partial"],
            "state_label": ["Alle rapportages binnen", "ontbreekt", "Alle rapportages binnen", "Onvolledig"],
            "bar_label": ["7", "ontbreekt", "32", "79"],
        }
    )
    names = {"complete": "Alle rapportages binnen", "partial": "Onvolledig"}
    spec = charts.build_split_chart(
        frame, "Gesprekken per corporatie, opgeteld", "Opgeteld", names, ["deltaWonen", "Uwoon"], columns=2
    ).to_dict()
    assert spec["title"]["text"] == "Gesprekken per corporatie, opgeteld"
    assert spec["facet"]["field"] == "group" and spec["facet"]["sort"] == ["deltaWonen", "Uwoon"]
    assert spec["columns"] == 2
    assert _marks(spec) == ["bar", "text", "text"]
    bars, values, absent = _layers(spec)
    assert bars["encoding"]["color"]["scale"]["domain"] == ["Alle rapportages binnen", "Onvolledig"]
    assert bars["encoding"]["color"]["scale"]["range"] == [palette.PRIMARY, palette.SECONDARY]
    assert {"filter": "!isValid(datum.cumulative)"} in absent["transform"]
    assert absent["mark"]["angle"] == 270 and absent["encoding"]["y"]["datum"] == 0
    assert [r["bar_label"] for r in _values(spec) if r["cumulative"] is None] == ["ontbreekt"]


def test_multi_year_chart_has_pilot_colour_and_target_ticks():
    frame = pd.DataFrame(
        {
            "period_label": ["Pilot 2022–2023", "2024", "2026 t/m K3"],
            "kind": ["pilot", "year", "year_running"],
            "kind_label": ["Pilot (referentie)", "Jaar afgesloten", "Jaar loopt nog"],
            "value": [315.0, 297.0, 220.0],
            "target": [250.0, 200.0, 300.0],
            "bar_label": ["315", "297", "220"],
            "target_label": ["doel 250", "doel 200", "doel 300"],
        }
    )
    names = {"pilot": "Pilot (referentie)", "year": "Jaar afgesloten", "year_running": "Jaar loopt nog"}
    spec = charts.build_multi_year_chart(
        frame, "Gesprekken per jaar, met de pilot", "Gesprekken", names
    ).to_dict()
    assert [r["value"] for r in _values(spec)] == [315.0, 297.0, 220.0]
    bars = _layers(spec)[0]
    assert bars["encoding"]["x"]["sort"] == ["Pilot 2022–2023", "2024", "2026 t/m K3"]
    assert bars["encoding"]["color"]["scale"]["domain"] == list(names.values())
    assert bars["encoding"]["color"]["scale"]["range"][0] == palette.OKABE_ITO["reddish_purple"]
    tick = next(layer for layer in _layers(spec) if layer["mark"]["type"] == "tick")
    assert tick["encoding"]["y"]["field"] == "target"


def test_bar_list_chart_keeps_the_given_order():
    frame = pd.DataFrame(
        {
            "category": ["Huishoudens benaderd", "Uitvoerige gesprekken", "Verhuizingen"],
            "value": [657.0, 220.0, 40.0],
            "label": ["657", "220 · 33 % van vorige stap", "40 · 18 % van vorige stap"],
        }
    )
    spec = charts.build_bar_list_chart(frame, "Van contact tot verhuizing 2026", "Aantal").to_dict()
    bars, text = _layers(spec)
    assert bars["encoding"]["y"]["sort"] == list(frame["category"])
    assert bars["encoding"]["x"]["field"] == "value"
    assert text["encoding"]["text"]["field"] == "label"
    assert _values(spec)[1]["label"] == "220 · 33 % van vorige stap"


def _hours_quarter_frame():
    return pd.DataFrame(
        {
            "corporation": ["deltaWonen"] * 2 + ["Uwoon"] * 2,
            "quarter_label": ["K3", "K4"] * 2,
            "state": ["reported", "missing", "reported", "reported"],
            "state_label": ["Ingediend", "Ontbreekt (telt niet mee)", "Ingediend", "Ingediend"],
            "bar_value": [5.6, 6.0, 35.3, 33.0],  # a missing quarter's placeholder reaches the agreed level
            "agreed": [6.0, 6.0, 36.0, 36.0],
            "label": ["5,6 u/wk van 6,0 (94 %)", "ontbreekt", "35,3", "33,0"],
        }
    )


def test_hours_quarter_chart_rows_per_corporation_with_agreed_ticks():
    names = {"reported": "Ingediend", "missing": "Ontbreekt (telt niet mee)", "due": "Verwacht"}
    spec = charts.build_hours_quarter_chart(
        _hours_quarter_frame(), "Coachuren per kwartaal", "Uren per week", names, ["deltaWonen", "Uwoon"]
    ).to_dict()
    assert spec["facet"]["row"]["field"] == "corporation"
    assert spec["facet"]["row"]["sort"] == ["deltaWonen", "Uwoon"]
    assert spec["resolve"]["scale"]["x"] == "independent"
    bars, ticks, text = _layers(spec)
    colour = bars["encoding"]["color"]["scale"]
    assert colour["domain"] == ["Ingediend", "Ontbreekt (telt niet mee)"]
    assert colour["range"] == [palette.PRIMARY, palette.MISSING]
    assert ticks["mark"]["type"] == "tick" and ticks["encoding"]["x"]["field"] == "agreed"
    assert text["encoding"]["text"]["field"] == "label"
    missing = [r for r in _values(spec) if r["state"] == "missing"]
    assert missing[0]["label"] == "ontbreekt"
    shared = charts.build_hours_quarter_chart(
        _hours_quarter_frame(), "T", "%", names, ["deltaWonen", "Uwoon"], shared_scale=True
    ).to_dict()
    assert "resolve" not in shared


def test_hours_year_chart():
    frame = pd.DataFrame(
        {
            "corporation_label": ["deltaWonen (3 van 4 kw.)", "Uwoon"],
            "value": [5.7, 34.2],
            "agreed": [6.0, 36.0],
            "label": ["5,7 u/wk van 6,0 (95 %)", "34,2 u/wk van 36,0 (95 %)"],
        }
    )
    spec = charts.build_hours_year_chart(frame, "Coachuren 2025 tegen de afspraak", "Uren per week").to_dict()
    assert spec["title"]["text"] == "Coachuren 2025 tegen de afspraak"
    bars, ticks, text = _layers(spec)
    assert bars["encoding"]["y"]["sort"] == list(frame["corporation_label"])
    assert ticks["encoding"]["x"]["field"] == "agreed"
    assert [r["agreed"] for r in _values(spec)] == [6.0, 36.0]


def test_csv_is_excel_friendly_and_neutralises_formulas():
    frame = pd.DataFrame(
        {"Corporatie": ['=HYPERLINK("x")', "Uwoon"], "Uren": [223.4, float("nan")], "Kwartalen": [3.0, 4.0]}
    )
    rows = list(csv.reader(io.StringIO(csv_bytes(frame, "nl").decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Corporatie", "Uren", "Kwartalen"]
    assert rows[1] == ['\'=HYPERLINK("x")', "223,4", "3"]  # text, never a formula; whole numbers plain
    assert rows[2] == ["Uwoon", "", "4"]  # missing stays empty, never 0
    assert csv_bytes(frame, "nl").startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as UTF-8
    english = list(csv.reader(io.StringIO(csv_bytes(frame, "en").decode("utf-8-sig"))))
    assert english[1][1:] == ["223.4", "3"]


def test_progress_chart_under_a_filter_uses_a_plain_colour_with_its_own_word():
    names = {**STATUS_NAMES, "none": "Gerealiseerd (geen doel bij deze selectie)"}
    frame = _progress_frame().assign(
        target=float("nan"), target_label=None, status_label="Gerealiseerd (geen doel bij deze selectie)"
    )
    spec = charts.build_progress_chart(
        frame, "Verhuizingen: opgeteld per kwartaal", "Opgeteld", names
    ).to_dict()
    colour = _layers(spec)[0]["encoding"]["color"]["scale"]
    assert colour == {"domain": ["Gerealiseerd (geen doel bij deze selectie)"], "range": [palette.PRIMARY]}
    absent = [
        layer
        for layer in _layers(spec)
        if {"filter": "!isValid(datum.cumulative)"} in layer.get("transform", [])
    ]
    assert absent and absent[0]["encoding"]["text"]["field"] == "bar_label"
