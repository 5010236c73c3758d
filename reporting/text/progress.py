TEXTS = {
    "nav.progress": {"nl": "Voortgang", "en": "Progress"},
    "progress.title": {"nl": "Voortgang {year}", "en": "Progress {year}"},
    "progress.intro": {
        "nl": "Uitvoerige gesprekken en verhuizingen, opgeteld over de kwartalen, tegen het doel naar "
        "rato (jaardoel × kwartaal / 4).",
        "en": "Extensive conversations and moves, summed over the quarters, against the pro-rata "
        "target (annual target × quarter / 4).",
    },
    "progress.filtered": {
        "nl": "Selectie: {selection}. De doelen gelden voor de regio als geheel, dus bij deze selectie "
        "staat er geen doellijn en geen status.",
        "en": "Selection: {selection}. The targets apply to the region as a whole, so this selection "
        "shows no target line and no status.",
    },
    "progress.quarter": {"nl": "K{q}", "en": "Q{q}"},
    "progress.measure.conversations": {"nl": "Uitvoerige gesprekken", "en": "Extensive conversations"},
    "progress.measure.moves": {"nl": "Verhuizingen", "en": "Moves"},
    "progress.measure.pick": {"nl": "Toon", "en": "Show"},
    "progress.short.conversations": {"nl": "Gesprekken", "en": "Conversations"},
    "progress.short.moves": {"nl": "Verhuizingen", "en": "Moves"},
    "progress.metric": {"nl": "{measure} t/m {quarter}", "en": "{measure} up to {quarter}"},
    "progress.metric.none": {"nl": "{measure}", "en": "{measure}"},
    "progress.status_line": {
        "nl": "**{status}** · {pct} van het doel naar rato ({target})",
        "en": "**{status}** · {pct} of the pro-rata target ({target})",
    },
    "progress.no_reports_short": {
        "nl": "Nog geen rapportages voor deze selectie.",
        "en": "No reports for this selection yet.",
    },
    "progress.no_reports": {
        "nl": "Nog geen rapportages voor deze selectie in {year}.",
        "en": "No reports for this selection in {year} yet.",
    },
    # Region chart
    "progress.chart.region": {"nl": "{measure} tegen het doel", "en": "{measure} against target"},
    "progress.chart.region_filtered": {"nl": "{measure} per kwartaal", "en": "{measure} per quarter"},
    "progress.chart.region.sub": {
        "nl": "Staaf: opgeteld t/m het kwartaal\nStippellijn: doel naar rato",
        "en": "Bar: running total\nDashed line: pro-rata target",
    },
    "progress.chart.region.sub_filtered": {"nl": "Opgeteld t/m het kwartaal", "en": "Running total"},
    "progress.chart.cumulative": {"nl": "Opgeteld", "en": "Running total"},
    "progress.target_label": {"nl": "jaardoel {target}", "en": "annual target {target}"},
    "progress.partial_mark": {"nl": "(onvolledig)", "en": "(incomplete)"},
    "progress.state.missing": {"nl": "ontbreekt", "en": "missing"},
    "progress.state.due": {"nl": "verwacht", "en": "due"},
    "progress.state.not_due": {"nl": "loopt nog", "en": "not ended"},
    "progress.state.outside": {"nl": "–", "en": "–"},
    "progress.state.complete": {"nl": "Alle rapportages binnen", "en": "All reports in"},
    "progress.state.partial": {
        "nl": "Onvolledig: rapportage ontbreekt",
        "en": "Incomplete: a report is missing",
    },
    "progress.alt.region": {
        "nl": "Na {quarter}: {realised} {measure_lc}; doel naar rato {target} ({pct}), status: {status}.",
        "en": "After {quarter}: {realised} {measure_lc}; pro-rata target {target} ({pct}), status: {status}.",
    },
    "progress.alt.region_filtered": {
        "nl": "Na {quarter}: {realised} {measure_lc} in deze selectie.",
        "en": "After {quarter}: {realised} {measure_lc} in this selection.",
    },
    "progress.alt.absent": {
        "nl": " Niet meegeteld (geen rapportage): {items}.",
        "en": " Not counted (no report): {items}.",
    },
    "progress.projection": {
        "nl": "Prognose jaareinde: **{value}** (jaardoel {target})",
        "en": "Year-end projection: **{value}** (annual target {target})",
    },
    "progress.projection.filtered": {
        "nl": "Prognose jaareinde: **{value}**",
        "en": "Year-end projection: **{value}**",
    },
    "progress.projection.method": {
        "nl": "Prognose: gemiddelde per afgesloten kwartaal × 4 (gebaseerd op {quarters}).",
        "en": "Projection: average per ended quarter × 4 (based on {quarters}).",
    },
    "progress.quarters.one": {"nl": "1 kwartaal", "en": "1 quarter"},
    "progress.quarters.many": {"nl": "{n} kwartalen", "en": "{n} quarters"},
    "progress.projection.none": {
        "nl": "Nog geen afgesloten kwartaal met rapportages: geen prognose.",
        "en": "No ended quarter with reports yet: no projection.",
    },
    "progress.projection.closed": {
        "nl": "Jaar afgesloten: **{value}** (jaardoel {target})",
        "en": "Year closed: **{value}** (annual target {target})",
    },
    "progress.projection.closed_filtered": {
        "nl": "Jaar afgesloten: **{value}**",
        "en": "Year closed: **{value}**",
    },
    # Split per corporation / municipality
    "progress.split.title": {
        "nl": "Per corporatie en per gemeente",
        "en": "Per corporation and municipality",
    },
    "progress.split.tab.corporation": {"nl": "Per corporatie", "en": "Per corporation"},
    "progress.split.tab.municipality": {"nl": "Per gemeente", "en": "Per municipality"},
    "progress.chart.split.corporation": {"nl": "{measure} per corporatie", "en": "{measure} per corporation"},
    "progress.chart.split.municipality": {"nl": "{measure} per gemeente", "en": "{measure} per municipality"},
    "progress.chart.split.sub": {
        "nl": "Opgeteld t/m het kwartaal. Zonder rapportage geen staaf maar het woord 'ontbreekt' "
        "(telt niet als 0).",
        "en": "Running total. No report: no bar but the word 'missing' (not counted as 0).",
    },
    "progress.legend.quarter": {"nl": "Kwartaal", "en": "Quarter"},
    "progress.alt.split": {
        "nl": "Hoogste stand: {group} met {value}.",
        "en": "Highest: {group} with {value}.",
    },
    # Multi-year
    "progress.multi.title": {"nl": "Meerjarig beeld sinds {start}", "en": "Multi-year view since {start}"},
    "progress.chart.multi": {"nl": "{measure} per jaar", "en": "{measure} per year"},
    "progress.chart.multi_filtered": {"nl": "{measure} per jaar", "en": "{measure} per year"},
    "progress.chart.multi.sub": {
        "nl": "Zwarte streep: doel\nMet de pilot 2022–2023 (één coach)",
        "en": "Black tick: target\nWith the pilot 2022–2023 (one coach)",
    },
    "progress.chart.multi.sub_filtered": {
        "nl": "Doelen en pilot gelden voor de regio\nen staan hier daarom niet bij",
        "en": "Targets and pilot apply to the region\nso they are not shown here",
    },
    "progress.legend.no_target": {
        "nl": "Gerealiseerd (geen doel bij deze selectie)",
        "en": "Realised (no target for this selection)",
    },
    "progress.period.pilot": {"nl": "Pilot 2022–2023", "en": "Pilot 2022–2023"},
    "progress.period.running": {"nl": "{year} t/m {quarter}", "en": "{year} to {quarter}"},
    "progress.period.not_started": {"nl": "{year} (nog geen kwartaal)", "en": "{year} (no quarter yet)"},
    "progress.period.no_reports": {"nl": "geen rapportages", "en": "no reports"},
    "progress.kind.pilot": {"nl": "Pilot (referentie)", "en": "Pilot (reference)"},
    "progress.kind.year": {"nl": "Jaar afgesloten", "en": "Year closed"},
    "progress.kind.year_running": {"nl": "Jaar loopt nog", "en": "Year running"},
    "progress.target_tick": {"nl": "doel {target}", "en": "target {target}"},
    "progress.alt.multi": {
        "nl": "Pilot 2022–2023: {pilot}. Per jaar: {years}.",
        "en": "Pilot 2022–2023: {pilot}. Per year: {years}.",
    },
    "progress.alt.multi_filtered": {"nl": "Per jaar: {years}.", "en": "Per year: {years}."},
    # Funnel
    "progress.funnel.title": {"nl": "Van contact tot verhuizing", "en": "From contact to move"},
    "progress.chart.funnel": {"nl": "Van contact tot verhuizing {year}", "en": "From contact to move {year}"},
    "progress.stage.households_contacted": {"nl": "Huishoudens benaderd", "en": "Households contacted"},
    "progress.stage.conversations": {"nl": "Uitvoerige gesprekken", "en": "Extensive conversations"},
    "progress.stage.moves": {"nl": "Verhuizingen", "en": "Moves"},
    "progress.funnel.rate": {
        "nl": "{count} · {pct} van vorige stap",
        "en": "{count} · {pct} of previous step",
    },
    "progress.alt.funnel": {
        "nl": "{first} van de benaderde huishoudens had een uitvoerig gesprek; {second} van de "
        "gesprekken leidde tot een verhuizing.",
        "en": "{first} of the households contacted had an extensive conversation; {second} of the "
        "conversations led to a move.",
    },
    "progress.funnel.partial": {
        "nl": "Niet elke rapportage noemt het aantal benaderde huishoudens: het eerste percentage "
        "gebruikt alleen de {n} regels die het wel noemen.",
        "en": "Not every report states households contacted: the first rate uses only the {n} rows that do.",
    },
    "progress.count": {"nl": "Aantal", "en": "Count"},
    # Move rows
    "progress.moves.title": {"nl": "Over de verhuizingen", "en": "About the moves"},
    "progress.moves.none": {
        "nl": "Voor deze selectie zijn geen verhuisregels aangeleverd "
        "(het tabblad Verhuizingen is optioneel).",
        "en": "No move rows were supplied for this selection (the Verhuizingen sheet is optional).",
    },
    "progress.moves.family": {"nl": "Vrijgekomen eengezinswoningen", "en": "Family homes freed"},
    "progress.moves.family_caption": {
        "nl": "Uit {rows} verhuisregels (vertrokken uit een eengezinswoning); de rapportages noemen "
        "{moves} verhuizingen.",
        "en": "From {rows} move rows (left a family home); the reports state {moves} moves.",
    },
    "progress.freed_homes.title": {
        "nl": "Vrijgekomen woningen naar type en aantal slaapkamers (slpk.)",
        "en": "Homes freed by type and number of bedrooms",
    },
    "progress.freed_homes.type": {"nl": "Vrijgekomen woning", "en": "Home freed"},
    "progress.freed_homes.total": {"nl": "Totaal", "en": "Total"},
    "progress.freed_homes.sentence": {
        "nl": "Vrijgekomen woningen naar type: {parts}.",
        "en": "Homes freed by type: {parts}.",
    },
    "progress.home_type.eengezinswoning": {"nl": "Eengezinswoning", "en": "Family home"},
    "progress.home_type.meergezinswoning": {"nl": "Meergezinswoning", "en": "Flat (multi-family)"},
    "progress.home_type.overig": {"nl": "Overig", "en": "Other"},
    "progress.home_type.onbekend": {"nl": "Onbekend", "en": "Unknown"},
    # short column headers ("3 slpk.", as in housing adverts), so the table fits a narrow screen
    "progress.bedrooms": {"nl": "{n} slpk.", "en": "{n} bed"},
    "progress.bedrooms.unknown": {"nl": "Slpk. onbekend", "en": "Beds unknown"},
    "progress.chart.age": {"nl": "Leeftijd van wie verhuisde", "en": "Age of those who moved"},
    "progress.chart.freed": {"nl": "Vrijgekomen woning naar", "en": "Freed home went to"},
    "progress.alt.largest": {
        "nl": "Grootste groep: {category} ({count}, {pct}).",
        "en": "Largest group: {category} ({count}, {pct}).",
    },
    "progress.freed.gezin": {"nl": "Gezin", "en": "Family"},
    "progress.freed.starter": {"nl": "Starter", "en": "First-time renter"},
    "progress.freed.doorstromer": {"nl": "Doorstromer", "en": "Moving tenant"},
    "progress.freed.overig": {"nl": "Overig", "en": "Other"},
    "progress.freed.onbekend": {"nl": "Onbekend", "en": "Unknown"},
    "progress.age.label": {"nl": "{band} jaar", "en": "{band} years"},
    # Barriers
    "progress.barriers.title": {"nl": "Waarom mensen niet verhuisden", "en": "Why people did not move"},
    "progress.chart.barriers": {"nl": "Redenen om niet te verhuizen", "en": "Reasons for not moving"},
    "progress.barriers.none": {
        "nl": "Voor deze selectie zijn geen belemmeringen aangeleverd (het tabblad is optioneel).",
        "en": "No barriers were supplied for this selection (the sheet is optional).",
    },
    "progress.barriers.no_municipality": {
        "nl": "Belemmeringen worden per corporatie gerapporteerd, niet per gemeente: het gemeentefilter "
        "geldt hier niet.",
        "en": "Barriers are reported per corporation, not per municipality: the municipality filter "
        "does not apply here.",
    },
    "progress.count_pct": {"nl": "{count} ({pct})", "en": "{count} ({pct})"},
    # Download columns
    "progress.col.quarter": {"nl": "Kwartaal", "en": "Quarter"},
    "progress.col.state": {"nl": "Status rapportages", "en": "Reports"},
    "progress.col.absent": {"nl": "Ontbreekt van", "en": "Missing from"},
    "progress.col.realised": {"nl": "In het kwartaal", "en": "In the quarter"},
    "progress.col.cumulative": {"nl": "Opgeteld", "en": "Running total"},
    "progress.col.target": {"nl": "Doel naar rato", "en": "Pro-rata target"},
    "progress.col.counted_target": {
        "nl": "Doel over kwartalen met rapportage",
        "en": "Target over quarters with reports",
    },
    "progress.col.pct": {"nl": "% van doel", "en": "% of target"},
    "progress.col.status": {"nl": "Status", "en": "Status"},
    "progress.col.group": {"nl": "Groep", "en": "Group"},
    "progress.col.period": {"nl": "Periode", "en": "Period"},
    "progress.col.conversion": {"nl": "% van vorige stap", "en": "% of previous step"},
    "progress.col.stage": {"nl": "Stap", "en": "Step"},
    "progress.col.category": {"nl": "Categorie", "en": "Category"},
    "progress.col.share": {"nl": "Aandeel (%)", "en": "Share (%)"},
}
TEXTS.update(
    {
        "progress.reason.huurprijs_of_woonlasten": {
            "nl": "Huurprijs of woonlasten",
            "en": "Rent or housing costs",
        },
        "progress.reason.geen_passend_aanbod": {
            "nl": "Geen passend aanbod",
            "en": "No suitable home on offer",
        },
        "progress.reason.gehechtheid_aan_woning_of_buurt": {
            "nl": "Gehechtheid aan woning of buurt",
            "en": "Attached to home or neighbourhood",
        },
        "progress.reason.opzien_tegen_verhuizing": {
            "nl": "Opzien tegen verhuizing",
            "en": "Dreading the move",
        },
        "progress.reason.gezondheid": {"nl": "Gezondheid", "en": "Health"},
        "progress.reason.digitale_drempel": {"nl": "Digitale drempel", "en": "Digital barrier"},
        "progress.reason.wil_later": {"nl": "Wil later", "en": "Wants to move later"},
        "progress.reason.overig": {"nl": "Overig", "en": "Other"},
    }
)
