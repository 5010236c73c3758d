from datetime import date

import pandas as pd

from reporting import formatting as fmt


def test_dutch_formats():
    assert fmt.money(12345.4) == "€ 12.345"
    assert fmt.money(-500) == "€ -500"
    assert fmt.money(4750, cents=True) == "€ 4.750,00"
    assert fmt.percent(13.8) == "13,8 %"
    assert fmt.number(1234567) == "1.234.567"
    assert fmt.number(1.972, 3) == "1,972"
    assert fmt.day(date(2025, 3, 31)) == "31-03-2025"


def test_missing_values_show_a_dash_not_zero():
    assert fmt.money(None) == "–"
    assert fmt.percent(float("nan")) == "–"


def test_english_formats():
    assert fmt.money(12345.4, "en") == "€ 12,345"
    assert fmt.percent(13.8, 1, "en") == "13.8 %"


def test_missing_includes_pandas_na():
    import pandas as pd

    assert fmt.number(pd.NA) == "–"
    assert fmt.hours(None) == "–"


def test_hours_are_whole_when_whole():
    assert fmt.hours(36.0) == "36"
    assert fmt.hours(70.5) == "70,5"
    assert fmt.hours(1234.0, "en") == "1,234"


def test_month_names_follow_the_language():
    assert fmt.month_name(3) == "maart"
    assert fmt.month_name(12, "en") == "December"


def test_a_typed_number_is_shown_back_as_typed():
    assert fmt.typed_number(2.5) == "2,5"
    assert fmt.typed_number(2.5, "en") == "2.5"
    assert fmt.typed_number(2031.0) == "2031"  # a year is never grouped
    assert fmt.typed_number(-3.0) == "-3"
    assert fmt.typed_number(300.125) == "300,125"


def test_signed_money_puts_the_sign_in_front_with_a_real_minus():
    # Ermelo's key 15,2 % → 16,5 % of a € 170.546 / 2 municipal half: + 1,3 % × 85.273 = 1.108,549
    assert fmt.signed_money(85_273 * 0.013) == "+ € 1.109"
    assert fmt.signed_money(7590) == "+ € 7.590"
    assert fmt.signed_money(-682) == "\u2212 € 682"
    assert fmt.signed_money(-682) == "− € 682"
    assert fmt.signed_money(-1_234_567.5, cents=True) == "− € 1.234.567,50"
    assert fmt.signed_money(7590, "en") == "+ € 7,590"
    assert fmt.signed_money(-682.4, "en") == "− € 682"


def test_signed_money_has_no_sign_when_it_shows_as_zero():
    assert fmt.signed_money(0) == "€ 0"
    assert fmt.signed_money(0.4) == "€ 0"
    assert fmt.signed_money(-0.4) == "€ 0"  # never "− € 0" nor "€ -0"
    assert fmt.signed_money(0.6) == "+ € 1"
    assert fmt.signed_money(-0.004, cents=True) == "€ 0,00"
    assert fmt.signed_money(None) == "–"


def test_signed_percent_follows_the_same_rule():
    assert fmt.signed_percent(-2 / 32.8 * 100) == "− 6,1 %"  # 2 points of 32,8 %
    assert fmt.signed_percent(2 / 15.2 * 100) == "+ 13,2 %"
    assert fmt.signed_percent(0.04) == "0,0 %"
    assert fmt.signed_percent(12.25, 1, "en") == "+ 12.2 %"  # half to even, as Babel rounds


def test_the_cost_tables_signed_money_is_the_same_text():
    from reporting import costs as rc

    assert rc.signed_money(7590.2, "nl") == "+ € 7.590"
    assert rc.signed_money(-682.0, "nl") == "− € 682"
    assert rc.signed_money(-0.3, "nl") == "€ 0"
    assert fmt.signed_percent(-6.0976, 1, "nl") == "− 6,1 %"  # the what-if change column


def test_columns_of_figures_are_found_for_right_alignment():
    import pandas as pd

    frame = pd.DataFrame(
        {
            "Partner": ["Ermelo", "Uwoon"],
            "Bedrag": ["€ 4.750,00", "€ 12.961"],
            "Verschil": ["+ € 7.590", "− € 682"],
            "Sleutel": ["15,2 %", "–"],
            "Omvang": ["1,972 fte", "0,5 fte"],
            "Uren": ["5,6 u/wk", "71"],
            "Jaar": ["2026-K3", "2026-K4"],
            "Leeg": ["–", "–"],
        }
    )
    assert fmt.figure_columns(frame) == ["Bedrag", "Verschil", "Sleutel", "Omvang", "Uren"]


def test_markdown_literal_keeps_table_cells_as_written():
    assert fmt.markdown_literal("+ € 7.590") == "\\+ € 7.590"  # not a bullet
    assert fmt.markdown_literal("− € 682") == "− € 682"  # the real minus is no Markdown
    assert fmt.markdown_literal("- 3") == "\\- 3"
    assert fmt.markdown_literal("1. Salarisbasis") == "1\\. Salarisbasis"  # not a numbered list
    assert fmt.markdown_literal("kosten $5 en $6") == "kosten \\$5 en \\$6"  # not a formula
    assert fmt.markdown_literal("12) twaalf") == "12\\) twaalf"
    assert fmt.markdown_literal("a*b_c") == "a\\*b\\_c"
    assert fmt.markdown_literal("2026-K3") == "2026-K3"
    assert fmt.markdown_literal(1.5) == "1.5"


def test_markdown_table_is_one_table_with_cells_as_written_and_figures_right_aligned():
    frame = pd.DataFrame(
        {"2025-K1": ["30-04-2025", "✅ Ingediend"], "Verschil": ["+ € 7.590", None]},
        index=pd.Index(["Uiterste datum", "a|b *c*\nd"], name="Corporatie"),
    )
    assert fmt.markdown_table(frame, hide_index=False).splitlines() == [
        "| Corporatie | 2025-K1 | Verschil |",
        "| --- | --- | --: |",  # every filled cell of "Verschil" is an amount
        "| Uiterste datum | 30-04-2025 | \\+ € 7.590 |",
        "| a\\|b \\*c\\* d | ✅ Ingediend |  |",  # a pipe stays in its cell, no italics, one line
    ]
    assert fmt.markdown_table(frame).splitlines()[:2] == ["| 2025-K1 | Verschil |", "| --- | --: |"]


def test_signed_number_states_an_hours_difference():
    assert fmt.signed_number(-3.4, 1) == "− 3,4"
    assert fmt.signed_number(0.1, 1) == "+ 0,1"
    assert fmt.signed_number(-0.04, 1) == "0,0"  # shows as zero: no sign
    assert fmt.signed_number(-132.2, 0) == "− 132"
    assert fmt.signed_number(1234.5, 1, "en") == "+ 1,234.5"
    assert fmt.signed_number(float("nan"), 1) == fmt.MISSING


def test_plain_markdown_shows_a_users_text_as_typed():
    assert fmt.plain_markdown("# Kop") == "\\# Kop"
    assert fmt.plain_markdown("1. eerst\n2. dan") == "1\\. eerst  \n2\\. dan"  # lines stay lines
    assert fmt.plain_markdown("kosten $5 en *echt* [link](x)") == (
        "kosten \\$5 en \\*echt\\* \\[link\\]\\(x\\)"
    )
    assert fmt.plain_markdown("Goede samenwerking") == "Goede samenwerking"
    assert fmt.plain_markdown("") == ""
