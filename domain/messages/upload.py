"""Messages about uploaded files: refusals before reading, and problems found in a report.

Every problem the importer finds is a code here with its parameters (data_access/importer); the
sentence says what is wrong and what to do. Values a user typed are passed as text and shown as
typed; cells are named the way Excel names them ('F8').
"""

_SAVE_AS_XLSX_NL = "Open het in Excel, kies Opslaan als → 'Excel-werkmap (.xlsx)' en upload dat bestand."
_SAVE_AS_XLSX_EN = "Open it in Excel, choose Save as → 'Excel Workbook (.xlsx)' and upload that file."

_FILE = {
    "upload.file_empty": {
        "nl": "Het bestand is leeg (0 bytes). Controleer of u het juiste bestand kiest.",
        "en": "The file is empty (0 bytes). Check that you chose the right file.",
    },
    "upload.file_too_large": {
        "nl": "Het bestand is {megabytes:.1f} MB; de grens is {limit} MB. Een kwartaalrapportage is "
        "normaal veel kleiner: verwijder afbeeldingen of extra bladen.",
        "en": "The file is {megabytes:.1f} MB; the limit is {limit} MB. A quarterly report is "
        "normally much smaller: remove pictures or extra sheets.",
    },
    "upload.file_pdf": {
        "nl": "Dit is een PDF-bestand, geen Excel-werkmap. Upload de rapportage als .xlsx.",
        "en": "This is a PDF file, not an Excel workbook. Upload the report as .xlsx.",
    },
    "upload.file_encrypted": {
        "nl": "Het bestand is met een wachtwoord beveiligd en kan daardoor niet worden gelezen. "
        "Verwijder het wachtwoord (Excel: Bestand → Info → Werkmap beveiligen → Versleutelen "
        "met wachtwoord, veld leegmaken), sla op en upload opnieuw.",
        "en": "The file is protected with a password and so cannot be read. Remove the password "
        "(Excel: File → Info → Protect Workbook → Encrypt with Password, clear the field), save "
        "and upload again.",
    },
    "upload.file_xls": {
        "nl": "Dit is een ouder Excel-bestand (.xls, Excel 97-2003). " + _SAVE_AS_XLSX_NL,
        "en": "This is an older Excel file (.xls, Excel 97-2003). " + _SAVE_AS_XLSX_EN,
    },
    "upload.file_xml": {
        "nl": "Dit is een XML- of HTML-bestand, geen Excel-werkmap. " + _SAVE_AS_XLSX_NL,
        "en": "This is an XML or HTML file, not an Excel workbook. " + _SAVE_AS_XLSX_EN,
    },
    "upload.file_text": {
        "nl": "Dit is een tekstbestand (bijvoorbeeld CSV), geen Excel-werkmap. Gebruik het sjabloon "
        "van de Doorstroommonitor en sla het op als 'Excel-werkmap (.xlsx)'.",
        "en": "This is a text file (for example CSV), not an Excel workbook. Use the "
        "Doorstroommonitor's template and save it as 'Excel Workbook (.xlsx)'.",
    },
    "upload.file_not_xlsx": {
        "nl": "Dit bestand is geen Excel-werkmap (.xlsx). " + _SAVE_AS_XLSX_NL,
        "en": "This file is not an Excel workbook (.xlsx). " + _SAVE_AS_XLSX_EN,
    },
    "upload.file_unpacked_too_large": {
        "nl": "Het bestand is uitgepakt groter dan 100 MB en wordt daarom niet gelezen. Een "
        "kwartaalrapportage is veel kleiner: gebruik het sjabloon en verwijder extra bladen of "
        "afbeeldingen.",
        "en": "Unpacked, the file is larger than 100 MB, so it is not read. A quarterly report is "
        "much smaller: use the template and remove extra sheets or pictures.",
    },
    "upload.file_zip_encrypted": {
        "nl": "Het bestand is met een wachtwoord beveiligd; verwijder het wachtwoord, sla op en "
        "upload opnieuw.",
        "en": "The file is protected with a password; remove the password, save and upload again.",
    },
    "upload.file_ods": {
        "nl": "Dit is een OpenDocument-rekenblad (.ods), geen Excel-werkmap. "
        "Kies in LibreOffice of Excel 'Opslaan als' → 'Excel-werkmap (.xlsx)'.",
        "en": "This is an OpenDocument spreadsheet (.ods), not an Excel workbook. "
        "In LibreOffice or Excel choose 'Save as' → 'Excel Workbook (.xlsx)'.",
    },
    "upload.file_zip": {
        "nl": "Dit bestand is een zip-archief, geen Excel-werkmap (.xlsx). " + _SAVE_AS_XLSX_NL,
        "en": "This file is a zip archive, not an Excel workbook (.xlsx). " + _SAVE_AS_XLSX_EN,
    },
    "upload.file_xlsm": {
        "nl": "Dit is een werkmap met macro's (.xlsm); die nemen we niet aan. " + _SAVE_AS_XLSX_NL,
        "en": "This is a workbook with macros (.xlsm); those are not accepted. " + _SAVE_AS_XLSX_EN,
    },
    "upload.file_word": {
        "nl": "Dit bestand is een Word-document, geen Excel-werkmap (.xlsx). " + _SAVE_AS_XLSX_NL,
        "en": "This file is a Word document, not an Excel workbook (.xlsx). " + _SAVE_AS_XLSX_EN,
    },
    "upload.file_powerpoint": {
        "nl": "Dit bestand is een PowerPoint-bestand, geen Excel-werkmap (.xlsx). " + _SAVE_AS_XLSX_NL,
        "en": "This file is a PowerPoint file, not an Excel workbook (.xlsx). " + _SAVE_AS_XLSX_EN,
    },
    "upload.file_unsafe_xml": {
        "nl": "Het bestand bevat onveilige XML-onderdelen en wordt niet gelezen. "
        "Sla het opnieuw op in Excel als 'Excel-werkmap (.xlsx)'.",
        "en": "The file contains unsafe XML parts and is not read. "
        "Save it again in Excel as 'Excel Workbook (.xlsx)'.",
    },
    "upload.file_corrupt": {
        "nl": "Het bestand is beschadigd of onvolledig en kan niet worden geopend. Open het in Excel, "
        "sla het opnieuw op als 'Excel-werkmap (.xlsx)' en upload het nog eens.",
        "en": "The file is damaged or incomplete and cannot be opened. Open it in Excel, save it "
        "again as 'Excel Workbook (.xlsx)' and upload it once more.",
    },
    "upload.file_unreadable": {
        "nl": "Het bestand is beschadigd of geen geldige Excel-werkmap en kan niet worden gelezen. "
        "Open het in Excel, sla het opnieuw op als 'Excel-werkmap (.xlsx)' en upload het nog eens.",
        "en": "The file is damaged or not a valid Excel workbook and cannot be read. Open it in "
        "Excel, save it again as 'Excel Workbook (.xlsx)' and upload it once more.",
    },
}

_RESAVE_NL = (
    "Open het bestand in Excel of LibreOffice, laat het herberekenen (Excel: F9; LibreOffice: "
    "Ctrl+Shift+F9), sla het op als 'Excel-werkmap (.xlsx)' en upload het opnieuw — of typ de "
    "getallen zelf in."
)
_RESAVE_EN = (
    "Open the file in Excel or LibreOffice, let it recalculate (Excel: F9; LibreOffice: "
    "Ctrl+Shift+F9), save it as 'Excel Workbook (.xlsx)' and upload it again — or type the numbers "
    "in yourself."
)
_ACTIVE_NL = (
    "Zulke formules nemen we niet aan: ze kunnen bij het openen iets buiten het bestand doen. "
    "Vervang de formule door haar uitkomst (kopiëren, dan Plakken speciaal → Waarden), sla op en "
    "upload opnieuw."
)
_ACTIVE_EN = (
    "Such formulas are not accepted: they can do something outside the file when it is opened. "
    "Replace the formula by its result (copy, then Paste special → Values), save and upload again."
)

# Reading the file safely (data_access/importer/safety.py, sheetscan.py, sandbox.py).
_SAFETY = {
    "upload.file_unsafe_read": {
        "nl": "Het bestand kon niet veilig worden gelezen: het vroeg meer geheugen of tijd dan een "
        "kwartaalrapportage ooit nodig heeft. Controleer of er niets ver buiten de tabellen staat "
        "(ook geen opmaak of verdwaalde cel), of gebruik het sjabloon, en upload het opnieuw.",
        "en": "The file could not be read safely: it asked for more memory or time than a quarterly "
        "report ever needs. Check that nothing lies far outside the tables (no formatting or stray "
        "cell either), or use the template, and upload it again.",
    },
    "upload.sheet_too_large": {
        "nl": "Het blad '{sheet}' beslaat {area} ({rows:n} rijen × {columns:n} kolommen); een "
        "rapportage past ruim binnen {max_rows:n} rijen en {max_columns:n} kolommen. Daarom is het "
        "bestand niet gelezen. Verwijder wat ver buiten de tabel staat (ook een verdwaalde cel of "
        "opmaak) of het hele blad, sla op en upload opnieuw.",
        "en": "The sheet '{sheet}' spans {area} ({rows:n} rows × {columns:n} columns); a report fits "
        "well within {max_rows:n} rows and {max_columns:n} columns. So the file was not read. Delete "
        "what lies far outside the table (a stray cell or formatting too) or the whole sheet, save "
        "and upload again.",
    },
    "upload.sheet_unreadable": {
        "nl": "Het blad '{sheet}' kan niet worden gelezen: het bestand is beschadigd. Open het in "
        "Excel, sla het opnieuw op als 'Excel-werkmap (.xlsx)' en upload het nog eens.",
        "en": "The sheet '{sheet}' cannot be read: the file is damaged. Open it in Excel, save it "
        "again as 'Excel Workbook (.xlsx)' and upload it once more.",
    },
    "upload.formula_active": {
        "nl": "Cel {cell} bevat een formule met {reason}. " + _ACTIVE_NL,
        "en": "Cell {cell} contains a formula with {reason}. " + _ACTIVE_EN,
    },
    "upload.formula_active_block": {
        "nl": "De cellen {first} tot en met {last} ({n} cellen) bevatten een formule met {reason}. "
        + _ACTIVE_NL,
        "en": "Cells {first} to {last} ({n} cells) contain a formula with {reason}. " + _ACTIVE_EN,
    },
    "upload.name_active": {
        "nl": "De naam '{name}' (Formules → Namen beheren) bevat {reason}. Zulke namen nemen we niet "
        "aan: ze kunnen bij het openen iets buiten het bestand doen. Verwijder de naam, sla op en "
        "upload opnieuw.",
        "en": "The name '{name}' (Formulas → Name Manager) contains {reason}. Such names are not "
        "accepted: they can do something outside the file when it is opened. Delete the name, save "
        "and upload again.",
    },
    "upload.formula_reason.dde": {
        "nl": "een DDE-koppeling, die een ander programma kan starten",
        "en": "a DDE link, which can start another program",
    },
    "upload.formula_reason.external": {
        "nl": "een verwijzing naar een ander bestand",
        "en": "a reference to another file",
    },
    "upload.formula_reason.function": {
        "nl": "de functie {name}, die iets buiten het bestand kan openen of ophalen",
        "en": "the function {name}, which can open or fetch something outside the file",
    },
}

# Cells whose value is unknown: formulas without a saved result, error values.
_CELLS = {
    "upload.formula_no_result": {
        "nl": "Cel {cell} bevat een formule waarvan de uitkomst niet in het bestand is opgeslagen, "
        "dus de waarde is onbekend. " + _RESAVE_NL,
        "en": "Cell {cell} contains a formula whose result was not saved in the file, so its value "
        "is unknown. " + _RESAVE_EN,
    },
    "upload.formula_no_result_block": {
        "nl": "De cellen {first} tot en met {last} ({n} cellen) bevatten formules waarvan de uitkomst "
        "niet in het bestand is opgeslagen, dus de waarden zijn onbekend. " + _RESAVE_NL,
        "en": "Cells {first} to {last} ({n} cells) contain formulas whose results were not saved in "
        "the file, so their values are unknown. " + _RESAVE_EN,
    },
    "upload.cell_error": {
        "nl": "Cel {cell} bevat de foutwaarde {error} in plaats van een waarde. Herstel de formule "
        "(bijvoorbeeld een deling door een lege cel of 0) of typ de waarde zelf in, sla op en upload "
        "opnieuw.",
        "en": "Cell {cell} holds the error value {error} instead of a value. Fix the formula (for "
        "example a division by an empty cell or 0) or type the value in yourself, save and upload "
        "again.",
    },
    "upload.cell_error_block": {
        "nl": "De cellen {first} tot en met {last} ({n} cellen) bevatten de foutwaarde {error} in "
        "plaats van een waarde. Herstel de formules (bijvoorbeeld een deling door een lege cel of 0) "
        "of typ de waarden zelf in, sla op en upload opnieuw.",
        "en": "Cells {first} to {last} ({n} cells) hold the error value {error} instead of a value. "
        "Fix the formulas (for example a division by an empty cell or 0) or type the values in "
        "yourself, save and upload again.",
    },
    "upload.excel_error.other": {"nl": "{text}", "en": "{text}"},
}

# Error values as Dutch Excel shows them; the file always stores the English code.
EXCEL_ERRORS = {
    "#DIV/0!": ("DIV0", "#DEEL/0!"),
    "#N/A": ("NA", "#N/B"),
    "#NAME?": ("NAME", "#NAAM?"),
    "#NULL!": ("NULL", "#LEEG!"),
    "#NUM!": ("NUM", "#GETAL!"),
    "#REF!": ("REF", "#VERW!"),
    "#VALUE!": ("VALUE", "#WAARDE!"),
    "#SPILL!": ("SPILL", "#OVERLOOP!"),
}
_EXCEL_ERRORS = {
    f"upload.excel_error.{key}": {"nl": f"{dutch} ({code})", "en": f"{code} ({dutch} in Dutch Excel)"}
    for code, (key, dutch) in EXCEL_ERRORS.items()
}

# The sheets and tables of the report.
_LAYOUT = {
    "upload.sheet_missing": {
        "nl": "Het blad '{sheet}' ontbreekt. Gebruik het sjabloon van de Doorstroommonitor "
        "(pagina Uploaden), dat dit blad al bevat.",
        "en": "The sheet '{sheet}' is missing. Use the Doorstroommonitor's template (Upload page), "
        "which already has this sheet.",
    },
    "upload.table_not_found": {
        "nl": "Geen tabel gevonden op blad '{sheet}': er is geen kopregel met de kolommen "
        "{columns:list}. Gebruik de kopjes van het sjabloon.",
        "en": "No table found on sheet '{sheet}': there is no header row with the columns "
        "{columns:list}. Use the template's headers.",
    },
    "upload.column_missing": {
        "nl": "De verplichte kolom '{header}' ontbreekt in de kopregel. Voeg hem toe met dit kopje "
        "(of een van de bekende andere namen).",
        "en": "The required column '{header}' is missing from the header row. Add it with this "
        "header (or one of the known other names).",
    },
    "upload.column_twice": {
        "nl": "De kolom '{header}' staat er twee keer in; laat er één staan.",
        "en": "The column '{header}' appears twice; keep one of them.",
    },
    "upload.column_extra": {
        "nl": "Kolom {letter} ('{header}') hoort niet bij de rapportage en is niet ingelezen.",
        "en": "Column {letter} ('{header}') is not part of the report and was not read.",
    },
    "upload.personal_data": {
        "nl": "De kolom '{header}' lijkt persoonsgegevens te bevatten. De rapportage mag geen "
        "persoonsgegevens bevatten (AVG), daarom is het hele bestand geweigerd en niet opgeslagen. "
        "Verwijder deze kolom en upload het bestand opnieuw.",
        "en": "The column '{header}' looks like personal data. The report may not contain personal "
        "data (GDPR), so the whole file was refused and not stored. Delete this column and upload "
        "the file again.",
    },
    "upload.sheet_extra": {
        "nl": "Het blad '{sheet}' hoort niet bij de rapportage en is niet ingelezen.",
        "en": "The sheet '{sheet}' is not part of the report and was not read.",
    },
}

# The block of labels above the table: corporation, year, quarter.
_LABELS = {
    "upload.corporation_missing": {
        "nl": "Boven de tabel ontbreekt het veld 'Corporatie'. Zet in een cel 'Corporatie' en in de "
        "cel rechts ervan de naam van uw corporatie: {names:list}.",
        "en": "The field 'Corporatie' is missing above the table. Put 'Corporatie' in a cell and the "
        "name of your corporation in the cell to its right: {names:list}.",
    },
    "upload.corporation_unknown": {
        "nl": "Onbekende of lege waarde bij 'Corporatie'. Vul de naam van uw corporatie in, een van: "
        "{names:list}.",
        "en": "Unknown or empty value at 'Corporatie'. Fill in the name of your corporation, one of: "
        "{names:list}.",
    },
    "upload.corporation_suggest": {
        "nl": "Onbekende corporatie; bedoelde u {suggestion}? Vul de naam van uw corporatie in, een "
        "van: {names:list}.",
        "en": "Unknown corporation; did you mean {suggestion}? Fill in the name of your corporation, "
        "one of: {names:list}.",
    },
    "upload.year_invalid": {
        "nl": "Het jaar ontbreekt of is geen jaartal; vul bijvoorbeeld 2025 in.",
        "en": "The year is missing or not a year; fill in, for example, 2025.",
    },
    "upload.year_no_label": {
        "nl": "Het jaar ontbreekt. Zet boven de tabel een cel 'Jaar' met het jaartal ernaast, "
        "bijvoorbeeld 2025.",
        "en": "The year is missing. Put a cell 'Jaar' above the table with the year next to it, for "
        "example 2025.",
    },
    "upload.quarter_invalid": {
        "nl": "Het kwartaal ontbreekt of is onleesbaar; vul 1, 2, 3 of 4 in (ook 'K3', 'Q3' of "
        "'jul-sep' mag).",
        "en": "The quarter is missing or unreadable; fill in 1, 2, 3 or 4 ('K3', 'Q3' or 'jul-sep' "
        "work too).",
    },
    "upload.quarter_no_label": {
        "nl": "Het kwartaal ontbreekt. Zet boven de tabel een cel 'Kwartaal' met het kwartaal "
        "ernaast, bijvoorbeeld 3.",
        "en": "The quarter is missing. Put a cell 'Kwartaal' above the table with the quarter next "
        "to it, for example 3.",
    },
    "upload.quarter_year_mismatch": {
        "nl": "Het kwartaal noemt {quarter_year}, maar bij 'Jaar' staat {year}. Maak ze gelijk.",
        "en": "The quarter names {quarter_year}, but 'Jaar' says {year}. Make them the same.",
    },
    "upload.quarter_not_started": {
        "nl": "Kwartaal {quarter} is nog niet begonnen; u kunt alleen afgelopen kwartalen en het "
        "lopende kwartaal rapporteren. Controleer het jaar en het kwartaal.",
        "en": "Quarter {quarter} has not started yet; you can only report past quarters and the "
        "current one. Check the year and the quarter.",
    },
    "upload.quarter_outside_agreement": {
        "nl": "Kwartaal {quarter} valt buiten de looptijd van de overeenkomst ({start} tot en met "
        "{end}). Controleer het jaar en het kwartaal.",
        "en": "Quarter {quarter} lies outside the term of the agreement ({start} to {end}). Check the "
        "year and the quarter.",
    },
    "upload.quarter_not_ended": {
        "nl": "Kwartaal {quarter} is nog niet afgelopen (het loopt tot en met {last_day}). U kunt nu "
        "rapporteren, maar upload na afloop de volledige cijfers; die vervangen dan deze versie.",
        "en": "Quarter {quarter} has not ended yet (it runs to {last_day}). You can report now, but "
        "upload the complete figures afterwards; they then replace this version.",
    },
}

# Values in the tables.
_TABLES = {
    "upload.row_no_figures": {
        "nl": "Deze regel heeft geen cijfers en is overgeslagen.",
        "en": "This row has no figures and was skipped.",
    },
    "upload.table_empty": {
        "nl": "De tabel is leeg: vul per gemeente waar uw corporatie actief was één regel in.",
        "en": "The table is empty: fill in one row per municipality where your corporation was active.",
    },
    "upload.value_required": {
        "nl": "'{header}' is verplicht: vul een waarde in (0 als er niets was).",
        "en": "'{header}' is required: fill in a value (0 if there was nothing).",
    },
    "upload.hours_missing": {
        "nl": "Vul de gewerkte uren van deze maand in (0 als er niet is gewerkt).",
        "en": "Fill in the hours worked this month (0 if no work was done).",
    },
    "upload.month_missing": {
        "nl": "De uren van {month} ontbreken: vul voor elke maand van het kwartaal een regel met de "
        "gewerkte uren in.",
        "en": "The hours of {month} are missing: fill in one row with the hours worked for each "
        "month of the quarter.",
    },
    "upload.month_over_max": {
        "nl": "Samen {hours} uur in {month}: meer dan {max:n} uur in één maand kan niet kloppen.",
        "en": "Together {hours} hours in {month}: more than {max:n} hours in one month cannot be right.",
    },
    "upload.move_count_mismatch": {
        "nl": "{place}: het aantal verhuizingen op het blad '{moves_sheet}' is {listed:n}, maar in "
        "de tabel op '{report_sheet}' {reported:n}. Controleer of beide kloppen.",
        "en": "{place}: the number of moves on the sheet '{moves_sheet}' is {listed:n}, but in the "
        "table on '{report_sheet}' {reported:n}. Check that both are right.",
    },
    "upload.not_a_number": {
        "nl": "'{header}' moet een getal zijn, bijvoorbeeld 12; tekst kan niet worden opgeteld.",
        "en": "'{header}' must be a number, for example 12; text cannot be added up.",
    },
    "upload.not_hours": {
        "nl": "'{header}' moet een aantal uren zijn, bijvoorbeeld 86,5 of 86:30.",
        "en": "'{header}' must be a number of hours, for example 86.5 or 86:30.",
    },
    "upload.not_a_date": {
        "nl": "Vul een datum in, bijvoorbeeld 15-08-2025.",
        "en": "Fill in a date, for example 15-08-2025.",
    },
    "upload.not_a_month": {
        "nl": "Vul een maand in: de naam (juli), het nummer (7) of een datum in die maand.",
        "en": "Fill in a month: its name (juli or July), its number (7) or a date in that month.",
    },
    "upload.not_yes_no": {
        "nl": "Vul bij '{header}' ja of nee in.",
        "en": "Fill in ja (yes) or nee (no) at '{header}'.",
    },
    "upload.place_unknown": {
        "nl": "Onbekende gemeente of kern. Kies een van: {places:list}; of een kern: {villages:list}.",
        "en": "Unknown municipality or village. Choose one of: {places:list}; or a village: {villages:list}.",
    },
    "upload.place_suggest": {
        "nl": "Onbekende gemeente of kern; bedoelde u {suggestion}? Kies een van: {places:list}; of "
        "een kern: {villages:list}.",
        "en": "Unknown municipality or village; did you mean {suggestion}? Choose one of: "
        "{places:list}; or a village: {villages:list}.",
    },
    "upload.choice_unknown": {
        "nl": "Onbekende waarde. Kies een van: {choices:list}.",
        "en": "Unknown value. Choose one of: {choices:list}.",
    },
    "upload.choice_suggest": {
        "nl": "Onbekende waarde; bedoelde u {suggestion}? Kies een van: {choices:list}.",
        "en": "Unknown value; did you mean {suggestion}? Choose one of: {choices:list}.",
    },
}

# The report's rules (data_access/importer/schemas.py).
_RULES = {
    "upload.rule.whole": {
        "nl": "'{header}' is een aantal: vul een geheel getal in, zonder decimalen.",
        "en": "'{header}' is a count: fill in a whole number, without decimals.",
    },
    "upload.rule.not_negative": {
        "nl": "'{header}' kan niet negatief zijn: vul 0 of meer in.",
        "en": "'{header}' cannot be negative: fill in 0 or more.",
    },
    "upload.rule.hours_at_most": {
        "nl": "Meer dan {max:n} uur in één maand kan niet kloppen: vul de gewerkte uren van de "
        "verhuiscoach in deze maand in.",
        "en": "More than {max:n} hours in one month cannot be right: fill in the hours the coach "
        "worked this month.",
    },
    "upload.rule.at_most": {
        "nl": "'{header}' is te groot: vul hoogstens {max:n} in.",
        "en": "'{header}' is too large: fill in at most {max:n}.",
    },
    "upload.rule.month_outside_quarter": {
        "nl": "Deze maand hoort niet bij kwartaal {quarter} ({first} tot en met {last}). Vul alleen "
        "de maanden van dit kwartaal in, of controleer het kwartaal bovenaan 'Rapportage'.",
        "en": "This month is not part of quarter {quarter} ({first} to {last}). Fill in only the "
        "months of this quarter, or check the quarter at the top of 'Rapportage'.",
    },
    "upload.rule.move_outside_quarter": {
        "nl": "De verhuisdatum valt niet in kwartaal {quarter}: vul een datum van {first} tot en met "
        "{last} in.",
        "en": "The moving date is not in quarter {quarter}: fill in a date from {first} to {last}.",
    },
    "upload.rule.move_after_today": {
        "nl": "Deze datum ligt na vandaag ({today}): rapporteer alleen verhuizingen die al hebben "
        "plaatsgevonden.",
        "en": "This date is after today ({today}): report only moves that have already taken place.",
    },
    "upload.rule.of_which": {
        "nl": "'{header}' ({value}) is groter dan '{total}' ({total_value}), terwijl het daar een deel "
        "van is. Controleer beide getallen.",
        "en": "'{header}' ({value}) is larger than '{total}' ({total_value}), although it is part of "
        "it. Check both numbers.",
    },
    "upload.rule.other": {
        "nl": "'{header}' voldoet niet aan de regels van de rapportage ({rule}).",
        "en": "'{header}' does not meet the report's rules ({rule}).",
    },
}

# Month names for messages.
_MONTHS = {
    f"upload.month.{number}": {"nl": dutch, "en": english}
    for number, (dutch, english) in enumerate(
        zip(
            (
                "januari",
                "februari",
                "maart",
                "april",
                "mei",
                "juni",
                "juli",
                "augustus",
                "september",
                "oktober",
                "november",
                "december",
            ),
            (
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ),
            strict=True,
        ),
        start=1,
    )
}

# The command line's own refusals.
_COMMAND_LINE = {
    "upload.file_missing": {
        "nl": "Het bestand bestaat niet of kan niet worden gelezen.",
        "en": "The file does not exist or cannot be read.",
    },
    "upload.database_failed": {
        "nl": "De database is niet bereikbaar of gaf een fout; er is niets opgeslagen. Controleer "
        "--db of DATABASE_URL.",
        "en": "The database cannot be reached or gave an error; nothing was stored. Check --db or "
        "DATABASE_URL.",
    },
}

MESSAGES = {
    **_FILE,
    **_SAFETY,
    **_CELLS,
    **_EXCEL_ERRORS,
    **_LAYOUT,
    **_LABELS,
    **_TABLES,
    **_RULES,
    **_MONTHS,
    **_COMMAND_LINE,
}
