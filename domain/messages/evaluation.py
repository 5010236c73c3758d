"""Messages about evaluations (art. 4), termination (art. 5a, 5c) and extension (art. 2b): the words
a page, a slide or a handout shows, the rules behind the proposed verdicts, and refusals."""

MESSAGES = {
    # --- words -------------------------------------------------------------------------------------
    "evaluation.verdict.positive": {"nl": "positief", "en": "positive"},
    "evaluation.verdict.neutral": {"nl": "neutraal", "en": "neutral"},
    "evaluation.verdict.negative": {"nl": "negatief", "en": "negative"},
    "evaluation.status.draft": {"nl": "concept", "en": "draft"},
    "evaluation.status.final": {"nl": "definitief", "en": "final"},
    "evaluation.status.superseded": {"nl": "vervangen", "en": "superseded"},
    "evaluation.kind.regular": {"nl": "Jaarevaluatie {year}", "en": "Annual evaluation {year}"},
    "evaluation.kind.closing": {"nl": "Slotevaluatie {year}", "en": "Closing evaluation {year}"},
    "evaluation.kind.extra": {"nl": "Extra evaluatie {due}", "en": "Extra evaluation {due}"},
    "evaluation.aspect.results": {
        "nl": "Behaalde resultaten tegen de beoogde resultaten",
        "en": "Results achieved against the intended results",
    },
    "evaluation.aspect.hours": {
        "nl": "Ureninzet van de verhuiscoaches",
        "en": "Hours worked by the moving coaches",
    },
    "evaluation.aspect.effort": {
        "nl": "Inzet van de partners tegen de afspraken",
        "en": "The partners' effort against the agreements",
    },
    "evaluation.aspect.cooperation": {
        "nl": "Onderlinge communicatie en samenwerking",
        "en": "Communication and cooperation between the partners",
    },
    "evaluation.quarter": {"nl": "K{q}", "en": "Q{q}"},
    "evaluation.measure.conversations": {
        "nl": "gesprekken {pct:.1f} %",
        "en": "conversations {pct:.1f} %",
    },
    "evaluation.measure.moves": {"nl": "verhuizingen {pct:.1f} %", "en": "moves {pct:.1f} %"},
    "evaluation.measure.label": {"nl": "voorranglabel {pct:.1f} %", "en": "priority label {pct:.1f} %"},
    "evaluation.measure.label_unknown": {"nl": "voorranglabel onbekend", "en": "priority label unknown"},
    "evaluation.measure.corporation": {"nl": "{name} {pct:.1f} %", "en": "{name} {pct:.1f} %"},
    "evaluation.measure.missing": {
        "nl": "ontbrekende kwartalen bij {names:list}",
        "en": "missing quarters at {names:list}",
    },
    # --- the rules, written out --------------------------------------------------------------------
    "evaluation.rule.results": {
        "nl": "Regel: negatief als de uitvoerige gesprekken of de verhuizingen onder {negative:n} % van "
        "hun pro-rata doel blijven; positief als beide ten minste {positive:n} % halen en ten minste "
        "{label:n} % van de seniorenwoningen een voorranglabel heeft (een onbekend aandeel telt niet als "
        "gehaald); anders neutraal. Pro-rata doel = "
        "jaardoel × kwartalen met rapportages / 4. De drempels {negative:n} % en {positive:n} % zijn een "
        "aanname (de overeenkomst noemt ze niet); ze staan in de afspraken.",
        "en": "Rule: negative when the extensive conversations or the moves stay below {negative:n} % of "
        "their pro-rata target; positive when both reach at least {positive:n} % and at least "
        "{label:n} % of the senior homes carry a priority label (an unknown share does not count as met); "
        "neutral otherwise. Pro-rata target = "
        "annual target × quarters with reports / 4. The thresholds {negative:n} % and {positive:n} % are "
        "an assumption (the agreement names none); they are part of the agreement parameters.",
    },
    "evaluation.rule.hours": {
        "nl": "Regel: per corporatie gerealiseerde uren tegen afgesproken uren (uren per week × 13 × "
        "ingediende kwartalen). Negatief als een corporatie onder {negative:n} % blijft; positief als "
        "elke corporatie ten minste {positive:n} % haalt en er geen kwartaal ontbreekt; anders "
        "neutraal. Een ontbrekend kwartaal telt niet als 0 uur en niet mee in het percentage. De "
        "drempels {negative:n} % en {positive:n} % zijn een aanname (de overeenkomst noemt ze niet).",
        "en": "Rule: per corporation realised hours against agreed hours (hours per week × 13 × quarters "
        "reported). Negative when a corporation stays below {negative:n} %; positive when every "
        "corporation reaches at least {positive:n} % and no quarter is missing; neutral otherwise. A "
        "missing quarter does not count as 0 hours and is left out of the percentage. The thresholds "
        "{negative:n} % and {positive:n} % are an assumption (the agreement names none).",
    },
    "evaluation.rule.effort": {
        "nl": "De app doet hier geen voorstel: de feiten hierboven helpen, het oordeel is aan u.",
        "en": "The app makes no proposal here: the facts above help, the verdict is yours.",
    },
    "evaluation.rule.cooperation": {
        "nl": "Dit aspect is uw oordeel en toelichting alleen; de monitor heeft er geen cijfers over.",
        "en": "This aspect is your verdict and note alone; the monitor has no figures on it.",
    },
    # --- the numbers behind a proposal ---------------------------------------------------------------
    "evaluation.fact.no_reports": {
        "nl": "Geen rapportages in dit jaar: de app doet geen voorstel.",
        "en": "No reports in this year: the app makes no proposal.",
    },
    "evaluation.fact.conversations": {
        "nl": "Uitvoerige gesprekken: {realised:n} tegen een pro-rata doel van {target:n} ({quarters} van "
        "4 kwartalen met rapportages; jaardoel {annual:n}) = {pct:.1f} %",
        "en": "Extensive conversations: {realised:n} against a pro-rata target of {target:n} ({quarters} "
        "of 4 quarters with reports; annual target {annual:n}) = {pct:.1f} %",
    },
    "evaluation.fact.moves": {
        "nl": "Verhuizingen: {realised:n} tegen een pro-rata doel van {target:n} ({quarters} van 4 "
        "kwartalen met rapportages; jaardoel {annual:n}) = {pct:.1f} %",
        "en": "Moves: {realised:n} against a pro-rata target of {target:n} ({quarters} of 4 quarters "
        "with reports; annual target {annual:n}) = {pct:.1f} %",
    },
    "evaluation.fact.label": {
        "nl": "Seniorenwoningen met voorranglabel: {pct:.1f} % (streven: ten minste {target:n} %)",
        "en": "Senior homes with a priority label: {pct:.1f} % (aim: at least {target:n} %)",
    },
    "evaluation.fact.label_unknown": {
        "nl": "Seniorenwoningen met voorranglabel: niet bekend (streven: ten minste {target:n} %)",
        "en": "Senior homes with a priority label: not known (aim: at least {target:n} %)",
    },
    "evaluation.fact.hours": {
        "nl": "{name}: {realised:.1f} van {agreed:n} afgesproken uren ({quarters} kwartalen ingediend) "
        "= {pct:.1f} %",
        "en": "{name}: {realised:.1f} of {agreed:n} agreed hours ({quarters} quarters reported) "
        "= {pct:.1f} %",
    },
    "evaluation.fact.hours_none": {
        "nl": "{name}: geen urenrapportage in dit jaar",
        "en": "{name}: no hours reported in this year",
    },
    "evaluation.fact.with_missing": {
        "nl": "{fact}; ontbreekt (telt niet als 0): {quarters:list}",
        "en": "{fact}; missing (not counted as 0): {quarters:list}",
    },
    "evaluation.fact.effort": {
        "nl": "{name}: rapportages op tijd {on_time}, te laat {late}, ontbreekt {missing}; gemiddeld "
        "{average:.1f} van de afgesproken {weekly:n} uur per week",
        "en": "{name}: reports on time {on_time}, late {late}, missing {missing}; on average "
        "{average:.1f} of the agreed {weekly:n} hours a week",
    },
    "evaluation.fact.effort_no_hours": {
        "nl": "{name}: rapportages op tijd {on_time}, te laat {late}, ontbreekt {missing}; geen uren "
        "gerapporteerd (afgesproken {weekly:n} uur per week)",
        "en": "{name}: reports on time {on_time}, late {late}, missing {missing}; no hours reported "
        "(agreed {weekly:n} hours a week)",
    },
    "evaluation.fact.municipalities": {
        "nl": "De gemeenten leveren geen kwartaalrapportage: hun inzet (voorrangsregeling, beleid, "
        "publiciteit, art. 1c) beoordeelt u zelf.",
        "en": "The municipalities do not send quarterly reports: judge their effort (priority scheme, "
        "policy, publicity, art. 1c) yourself.",
    },
    "evaluation.fact.payments_unknown": {
        "nl": "Of de kostenaandelen zijn betaald zoals afgesproken, houdt de monitor niet bij: noteer "
        "het in de toelichting.",
        "en": "Whether the cost shares were paid as agreed is not recorded in the monitor: note it in "
        "the explanation.",
    },
    "evaluation.because.below": {
        "nl": "onder {threshold:n} %: {items:list}",
        "en": "below {threshold:n} %: {items:list}",
    },
    "evaluation.because.short": {
        "nl": "niet alles gehaald: {items:list}",
        "en": "not everything met: {items:list}",
    },
    "evaluation.because.results_met": {
        "nl": "gesprekken, verhuizingen en voorranglabel gehaald",
        "en": "conversations, moves and priority label met",
    },
    "evaluation.because.hours_met": {
        "nl": "elke corporatie haalt haar uren en geen kwartaal ontbreekt",
        "en": "every corporation meets its hours and no quarter is missing",
    },
    # --- art. 5a, 5c and 2b ------------------------------------------------------------------------
    "evaluation.art5a.none": {
        "nl": "Er is nog geen definitieve evaluatie: artikel 5a (opzegging) en 2b (verlenging) zijn nog "
        "niet aan de orde.",
        "en": "There is no final evaluation yet: article 5a (termination) and 2b (extension) do not "
        "apply yet.",
    },
    "evaluation.art5a.count": {
        "nl": "{n} van de {total} definitieve evaluaties beoordelen twee of meer aspecten negatief.",
        "en": "{n} of the {total} final evaluations judge two or more aspects negative.",
    },
    "evaluation.art5a.not_met": {
        "nl": "Artikel 5a is niet vervuld: opzegging op die grond kan pas bij {needed} of meer zulke "
        "evaluaties.",
        "en": "Article 5a is not met: termination on that ground needs {needed} or more such evaluations.",
    },
    "evaluation.art5a.met": {
        "nl": "Artikel 5a is vervuld: de overeenkomst kan worden opgezegd.",
        "en": "Article 5a is met: the agreement may be terminated.",
    },
    "evaluation.art5c.notice": {
        "nl": "Opzegtermijn (art. 5c): minimaal {months} maanden. Bij opzegging vandaag ({today}) eindigt "
        "de overeenkomst op zijn vroegst op {end}. Aanname: de termijn loopt vanaf de dag van "
        "opzegging, zonder einde-maandregel.",
        "en": "Notice period (art. 5c): at least {months} months. With notice given today ({today}) the "
        "agreement ends on {end} at the earliest. Assumption: the period runs from the day notice is "
        "given, without an end-of-month rule.",
    },
    "evaluation.art5c.after_end": {
        "nl": "Die datum ligt op of na de einddatum van de overeenkomst ({end}): zij eindigt dan al.",
        "en": "That date is on or after the agreement's end date ({end}): it ends then anyway.",
    },
    "evaluation.art2b.extend": {
        "nl": "Alle {total} definitieve evaluaties zijn positief (elk aspect positief): de partners "
        "hebben de intentie de overeenkomst te verlengen (art. 2b).",
        "en": "All {total} final evaluations are positive (every aspect positive): the partners intend "
        "to extend the agreement (art. 2b).",
    },
    "evaluation.art2b.not_all": {
        "nl": "Niet alle definitieve evaluaties zijn positief (elk aspect positief): de intentie tot "
        "verlengen van art. 2b geldt nog niet.",
        "en": "Not all final evaluations are positive (every aspect positive): the intention to extend "
        "of art. 2b does not apply yet.",
    },
    # --- parameters ----------------------------------------------------------------------------------
    "evaluation.parameters.thresholds": {
        "nl": "De drempels van de evaluatievoorstellen moeten tussen 0 en de positieve drempel liggen "
        "(negatief ≤ positief).",
        "en": "The thresholds of the evaluation proposals must lie between 0 and the positive threshold "
        "(negative ≤ positive).",
    },
    "evaluation.parameters.months_after_year": {
        "nl": "De jaarevaluatie moet 1 tot 11 maanden na het einde van het jaar vallen.",
        "en": "The annual evaluation must fall 1 to 11 months after the end of the year.",
    },
    "evaluation.parameters.notice": {
        "nl": "De opzegtermijn is volgens artikel 5c minimaal {months} maanden.",
        "en": "Article 5c sets the notice period at {months} months at least.",
    },
    # --- refusals and problems -----------------------------------------------------------------------
    "evaluation.write_denied": {
        "nl": "Alleen de stuurgroep en de beheerder kunnen evaluaties vastleggen of wijzigen; u kunt ze "
        "wel bekijken.",
        "en": "Only the steering group and the administrator can record or change evaluations; you can "
        "view them.",
    },
    "evaluation.not_found": {
        "nl": "Deze evaluatie bestaat niet (meer). Vernieuw de pagina.",
        "en": "This evaluation does not exist (any more). Refresh the page.",
    },
    "evaluation.final_locked": {
        "nl": "{title} is definitief en kan niet meer worden gewijzigd. Vervang haar door een nieuwe "
        "evaluatie als het oordeel moet veranderen.",
        "en": "{title} is final and can no longer be changed. Supersede it with a new evaluation if the "
        "verdict must change.",
    },
    "evaluation.changed_meanwhile": {
        "nl": "{title} is intussen door {who} gewijzigd. Uw wijzigingen zijn niet opgeslagen; vernieuw "
        "de pagina en voer ze opnieuw in.",
        "en": "{title} was changed by {who} in the meantime. Your changes were not saved; refresh the "
        "page and enter them again.",
    },
    "evaluation.exists": {
        "nl": "Voor {title} bestaat al een evaluatie ({status}). Open die om verder te werken, of "
        "vervang haar als zij definitief is.",
        "en": "{title} already has an evaluation ({status}). Open it to continue, or supersede it if it "
        "is final.",
    },
    "evaluation.not_final": {
        "nl": "Alleen een definitieve evaluatie kan worden vervangen; {title} is nog een concept.",
        "en": "Only a final evaluation can be superseded; {title} is still a draft.",
    },
    "evaluation.already_superseded": {
        "nl": "{title} is al vervangen (of er is al een vervangend concept). Open de nieuwste versie.",
        "en": "{title} has already been superseded (or a replacing draft exists). Open the newest version.",
    },
    "evaluation.reason_missing": {
        "nl": "Geef de aanleiding voor deze extra evaluatie (art. 4b).",
        "en": "Give the reason for this extra evaluation (art. 4b).",
    },
    "evaluation.supersede_reason_missing": {
        "nl": "Geef aan waarom de definitieve evaluatie wordt vervangen.",
        "en": "Say why the final evaluation is being superseded.",
    },
    "evaluation.reason_too_long": {
        "nl": "De aanleiding mag hoogstens {limit} tekens hebben.",
        "en": "The reason may have at most {limit} characters.",
    },
    "evaluation.date_missing": {
        "nl": "Kies de datum van de extra evaluatie.",
        "en": "Choose the date of the extra evaluation.",
    },
    "evaluation.date_outside": {
        "nl": "Een extra evaluatie valt binnen de looptijd van de overeenkomst ({start} tot en met {end}).",
        "en": "An extra evaluation falls within the agreement's term ({start} to {end}).",
    },
    "evaluation.year_missing": {
        "nl": "Kies het jaar van de evaluatie.",
        "en": "Choose the evaluation's year.",
    },
    "evaluation.year_not_in_calendar": {
        "nl": "Een jaarevaluatie is er voor de jaren {first} tot en met {last}; {year} valt daarbuiten "
        "(het laatste jaar heeft de slotevaluatie).",
        "en": "Annual evaluations cover {first} to {last}; {year} is not one of them (the last year "
        "has the closing evaluation).",
    },
    "evaluation.year_outside": {
        "nl": "{year} valt buiten de looptijd van de overeenkomst.",
        "en": "{year} is outside the agreement's term.",
    },
    "evaluation.year_in_future": {
        "nl": "{year} is nog niet begonnen: een evaluatie van dat jaar kan nog niet worden aangemaakt.",
        "en": "{year} has not started yet: an evaluation of that year cannot be created yet.",
    },
    "evaluation.verdict_missing": {
        "nl": "Kies een oordeel bij '{aspect}'.",
        "en": "Choose a verdict for '{aspect}'.",
    },
    "evaluation.note_missing": {
        "nl": "Schrijf een toelichting bij '{aspect}'.",
        "en": "Write a note for '{aspect}'.",
    },
    "evaluation.not_finalised": {
        "nl": "De evaluatie is niet definitief gemaakt:",
        "en": "The evaluation was not made final:",
    },
    "evaluation.note_too_long": {
        "nl": "De toelichting bij '{aspect}' mag hoogstens {limit} tekens hebben.",
        "en": "The note for '{aspect}' may have at most {limit} characters.",
    },
    "evaluation.aspect_twice": {
        "nl": "Het aspect '{aspect}' staat er twee keer in.",
        "en": "The aspect '{aspect}' appears twice.",
    },
    "evaluation.aspect_title_missing": {
        "nl": "Geef het toegevoegde aspect een naam.",
        "en": "Give the added aspect a name.",
    },
    "evaluation.aspect_title_too_long": {
        "nl": "De naam van een aspect mag hoogstens {limit} tekens hebben.",
        "en": "An aspect's name may have at most {limit} characters.",
    },
    "evaluation.aspects_missing": {
        "nl": "Een evaluatie gaat in ieder geval in op de aspecten van art. 4c; deze ontbreken: "
        "{aspects:list}.",
        "en": "An evaluation covers at least the aspects of art. 4c; these are missing: {aspects:list}.",
    },
    "evaluation.too_many_aspects": {
        "nl": "Een evaluatie kan hoogstens {limit} aspecten hebben.",
        "en": "An evaluation can have at most {limit} aspects.",
    },
}
