TEXTS = {
    "overview.title": {"nl": "Overzicht {year}", "en": "Overview {year}"},
    "overview.intro": {
        "nl": "Stand van de verhuiscoaches in Noord-Veluwe ten opzichte van de afspraken in de "
        "samenwerkingsovereenkomst.",
        "en": "Where the moving coaches in Noord-Veluwe stand against the agreement.",
    },
    "overview.kpi.conversations": {
        "nl": "Uitvoerige gesprekken (>1 uur)",
        "en": "Extensive conversations (>1 h)",
    },
    "overview.kpi.moves": {"nl": "Verhuizingen", "en": "Moves"},
    "overview.kpi.hours": {"nl": "Uren verhuiscoaches", "en": "Coach hours"},
    "overview.kpi.labelled": {
        "nl": "Seniorenwoningen met voorranglabel",
        "en": "Senior homes labelled for priority",
    },
    "overview.detail.flow": {
        "nl": "Jaardoel {annual} · doel na K{q}: {target} ({pct})",
        "en": "Annual target {annual} · target after Q{q}: {target} ({pct})",
    },
    "overview.detail.flow_none": {
        "nl": "Jaardoel {annual} · nog geen afgesloten kwartaal",
        "en": "Annual target {annual} · no completed quarter yet",
    },
    "overview.detail.hours": {
        "nl": "Afgesproken voor de ingediende kwartalen: {agreed} uur ({pct})",
        "en": "Agreed for the quarters reported: {agreed} hours ({pct})",
    },
    "overview.detail.labelled": {
        "nl": "Doel: minimaal {target}; laatst gerapporteerde voorraad per corporatie",
        "en": "Target: at least {target}; latest reported stock per corporation",
    },
    "overview.help.flow": {
        "nl": "Opgeteld over de ingediende kwartalen van dit jaar. Het doel na een kwartaal is "
        "het jaardoel × kwartaal / 4. Groen vanaf 100 %, oranje vanaf 80 %.",
        "en": "Summed over this year's reported quarters. The target after a quarter is the annual "
        "target × quarter / 4. Green from 100 %, amber from 80 %.",
    },
    "overview.status.title": {"nl": "Ingediende kwartaalrapportages", "en": "Quarterly reports received"},
    "overview.status.caption": {
        "nl": "Een rapportage is op tijd als ze binnen is vóór het einde van de maand na het kwartaal.",
        "en": "A report is on time when it arrives before the end of the month after the quarter.",
    },
    "overview.status.empty": {
        "nl": "Voor dit jaar worden nog geen rapportages verwacht.",
        "en": "No reports are expected for this year yet.",
    },
}
