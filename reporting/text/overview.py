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
    "overview.detail.hours_lowest": {
        "nl": "{name}: {pct} van de afgesproken uren (verst eronder)",
        "en": "{name}: {pct} of the agreed hours (furthest below)",
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
        "nl": "Een rapportage is op tijd als ze uiterlijk op de uiterste datum binnen is (standaard de "
        "laatste dag van de maand na het kwartaal). Bij te laat en ontbrekend staat het aantal dagen "
        "na die datum; een ontbrekende rapportage telt tot vandaag.",
        "en": "A report is on time when it arrives by the deadline (by default the last day of the "
        "month after the quarter). Late and missing reports show the days past it; a missing report "
        "counts up to today.",
    },
    "overview.status.deadline_row": {"nl": "Uiterste datum", "en": "Deadline"},
    "overview.days.one": {"nl": "{n} dag", "en": "{n} day"},
    "overview.days.many": {"nl": "{n} dagen", "en": "{n} days"},
    "overview.cell.late": {"nl": "Te laat: {days}", "en": "Late: {days}"},
    "overview.cell.missing": {"nl": "Ontbreekt: {days}", "en": "Missing: {days}"},
    "overview.overdue.late": {
        "nl": "{name} {quarter} kwam {days} te laat binnen ({received}; uiterste datum {deadline})",
        "en": "{name} {quarter} came in {days} late ({received}; deadline {deadline})",
    },
    "overview.overdue.missing": {
        "nl": "{name} {quarter} ontbreekt: {days} na de uiterste datum ({deadline})",
        "en": "{name} {quarter} is missing: {days} past the deadline ({deadline})",
    },
    "overview.overdue.some": {
        "nl": "Te laat of ontbrekend in {year}: {items}.",
        "en": "Late or missing in {year}: {items}.",
    },
    "overview.overdue.none": {
        "nl": "Geen te late of ontbrekende rapportages in {year}.",
        "en": "No late or missing reports in {year}.",
    },
    "overview.overdue.current_some": {
        "nl": "Lopend jaar {year}, te laat of ontbrekend: {items}.",
        "en": "Current year {year}, late or missing: {items}.",
    },
    "overview.overdue.current_none": {
        "nl": "Lopend jaar {year}: geen te late of ontbrekende rapportages.",
        "en": "Current year {year}: no late or missing reports.",
    },
    "overview.overdue.still_missing": {
        "nl": "Nog steeds niet binnen uit een eerder jaar: {items}.",
        "en": "Still not in from an earlier year: {items}.",
    },
    "overview.status.empty": {
        "nl": "Voor dit jaar worden nog geen rapportages verwacht.",
        "en": "No reports are expected for this year yet.",
    },
}
