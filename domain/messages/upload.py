"""Messages about uploaded files: refusals before reading, and problems found in a report."""

_SAVE_AS_XLSX_NL = "Open het in Excel, kies Opslaan als → 'Excel-werkmap (.xlsx)' en upload dat bestand."
_SAVE_AS_XLSX_EN = "Open it in Excel, choose Save as → 'Excel Workbook (.xlsx)' and upload that file."

MESSAGES = {
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
