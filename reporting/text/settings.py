TEXTS = {
    "settings.title": {"nl": "Instellingen", "en": "Settings"},
    "settings.intro": {
        "nl": "De afspraken uit de samenwerkingsovereenkomst zoals de monitor ze gebruikt voor {year}.",
        "en": "The agreement's terms as the monitor uses them for {year}.",
    },
    "settings.keys": {"nl": "Verdeelsleutels en uren per week", "en": "Cost keys and weekly hours"},
    "settings.salary": {
        "nl": "Salarisbasis: eindniveau schaal H (bruto per maand)",
        "en": "Salary basis: end level of scale H (gross per month)",
    },
    "settings.salary.caption": {
        "nl": "Een jaar zonder eigen bedrag = bedrag van het vorige jaar × (1 + indexatie).",
        "en": "A year without its own amount = previous year's amount × (1 + indexation).",
    },
    "settings.other": {"nl": "Overige afspraken en aannames", "en": "Other terms and assumptions"},
    "settings.assumption": {"nl": "aanname", "en": "assumption"},
    "settings.col.partner": {"nl": "Partner", "en": "Partner"},
    "settings.col.group": {"nl": "Groep", "en": "Group"},
    "settings.col.key": {"nl": "Verdeelsleutel", "en": "Cost key"},
    "settings.col.hours": {"nl": "Uren per week", "en": "Hours per week"},
    "settings.col.year": {"nl": "Jaar", "en": "Year"},
    "settings.col.monthly": {"nl": "Bedrag per maand", "en": "Amount per month"},
    "settings.col.source": {"nl": "Bron", "en": "Source"},
    "settings.col.indicative": {"nl": "Status", "en": "Status"},
    "settings.col.parameter": {"nl": "Afspraak", "en": "Term"},
    "settings.col.value": {"nl": "Waarde", "en": "Value"},
    "settings.group.municipality": {"nl": "Gemeente", "en": "Municipality"},
    "settings.group.corporation": {"nl": "Corporatie", "en": "Corporation"},
    "settings.p.period": {"nl": "Looptijd", "en": "Term"},
    "settings.p.split": {
        "nl": "Verdeling gemeenten / corporaties",
        "en": "Split municipalities / corporations",
    },
    "settings.p.fulltime": {
        "nl": "Voltijdsweek (cao Woondiensten)",
        "en": "Full-time week (cao Woondiensten)",
    },
    "settings.p.fulltime_value": {"nl": "{hours} uur", "en": "{hours} hours"},
    "settings.p.holiday": {"nl": "Vakantietoeslag", "en": "Holiday allowance"},
    "settings.p.yearend": {"nl": "Eindejaarsuitkering", "en": "Year-end payment"},
    "settings.p.charges": {"nl": "Werkgeverslasten", "en": "Employer charges"},
    "settings.p.indexation": {"nl": "Indexatie zonder bekende cao", "en": "Indexation without a known cao"},
    "settings.p.targets_first": {
        "nl": "Doel eerste jaar (gesprekken / verhuizingen)",
        "en": "Target first year (conversations / moves)",
    },
    "settings.p.targets_later": {
        "nl": "Doel volgende jaren (gesprekken / verhuizingen)",
        "en": "Target following years (conversations / moves)",
    },
    "settings.p.label_target": {
        "nl": "Doel seniorenwoningen met voorranglabel",
        "en": "Target senior homes labelled for priority",
    },
    "settings.p.thresholds": {
        "nl": "Grens groen / oranje (van het doel)",
        "en": "Threshold green / amber (of target)",
    },
    "settings.p.deadline": {"nl": "Inleveren rapportage", "en": "Report due"},
    "settings.p.deadline_value": {
        "nl": "uiterlijk eind van maand {n} na het kwartaal",
        "en": "by the end of month {n} after the quarter",
    },
    "settings.p.valid_from": {"nl": "Deze versie geldt vanaf", "en": "This version applies from"},
    "settings.admin_only": {
        "nl": "Alleen de programmasecretaris (beheerder) kan deze afspraken, de salaristabel en de "
        "demogegevens wijzigen.",
        "en": "Only the programme secretary (administrator) can change these agreement figures, the "
        "salary table and the demo data.",
    },
    "settings.demo": {"nl": "Demogegevens", "en": "Demo data"},
    "settings.demo.present": {
        "nl": "De database bevat voorbeeldrapportages. Verwijder ze voordat de echte rapportages "
        "worden ingelezen; echte rapportages blijven staan.",
        "en": "The database holds sample reports. Remove them before real reports come in; real "
        "reports are kept.",
    },
    "settings.demo.absent": {
        "nl": "Er staan geen demogegevens in de database.",
        "en": "There is no demo data in the database.",
    },
    "settings.demo.confirm": {
        "nl": "Ik begrijp dat alle demorapportages worden verwijderd",
        "en": "I understand all demo reports will be removed",
    },
    "settings.demo.remove": {"nl": "Demogegevens verwijderen", "en": "Remove demo data"},
    "settings.demo.removed.one": {"nl": "1 demorapportage verwijderd.", "en": "1 demo report removed."},
    "settings.demo.removed.other": {
        "nl": "{n} demorapportages verwijderd.",
        "en": "{n} demo reports removed.",
    },
    "settings.demo.denied": {
        "nl": "Alleen een beheerder kan demogegevens verwijderen.",
        "en": "Only an administrator can remove demo data.",
    },
}
